/**
 * Everything one entry said across the library, for the speaker page:
 * quotes grouped by article in date order, their claims with the denials
 * that answered them, and the claims of others that they denied.
 */
import type { Article, NameSaid, QuoteAct, SpeakerKind } from '@/article';
import type { EntryArticle, PersonSummary } from './people';

/** The article a quote, claim or denial comes from. */
type ArticleRef = { id: string; title: string; published: string | null };

/** Who said a claim or denial: the entry when there is one. */
type Sayer = { entryId: string | null; name: string };

/** A quote as a profile shows it. */
export type ProfileQuote = NameSaid['quotes'][number];

/** A claim or denial as a profile shows it. */
type ProfileClaim = NameSaid['claims'][number];

/**
 * What a profile needs of one article: the whole article (a bundled one),
 * or what the entry's names said there, as the library keeps it per name
 * (`profileSource`), so a page never reads whole stored articles.
 */
export type ProfileSource = Pick<Article, 'id' | 'title' | 'published'> & NameSaid;

/** One article's quotes by the entry, in reading order. */
export type ProfileArticle = { article: ArticleRef; quotes: ProfileQuote[] };

/** A statement (claim or denial) with where it stands in the text. */
export type Statement = {
  article: ArticleRef;
  claim: ProfileClaim;
  sayer: Sayer;
  /** The quote that carries it, to link to; null when it has none. */
  quoteId: string | null;
};

/** A claim the entry made, with every denial that answered it. */
export type ClaimWithDenials = Statement & { denials: Statement[] };

/** A denial the entry made, with the claim it answered (null when the article names none). */
export type DenialOfOther = Statement & { answered: Statement | null };

export type PersonProfile = {
  entry: PersonSummary;
  /** The articles shown, oldest first, undated last; quotes of the act chosen. */
  articles: ProfileArticle[];
  claims: ClaimWithDenials[];
  denials: DenialOfOther[];
};

/** `q2` before `q10`: ids number quotes and claims in reading order. */
const byIdNumber = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, 'en', { numeric: true });

/** One article's source from what several of the entry's names said there (an article naming it two ways). */
export function profileSource(article: Pick<Article, 'id' | 'title' | 'published'>, parts: readonly NameSaid[]): ProfileSource {
  const unique = <T extends { id: string }>(items: T[]) => [...new Map(items.map((item) => [item.id, item])).values()];
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    quotes: unique(parts.flatMap((part) => part.quotes)).sort(byIdNumber),
    claims: unique(parts.flatMap((part) => part.claims)).sort(byIdNumber),
    speakers: unique(parts.flatMap((part) => part.speakers)),
  };
}

const articleRef = (article: ProfileSource): ArticleRef => ({
  id: article.id,
  title: article.title,
  published: article.published,
});

/** How many quotes a profile shows at first, and how many more each "more" adds. */
export const PROFILE_PAGE = 50;

/** The articles one view of a profile shows: whole articles, oldest first, until `limit` quotes of the act chosen. */
export function pageArticles(
  list: readonly EntryArticle[],
  act: QuoteAct | null,
  limit: number = PROFILE_PAGE,
): { shown: EntryArticle[]; shownQuotes: number; totalQuotes: number } {
  const count = (item: EntryArticle) =>
    act === 'speech' ? item.quotes : act === 'thought' ? item.thoughts : item.quotes + item.thoughts;
  const shown: EntryArticle[] = [];
  let shownQuotes = 0;
  let totalQuotes = 0;
  for (const item of list) {
    const n = count(item);
    if (n === 0) continue;
    totalQuotes += n;
    if (shownQuotes < limit) {
      shown.push(item);
      shownQuotes += n;
    }
  }
  return { shown, shownQuotes, totalQuotes };
}

/** How many quotes of `act` an entry has in all, from its names' sums (no record is read). */
export function entryQuoteTotal(entry: Pick<PersonSummary, 'quoteCount' | 'thoughtCount'>, act: QuoteAct | null): number {
  if (act === 'thought') return entry.thoughtCount;
  return act === 'speech' ? entry.quoteCount - entry.thoughtCount : entry.quoteCount;
}

/**
 * One view of an entry's page: the quotes of the articles shown (`shown`,
 * as `articles`: whole, or what the entry's names said in each), and the
 * claims and denials in them.
 */
export function personProfile(
  people: { entryOfName: (name: string, kind: SpeakerKind) => Pick<PersonSummary, 'id' | 'name'> | undefined },
  entry: PersonSummary,
  shown: readonly EntryArticle[],
  articles: readonly ProfileSource[],
  act: QuoteAct | null = null,
): PersonProfile {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const result: PersonProfile = { entry, articles: [], claims: [], denials: [] };
  for (const item of shown) {
    const article = byId.get(item.id);
    if (!article) continue;
    const ref = articleRef(article);
    const mine = new Set(item.speakerIds);
    const isMine = (speakerId: string | null) => speakerId !== null && mine.has(speakerId);
    const quotes = article.quotes.filter((quote) => isMine(quote.speakerId) && (act === null || quote.act === act));
    if (quotes.length > 0) result.articles.push({ article: ref, quotes });

    const statement = (claim: ProfileClaim): Statement => {
      const speaker = article.speakers.find((s) => s.id === claim.speakerId);
      const other = isMine(claim.speakerId) ? entry : speaker ? people.entryOfName(speaker.name, speaker.kind) : undefined;
      return {
        article: ref,
        claim,
        sayer: { entryId: other?.id ?? null, name: other?.name ?? speaker?.name ?? 'Unattributed' },
        quoteId: claim.quoteIds[0] ?? null,
      };
    };
    for (const claim of article.claims) {
      if (!isMine(claim.speakerId)) continue;
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
