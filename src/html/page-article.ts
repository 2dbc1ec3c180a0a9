/**
 * Plain text or an HTML page to one Article, the same way in the app's Web
 * Worker and on the command line, so a page gives the same Article JSON in both.
 */
import type { Article } from '@/article';
import { reducePage, type ReduceStage } from './reduce';
import { articleFromText, markedFromHints, type PageArticleOptions } from './text-article';

export { articleFromText, markedFromHints, type PageArticleOptions };

/** An HTML page to an Article; throws PageError for a page it won't read, ArticleInputError as the parser does. */
export function articleFromPage(
  html: string,
  options: PageArticleOptions,
  onStage?: (stage: ReduceStage | 'finding quotes') => void,
): Article {
  const page = reducePage(html, onStage);
  onStage?.('finding quotes');
  return articleFromText(page.text, { ...options, published: options.published ?? page.published }, page.marked);
}
