/**
 * The `whosaid` package: the parser as a library.
 *
 * ```ts
 * import { parseArticle } from 'whosaid';
 * const article = parseArticle(text, { id: 'spicer-briefing', published: '2017-01-24' });
 * for (const quote of article.quotes) console.log(quote.speakerId, quote.text);
 * ```
 *
 * The Article schema and its types are in `whosaid/article`.
 */
import type { Article as ArticleType } from '@/article';
import {
  ArticleInputError as ParserArticleInputError,
  parseArticle as parse,
  type ParseOptions as ParserOptions,
} from '@/parser';

/** What {@link parseArticle} needs besides the text. */
export type ParseOptions = ParserOptions;

/**
 * Thrown by {@link parseArticle} for text that cannot become an article: empty
 * text, or no headline. Its `message` is one line naming the problem. Nothing
 * else is thrown for any input.
 */
export const ArticleInputError = ParserArticleInputError;
/** An {@link ArticleInputError} instance. */
export type ArticleInputError = ParserArticleInputError;

/**
 * Reads the plain text of one English news article (headline on the first
 * line, then an optional date and byline line, then paragraphs separated by
 * blank lines) and returns who said what: blocks, speakers, quotes, claims and
 * dated events, checked against the Article schema.
 *
 * Pure and synchronous; it runs in Node 20 or later and in browsers, and takes
 * time linear in the text (about 4 ms for a 5 KB article on one core).
 *
 * @param text - The article's text. Line ends and a leading BOM are normalised.
 * @param options - `id` becomes `Article.id`; `published` (ISO 8601) resolves
 *   "on Monday" and the like when the text prints no date, and overrides it when given.
 * @returns The Article, valid by `ArticleSchema` from `whosaid/article`.
 * @throws {@link ArticleInputError} when the text has no article in it.
 */
export function parseArticle(text: string, options: ParseOptions): Article {
  return parse(text, options);
}

/**
 * One article: who said what (blocks, speakers, quotes, claims, events), as
 * {@link parseArticle} returns it. The schema and the types of its parts are
 * in `whosaid/article`.
 */
export type Article = ArticleType;
