/**
 * Everything one entry said across the library, for the speaker page:
 * quotes grouped by article in date order, their claims with the denials
 * that answered them, and the claims of others that they denied.
 */
import type { Article, Claim, Quote } from '@/article';
import { publishedDay, type PeopleIndex, type PersonEntry } from './group';

/** The article a quote, claim or denial comes from. */
type ArticleRef = { id: string; title: string; published: string | null };

/** Who said a claim or denial: the entry when there is one. */
type Sayer = { entryId: string | null; name: string };

/** One article's quotes by the entry, in reading order. */
export type ProfileArticle = { article: ArticleRef; quotes: Quote[] };

/** A statement (claim or denial) with where it stands in the text. */
export type Statement = {
  article: ArticleRef;
  claim: Claim;
  sayer: Sayer;
  /** The quote that carries it, to link to; null when it has none. */
  quoteId: string | null;
};

/** A claim the entry made, with every denial that answered it. */
export type ClaimWithDenials = Statement & { denials: Statement[] };

/** A denial the entry made, with the claim it answered (null when the article names none). */
export type DenialOfOther = Statement & { answered: Statement | null };

export type PersonProfile = {
  entry: PersonEntry;
  /** Oldest article first; undated articles last. */
  articles: ProfileArticle[];
  claims: ClaimWithDenials[];
  denials: DenialOfOther[];
};

/** Oldest first, undated last, then by title. */
export function byDate(a: ArticleRef, b: ArticleRef): number {
  const da = publishedDay(a.published);
  const db = publishedDay(b.published);
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return (a.published ?? '').localeCompare(b.published ?? '');
  }
  return a.title.localeCompare(b.title);
}

const articleRef = (article: Article): ArticleRef => ({
  id: article.id,
  title: article.title,
  published: article.published,
});

/** Builds the speaker page's data for one entry. */
export function personProfile(index: PeopleIndex, articles: readonly Article[], entry: PersonEntry): PersonProfile {
  const mine = new Set(entry.articleIds);
  const inLibrary = articles
    .filter((article) => mine.has(article.id))
    .sort((a, b) => byDate(articleRef(a), articleRef(b)));
  const isMine = (article: Article, speakerId: string | null) =>
    speakerId !== null && index.entryOf(article.id, speakerId)?.id === entry.id;

  const result: PersonProfile = { entry, articles: [], claims: [], denials: [] };
  for (const article of inLibrary) {
    const ref = articleRef(article);
    const quotes = article.quotes.filter((quote) => isMine(article, quote.speakerId));
    if (quotes.length > 0) result.articles.push({ article: ref, quotes });

    const statement = (claim: Claim): Statement => {
      const other = claim.speakerId ? index.entryOf(article.id, claim.speakerId) : undefined;
      const speaker = article.speakers.find((s) => s.id === claim.speakerId);
      return {
        article: ref,
        claim,
        sayer: { entryId: other?.id ?? null, name: other?.name ?? speaker?.name ?? 'Unattributed' },
        quoteId: claim.quoteIds[0] ?? null,
      };
    };
    for (const claim of article.claims) {
      if (!isMine(article, claim.speakerId)) continue;
      if (claim.stance === 'claim') {
        const denials = article.claims.filter((c) => c.stance === 'denial' && c.respondsTo === claim.id);
        result.claims.push({ ...statement(claim), denials: denials.map(statement) });
      } else {
        const answered = article.claims.find((c) => c.stance === 'claim' && c.id === claim.respondsTo);
        result.denials.push({ ...statement(claim), answered: answered ? statement(answered) : null });
      }
    }
  }
  return result;
}
