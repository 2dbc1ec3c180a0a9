/**
 * What the pages that look across the library (speakers, a profile's
 * grouping, search) need of one article: no blocks, spans or events. The
 * library keeps one per stored article, written when the article is saved,
 * so those pages never read or validate whole articles.
 */
import type { Article, Quote, Speaker } from './schema';

export type ArticleDigest = {
  id: string;
  title: string;
  published: string | null;
  speakers: Speaker[];
  quotes: Pick<Quote, 'id' | 'speakerId' | 'kind' | 'act' | 'text'>[];
};

export function digestArticle(article: Article): ArticleDigest {
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    speakers: article.speakers,
    quotes: article.quotes.map(({ id, speakerId, kind, act, text }) => ({ id, speakerId, kind, act, text })),
  };
}
