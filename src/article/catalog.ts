/** The index of bundled articles that the build writes next to them (`/articles/index.json`). */
import { z } from 'zod/mini';
import { IsoDateTimeSchema, type Article } from './schema';

export const ArticleSummarySchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  published: z.nullable(IsoDateTimeSchema),
  /** Every quote, thoughts included. */
  quoteCount: z.int().check(z.nonnegative()),
  /** Of those, the thoughts (absent in cards and catalogs written before it was counted). */
  thoughtCount: z.optional(z.int().check(z.nonnegative())),
  speakerCount: z.int().check(z.nonnegative()),
});

export const ArticleCatalogSchema = z.object({
  articles: z.array(ArticleSummarySchema),
});

export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export type ArticleCatalog = z.infer<typeof ArticleCatalogSchema>;

export function summarize(article: Article): ArticleSummary {
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    quoteCount: article.quotes.length,
    thoughtCount: article.quotes.filter((quote) => quote.act === 'thought').length,
    speakerCount: article.speakers.length,
  };
}
