/**
 * The sums the people index keeps per speaker name (types in
 * `src/article/speaker-names.ts`): what one article adds to each of its
 * names, and how sums are added and taken away, so that saving or deleting
 * an article changes only its own names' records.
 */
import type {
  Article,
  ArticleDigest,
  NameArticleRef,
  NameContribution,
  NameSaid,
  SpeakerKind,
  SpeakerNameSummary,
} from '@/article';

/** The key a name is kept under: kind and name as written. */
export const speakerNameKey = (name: string, kind: SpeakerKind) => `${kind}\u0000${name}`;

/** The calendar date of a published date-time. */
const day = (published: string | null) => (published ? published.slice(0, 10) : null);

const bump = (counts: Record<string, number>, key: string, by: number) => {
  counts[key] = (counts[key] ?? 0) + by;
};

/** The counts left above zero. */
const positive = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

/** What each name of an article adds to the index (one contribution per distinct name). */
export function nameContributions(digest: ArticleDigest): NameContribution[] {
  const byName = new Map<string, NameContribution>();
  const speakerName = new Map<string, string>();
  for (const speaker of digest.speakers) {
    const key = speakerNameKey(speaker.name, speaker.kind);
    speakerName.set(speaker.id, key);
    let item = byName.get(key);
    if (!item) {
      const d = day(digest.published);
      item = {
        ref: {
          name: speaker.name,
          kind: speaker.kind,
          articleId: digest.id,
          title: digest.title,
          published: digest.published,
          speakerIds: [],
          quotes: 0,
          thoughts: 0,
        },
        summary: {
          name: speaker.name,
          kind: speaker.kind,
          refs: 0,
          articles: 1,
          quotes: 0,
          thoughts: 0,
          first: d,
          last: d,
          roles: {},
          aliases: {},
        },
      };
      byName.set(key, item);
    }
    item.ref.speakerIds.push(speaker.id);
    item.summary.refs += 1;
    if (speaker.role !== null) bump(item.summary.roles, speaker.role, 1);
    for (const alias of speaker.aliases) bump(item.summary.aliases, alias, 1);
  }
  for (const quote of digest.quotes) {
    const item = quote.speakerId === null ? undefined : byName.get(speakerName.get(quote.speakerId) ?? '');
    if (!item) continue;
    if (quote.act === 'thought') {
      item.ref.thoughts += 1;
      item.summary.thoughts += 1;
    } else {
      item.ref.quotes += 1;
      item.summary.quotes += 1;
    }
  }
  return [...byName.values()];
}

/**
 * What the speakers `speakerIds` (one name's, in one article) said there, as
 * their profile shows it: their quotes; their claims and denials; the
 * denials that answered their claims and the claims their denials answered;
 * and the speakers of those.
 */
export function nameSaid(article: Pick<Article, 'quotes' | 'claims' | 'speakers'>, speakerIds: readonly string[]): NameSaid {
  const mine = new Set(speakerIds);
  const isMine = (id: string | null) => id !== null && mine.has(id);
  const own = article.claims.filter((claim) => isMine(claim.speakerId));
  const ownIds = new Set(own.map((claim) => claim.id));
  const answered = new Set(own.flatMap((claim) => (claim.stance === 'denial' && claim.respondsTo ? [claim.respondsTo] : [])));
  const claims = article.claims
    .filter(
      (claim) =>
        isMine(claim.speakerId) ||
        (claim.stance === 'denial' && claim.respondsTo !== null && ownIds.has(claim.respondsTo)) ||
        (claim.stance === 'claim' && answered.has(claim.id)),
    )
    .map(({ id, speakerId, stance, respondsTo, text, quoteIds }) => ({ id, speakerId, stance, respondsTo, text, quoteIds }));
  const sayers = new Set(claims.map((claim) => claim.speakerId));
  return {
    quotes: article.quotes
      .filter((quote) => isMine(quote.speakerId))
      .map(({ id, speakerId, kind, act, text, cue }) => ({ id, speakerId, kind, act, text, cue })),
    claims,
    speakers: article.speakers.filter((s) => sayers.has(s.id)).map(({ id, name, kind }) => ({ id, name, kind })),
  };
}

const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/** A name's summary with one article's contribution added (`base` is not changed). */
export function addSummary(base: SpeakerNameSummary | undefined, part: SpeakerNameSummary): SpeakerNameSummary {
  if (!base) return { ...part, roles: { ...part.roles }, aliases: { ...part.aliases } };
  const next: SpeakerNameSummary = {
    ...base,
    refs: base.refs + part.refs,
    articles: base.articles + part.articles,
    quotes: base.quotes + part.quotes,
    thoughts: base.thoughts + part.thoughts,
    first: earlier(base.first, part.first),
    last: later(base.last, part.last),
    roles: { ...base.roles },
    aliases: { ...base.aliases },
  };
  for (const [role, n] of Object.entries(part.roles)) bump(next.roles, role, n);
  for (const [alias, n] of Object.entries(part.aliases)) bump(next.aliases, alias, n);
  return next;
}

/**
 * A name's summary with one article's contribution taken away; null when no
 * article is left. `stale` is true when the removed article held the first
 * or last date, which then has to be found again from the name's records.
 */
export function subtractSummary(
  base: SpeakerNameSummary,
  part: SpeakerNameSummary,
): { summary: SpeakerNameSummary | null; stale: boolean } {
  const articles = base.articles - part.articles;
  if (articles <= 0) return { summary: null, stale: false };
  const next: SpeakerNameSummary = {
    ...base,
    refs: base.refs - part.refs,
    articles,
    quotes: base.quotes - part.quotes,
    thoughts: base.thoughts - part.thoughts,
    roles: { ...base.roles },
    aliases: { ...base.aliases },
  };
  for (const [role, n] of Object.entries(part.roles)) bump(next.roles, role, -n);
  for (const [alias, n] of Object.entries(part.aliases)) bump(next.aliases, alias, -n);
  next.roles = positive(next.roles);
  next.aliases = positive(next.aliases);
  const stale = part.first !== null && (part.first === base.first || part.last === base.last);
  return { summary: next, stale };
}

/** The first and last day over a name's article records. */
export function dateSpan(refs: readonly Pick<NameArticleRef, 'published'>[]): {
  first: string | null;
  last: string | null;
} {
  let first: string | null = null;
  let last: string | null = null;
  for (const ref of refs) {
    const d = day(ref.published);
    first = earlier(first, d);
    last = later(last, d);
  }
  return { first, last };
}

/** Summaries of names over whole articles, in memory (the bundled articles, tests). */
export function summarizeNames(digests: readonly ArticleDigest[]): {
  names: SpeakerNameSummary[];
  refs: NameArticleRef[];
} {
  const names = new Map<string, SpeakerNameSummary>();
  const refs: NameArticleRef[] = [];
  for (const digest of digests) {
    for (const { ref, summary } of nameContributions(digest)) {
      const key = speakerNameKey(ref.name, ref.kind);
      names.set(key, addSummary(names.get(key), summary));
      refs.push(ref);
    }
  }
  return { names: [...names.values()], refs };
}

/** Summaries from several sources (the bundled articles, the stored ones) as one per name. */
export function mergeNameSummaries(...lists: readonly (readonly SpeakerNameSummary[])[]): SpeakerNameSummary[] {
  const names = new Map<string, SpeakerNameSummary>();
  for (const list of lists) {
    for (const summary of list) {
      const key = speakerNameKey(summary.name, summary.kind);
      names.set(key, addSummary(names.get(key), summary));
    }
  }
  return [...names.values()];
}
