/**
 * Plain text to one Article, the same way in the app's Web Worker and on the
 * command line. Apart from `page-article.ts` so that reading plain text loads
 * the parser only, not the page reader (linkedom and Readability): the
 * command's child processes start that much sooner on a folder of `.txt` files.
 */
import type { Article } from '@/article';
import { parseArticle, type MarkedBlock } from '@/parser';
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

/** A saved request's hints as the parser takes them (a credit wins over a caption, a caption over a heading). */
export function markedFromHints(hints: BlockHints): MarkedBlock[] {
  return [
    ...(hints.credits ?? []).map((text) => ({ text, kind: 'credit' as const })),
    ...hints.captions.map((text) => ({ text, kind: 'caption' as const })),
    ...hints.headings.map((text) => ({ text, kind: 'heading' as const })),
  ];
}

/**
 * whosaid plain text to an Article, in one parse, the blocks `marked` names
 * read with the kind the page's markup gave them; throws ArticleInputError as
 * `parseArticle` does.
 */
export function articleFromText(
  text: string,
  options: PageArticleOptions,
  marked: readonly MarkedBlock[] = [],
): Article {
  const { id, published, relativeTo } = options;
  return parseArticle(text, {
    id,
    ...(published ? { published } : {}),
    ...(relativeTo ? { relativeTo } : {}),
    marked,
  });
}
