/**
 * How much one article may hold for the reading app to stay smooth: every
 * quote is a mark in the text with its own button, so an article with tens
 * of thousands of them (a valid but hostile or broken document) would freeze
 * the page. News copy has tens of quotes; a long transcript a few hundred.
 * The JSON boundary (validateArticle) and the browser's parse job refuse
 * anything over a limit with a message naming it. The parser itself has no
 * limit: the command line can read anything.
 */
import type { Article } from './schema';
import type { ValidationFailure } from './validate';

/** Quotes in one article. */
export const MAX_QUOTES = 10_000;
/** Quotes with a span in one block (paragraph). */
export const MAX_QUOTES_PER_BLOCK = 500;

const n = (value: number) => value.toLocaleString('en');

/** The first limit the article goes over, as a failure naming the field and the limit; null when within them. */
export function checkLimits(article: Pick<Article, 'quotes'>): ValidationFailure | null {
  if (article.quotes.length > MAX_QUOTES)
    return {
      field: 'quotes',
      message: `${n(article.quotes.length)} quotes are more than one article may have (the limit is ${n(MAX_QUOTES)})`,
    };
  const perBlock = new Map<string, number>();
  for (const [q, quote] of article.quotes.entries()) {
    for (const [s, span] of quote.spans.entries()) {
      const count = (perBlock.get(span.blockId) ?? 0) + 1;
      perBlock.set(span.blockId, count);
      if (count > MAX_QUOTES_PER_BLOCK)
        return {
          field: `quotes.${q}.spans.${s}.blockId`,
          message: `block "${span.blockId}" has more quotes than one paragraph may have (the limit is ${n(MAX_QUOTES_PER_BLOCK)})`,
        };
    }
  }
  return null;
}
