/**
 * One parse, as the Web Worker runs it (and as tests run it without a
 * worker): an HTML page is reduced to its article and parsed by the same
 * `@/html` code the command line uses, so both give the same Article. Then
 * the article gets a fresh id from its title. When it gives no date, relative
 * dates resolve against the one the person gave, and the article says so
 * (`referenceDate`) while its publication date stays unknown.
 */
import type { Article } from '@/article';
import { articleFromPage, articleFromText, type BlockHints, type ReduceStage } from '@/html';
import { newArticleId } from './article-id';

export type ParseRequest = {
  /** whosaid plain text, or an HTML page when `format` is `html`. */
  text: string;
  /** Absent in requests saved before pages were read in the worker: plain text. */
  format?: 'text' | 'html';
  /** `YYYY-MM-DD` relative dates resolve against when the article gives no date. */
  fallbackDate: string;
  /** Requests saved before pages were read in the worker carry the page's date and block kinds. */
  published?: string | null;
  hints?: BlockHints;
};

/** What the worker is doing, for the progress line. */
export type ParseStage = ReduceStage | 'finding quotes';

export type ParseResponse = { ok: true; article: Article; dated: 'text' | 'fallback' } | { ok: false; message: string };

export function runParse(request: ParseRequest, onStage: (stage: ParseStage) => void = () => {}): ParseResponse {
  try {
    const options = { id: 'pending', published: request.published ?? null, relativeTo: request.fallbackDate };
    let article: Article;
    if (request.format === 'html') {
      article = articleFromPage(request.text, options, onStage);
    } else {
      onStage('finding quotes');
      article = articleFromText(request.text, options, request.hints);
    }
    const dated = article.referenceDate ? 'fallback' : 'text';
    return { ok: true, article: { ...article, id: newArticleId(article.title) }, dated };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
