/**
 * Plain text to one Article, the same way in the app's Web Worker and on the
 * command line. Apart from `page-article.ts` so that reading plain text loads
 * the parser only, not the page reader (linkedom and Readability): the
 * command's child processes start that much sooner on a folder of `.txt` files.
 */
import type { Article } from '@/article';
import { parseArticle } from '@/parser';
import type { BlockHints } from './reduce';

export type PageArticleOptions = {
  id: string;
  /** Overrides the date the article or page gives. */
  published?: string | null;
  /**
   * `YYYY-MM-DD` that relative expressions resolve against when the article
   * gives no date. The article's `published` stays null (the date is unknown,
   * never silently today) and `referenceDate` records this one.
   */
  relativeTo?: string | null;
};

/** Marks blocks as subheadings, captions or credits where the markup said so. */
function applyHints(article: Article, hints: BlockHints): Article {
  const headings = new Set(hints.headings);
  const captions = new Set(hints.captions);
  const credits = new Set(hints.credits ?? []);
  if (headings.size + captions.size + credits.size === 0) return article;
  const blocks = article.blocks.map((block) => {
    if (credits.has(block.text)) return { ...block, kind: 'credit' as const };
    if (captions.has(block.text)) return { ...block, kind: 'caption' as const };
    if (headings.has(block.text)) return { ...block, kind: 'heading' as const };
    return block;
  });
  return { ...article, blocks };
}

/** whosaid plain text to an Article; throws ArticleInputError as `parseArticle` does. */
export function articleFromText(
  text: string,
  options: PageArticleOptions,
  hints: BlockHints = { headings: [], captions: [] },
): Article {
  const { id, published, relativeTo } = options;
  let article = published ? parseArticle(text, { id, published }) : parseArticle(text, { id });
  if (article.published === null && relativeTo) {
    article = { ...parseArticle(text, { id, published: relativeTo }), published: null, referenceDate: relativeTo };
  }
  // parseArticle validated the article; moving its date and marking block kinds keep it valid.
  return applyHints(article, hints);
}
