/**
 * One parse, as the Web Worker runs it (and as tests run it without a
 * worker): the same `parseArticle` the command line uses, a fresh id from the
 * title, the fallback date when the article prints none, and the block kinds
 * the HTML markup showed.
 */
import { ArticleSchema, checkLimits, type Article } from '@/article';
import { parseArticle } from '@/parser';
import type { BlockHints } from './reduce-html';
import { newArticleId } from './article-id';

export type ParseRequest = {
  /** whosaid plain text. */
  text: string;
  /** The date from the page's metadata, which wins over the text's date line. */
  published: string | null;
  /** `YYYY-MM-DD` from the file's name (`…_2016-10-12_…`), used when neither the metadata nor the text gives a date. */
  fileDate?: string | null;
  /** `YYYY-MM-DD` given for the whole batch, used when nothing else gives a date. */
  fallbackDate: string;
  hints: BlockHints;
};

/** Where an article's date came from: its text or page metadata, its file name, or the date given for the batch. */
export type DateSource = 'text' | 'file-name' | 'fallback';

export type ParseResponse = { ok: true; article: Article; dated: DateSource } | { ok: false; message: string };

/** Marks blocks as subheadings or captions where the markup said so. */
function applyHints(article: Article, hints: BlockHints): Article {
  if (hints.headings.length === 0 && hints.captions.length === 0) return article;
  const headings = new Set(hints.headings);
  const captions = new Set(hints.captions);
  const blocks = article.blocks.map((block) => {
    if (captions.has(block.text)) return { ...block, kind: 'caption' as const };
    if (headings.has(block.text)) return { ...block, kind: 'heading' as const };
    return block;
  });
  return ArticleSchema.parse({ ...article, blocks });
}

export function runParse(request: ParseRequest): ParseResponse {
  try {
    const first = parseArticle(
      request.text,
      request.published ? { id: 'pending', published: request.published } : { id: 'pending' },
    );
    let article = first;
    let dated: DateSource = 'text';
    if (first.published === null) {
      // Relative dates ("on Monday") resolve against the file name's date, else the one the person gave.
      dated = request.fileDate ? 'file-name' : 'fallback';
      const published = request.fileDate ?? request.fallbackDate;
      article = parseArticle(request.text, { id: 'pending', published });
    }
    article = applyHints(article, request.hints);
    const over = checkLimits(article);
    if (over) return { ok: false, message: `${over.field}: ${over.message}` };
    return { ok: true, article: { ...article, id: newArticleId(article.title) }, dated };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
