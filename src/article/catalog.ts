/** The index of bundled articles that the build writes next to them (`/articles/index.json`). */
import { z } from 'zod';
import { IsoDateTimeSchema, type Article } from './schema';

export const ArticleSummarySchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  published: IsoDateTimeSchema.nullable(),
  quoteCount: z.number().int().nonnegative(),
  speakerCount: z.number().int().nonnegative(),
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
    speakerCount: article.speakers.length,
  };
}
