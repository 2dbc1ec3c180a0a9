/**
 * The people index as the library keeps it: one summary per speaker name
 * (name and kind, as the articles wrote it) with its counts, and one small
 * record per name and article. Both are sums over articles, so saving or
 * deleting one article changes only the records of the names it has: no
 * page ever needs every article to know who is quoted how often.
 *
 * The sums are kept by the library feature (`features/library/lib/name-sums.ts`,
 * `people-store.ts`). Grouping names into people (name forms, aliases, the reader's merge and
 * split choices) is the speakers feature's work, done on the summaries when
 * a page reads them: the summaries are few (one per distinct name), the
 * articles many.
 */
import type { Claim, Quote, Speaker, SpeakerKind } from './schema';

/** One name in one article: which speakers go by it there, and how much they said. */
export type NameArticleRef = {
  name: string;
  kind: SpeakerKind;
  articleId: string;
  title: string;
  published: string | null;
  /** The article's speakers with this name (usually one). */
  speakerIds: string[];
  /** Their quotes that are speech, and that are thoughts. */
  quotes: number;
  thoughts: number;
};

/** One name across the library: sums over every article it appears in. */
export type SpeakerNameSummary = {
  name: string;
  kind: SpeakerKind;
  /** Speakers with this name (one per article, usually). */
  refs: number;
  /** Articles with this name. */
  articles: number;
  /** Speech quotes, and thoughts, by those speakers. */
  quotes: number;
  thoughts: number;
  /** The earliest and latest published day (`YYYY-MM-DD`) of those articles; null when none is dated. */
  first: string | null;
  last: string | null;
  /** How many of those speakers carry each role (description). */
  roles: Record<string, number>;
  /** How many of those speakers carry each alias. */
  aliases: Record<string, number>;
};

/** One name's part in one article: its article record and what it adds to the name's summary. */
export type NameContribution = { ref: NameArticleRef; summary: SpeakerNameSummary };

/**
 * What one name said in one article, as a profile shows it: its quotes, and
 * the claims and denials that involve it. Kept beside the name's article
 * record, so a profile reads these instead of whole articles.
 */
export type NameSaid = {
  /** Its speakers' quotes, in reading order. */
  quotes: Pick<Quote, 'id' | 'speakerId' | 'kind' | 'act' | 'text' | 'cue'>[];
  /** Its claims and denials, the denials that answered its claims, and the claims its denials answered. */
  claims: Pick<Claim, 'id' | 'speakerId' | 'stance' | 'respondsTo' | 'text' | 'quoteIds'>[];
  /** The speakers of those claims, to name them and find their entries. */
  speakers: Pick<Speaker, 'id' | 'name' | 'kind'>[];
};

/**
 * Where an article stands in a speaker's profile, as a string that sorts
 * (by UTF-16 code units, as IndexedDB sorts keys) oldest day first, undated
 * last (`~` comes after every digit), then by title (lower-cased), then by
 * id: the profile's order, and what the library keys a name's records by
 * (`ndate:`), so it can read a profile's first articles without the rest.
 */
export const articleOrderKey = (ref: Pick<NameArticleRef, 'published' | 'title' | 'articleId'>): string =>
  `${ref.published ? ref.published.slice(0, 10) : '~'}\u0000${ref.title.toLowerCase()}\u0000${ref.articleId}`;
