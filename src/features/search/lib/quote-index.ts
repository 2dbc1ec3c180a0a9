/**
 * One shard of the quote index: full-text search over the quotes of up to a
 * few hundred articles with MiniSearch (words folded to lower case without
 * accents, the last word matched as a prefix so results come as one types,
 * longer words forgiving a typo, all words required), plus what a result
 * shows (title, date, speaker as the article names them). It lives in the
 * search worker, is kept up to date one article at a time (`put`, `remove`)
 * and saved and loaded on its own (`snapshot`, `fromSnapshot`);
 * `sharded-index.ts` puts the shards together, so no page reads every
 * article and no save or load handles the whole library at once.
 *
 * A query keeps only the best `limit` hits and counts the rest: a common
 * word ("the") matches most quotes, and building, sorting and highlighting
 * a result for each would cost more than the search itself.
 *
 * Filters by speaker, kind, act (speech or thought) and date range apply to
 * the hits; an empty query lists every quote the filters let through,
 * oldest article first.
 */
import MiniSearch from 'minisearch';
import type { ArticleDigest, QuoteAct, QuoteKind } from '@/article';
import { scanner, type Scanner } from './bm25-scan';
import { foldWord, stripMarks, type Segment } from './highlight';

/** One quote as the search shows it. */
export type QuoteDoc = {
  /** `<articleId>/<quoteId>`, unique in the library. */
  id: string;
  articleId: string;
  articleTitle: string;
  /** The article's published date-time, or null. */
  published: string | null;
  quoteId: string;
  /** The quoted words. */
  text: string;
  kind: QuoteKind;
  /** Speech, or a thought (the writer's account of what the speaker thinks or wants). */
  act: QuoteAct;
  /** The speaker's id within its article, or null when nobody is named. */
  speakerId: string | null;
  /** The speaker's name as the article gives it, or null. The page maps it to the person across the library. */
  speakerName: string | null;
};

/** What the person asked for: all of it lives in the URL. */
export type SearchFilters = {
  /** The words typed; may be empty. */
  q: string;
  /** Only quotes by this speaker entry (a person across the library). */
  speaker: string | null;
  /** Only quotes of this kind. */
  kind: QuoteKind | null;
  /** Only speech, or only thoughts. */
  act: QuoteAct | null;
  /** Only quotes from articles published on or after this day, `YYYY-MM-DD`. */
  from: string | null;
  /** Only quotes from articles published on or before this day, `YYYY-MM-DD`. */
  to: string | null;
};

/** A quote that matched, its text cut into plain and matching pieces (highlighted here, off the page's thread). */
export type QuoteHit = { doc: QuoteDoc; segments: Segment[] };

/** One speaker of one article. */
export type SpeakerRef = { articleId: string; speakerId: string };

const refKey = (articleId: string, speakerId: string) => `${articleId}\u0000${speakerId}`;

/** One question to the index. */
export type SearchQuery = {
  filters: SearchFilters;
  /**
   * With a speaker filter: the speakers of the entry (the page knows who is
   * who across the library; the index knows only each article's names).
   */
  speakerRefs: readonly SpeakerRef[] | null;
  /** How many hits to return, from the first. */
  limit: number;
};

/** An answer: how many quotes match, and the first `limit` of them. */
export type SearchPage = { total: number; hits: QuoteHit[] };


/** Where an article came from: the build's bundled articles, or the reader's own library. */
export type ArticleSource = 'bundled' | 'own';

/** One article as the index keeps it. */
export type IndexedArticle = {
  id: string;
  source: ArticleSource;
  title: string;
  published: string | null;
  quotes: Pick<QuoteDoc, 'quoteId' | 'text' | 'kind' | 'act' | 'speakerId' | 'speakerName'>[];
};

/** The shard as saved: MiniSearch's JSON and the articles it holds. */
export type IndexSnapshot = {
  /** Bumped when the saved shape or the word folding changes: an older snapshot is rebuilt. */
  version: number;
  /** `JSON.stringify` of the MiniSearch index. */
  index: string;
  articles: IndexedArticle[];
};

export const SNAPSHOT_VERSION = 2;

type Indexed = { id: string; text: string };

/** How MiniSearch cuts and folds the quotes (exported for the test that holds `bm25-scan.ts` to MiniSearch's query). */
export const INDEX_OPTIONS = {
  fields: ['text'],
  storeFields: [],
  processTerm: (term: string) => foldWord(term),
};

/** How a query matches: every typed word required, the last as a prefix, a longer one with a typo. */
export const QUERY_OPTIONS = {
  combineWith: 'AND',
  // A one-letter last word would expand to most of the vocabulary: it is matched whole until a second letter.
  prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length > 1,
  fuzzy: (term: string) => (term.length > 4 ? 0.2 : false),
} as const;

/** The index's record of one article, from its digest. */
export function indexedArticle(digest: ArticleDigest, source: ArticleSource): IndexedArticle {
  const names = new Map(digest.speakers.map((speaker) => [speaker.id, speaker.name]));
  return {
    id: digest.id,
    source,
    title: digest.title,
    published: digest.published,
    quotes: digest.quotes.map((quote) => ({
      quoteId: quote.id,
      text: quote.text,
      kind: quote.kind,
      act: quote.act,
      speakerId: quote.speakerId,
      speakerName: quote.speakerId ? (names.get(quote.speakerId) ?? null) : null,
    })),
  };
}

const day = (published: string | null) => (published ? published.slice(0, 10) : null);

/** Oldest article first, undated last, then reading order. */
export function byDate(a: QuoteDoc, b: QuoteDoc): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published.localeCompare(b.published);
  }
  if (a.articleId !== b.articleId) return a.articleId.localeCompare(b.articleId);
  return (
    Number(a.quoteId.replace(/\D/g, '')) - Number(b.quoteId.replace(/\D/g, '')) || a.quoteId.localeCompare(b.quoteId)
  );
}

/** The speaker refs as a set of keys, for `passes`. */
export const refKeys = (refs: readonly SpeakerRef[] | null) =>
  refs ? new Set(refs.map((ref) => refKey(ref.articleId, ref.speakerId))) : null;

function passes(doc: QuoteDoc, filters: SearchFilters, refs: ReadonlySet<string> | null): boolean {
  if (refs && !(doc.speakerId && refs.has(refKey(doc.articleId, doc.speakerId)))) return false;
  if (filters.kind && doc.kind !== filters.kind) return false;
  if (filters.act && doc.act !== filters.act) return false;
  if (filters.from || filters.to) {
    const d = day(doc.published);
    if (!d) return false;
    if (filters.from && d < filters.from) return false;
    if (filters.to && d > filters.to) return false;
  }
  return true;
}

/**
 * A hit before it is cut for highlighting: its score (higher is better) and
 * the words of the text it matched (looked up only for a hit that is shown).
 */
export type Scored = { doc: QuoteDoc; score: number; words: () => string[] };

/** How many hits matched, and the best `limit` of them in order. */
export type Candidates<T> = { total: number; top: T[] };

/**
 * Keeps the best `limit` items seen, in order (`before(a, b)`: a goes first),
 * an earlier one first among equals: as a stable sort of all of them would,
 * without keeping them all.
 */
export class TopK<T> {
  readonly items: T[] = [];
  constructor(
    private readonly limit: number,
    private readonly before: (a: T, b: T) => boolean,
  ) {}

  add(item: T): void {
    if (this.limit <= 0) return;
    const { items } = this;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.before(item, items[mid] as T)) hi = mid;
      else lo = mid + 1;
    }
    if (lo >= this.limit) return;
    items.splice(lo, 0, item);
    if (items.length > this.limit) items.pop();
  }
}

/** The quotes of a few hundred articles, searchable; changed one article at a time. */
export class QuoteIndex {
  private readonly search: MiniSearch<Indexed>;
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly docs = new Map<string, QuoteDoc>();
  /** Every doc in date order, built when an empty query first needs it after a change. */
  private ordered: QuoteDoc[] | null = null;
  /** Reads MiniSearch's index into flat arrays (`bm25-scan.ts`); null should MiniSearch's internals ever differ. */
  private readonly scanner: Scanner | null;
  /** The doc under each of MiniSearch's internal ids, built when a filtered query first needs it after a change. */
  private byShort: (QuoteDoc | undefined)[] | null = null;

  constructor(search?: MiniSearch<Indexed>) {
    this.search = search ?? new MiniSearch<Indexed>(INDEX_OPTIONS);
    this.scanner = scanner(this.search);
  }

  /** The shard saved by `snapshot`; throws when it can't be read (the caller rebuilds). */
  static fromSnapshot(snapshot: IndexSnapshot): QuoteIndex {
    if (snapshot.version !== SNAPSHOT_VERSION) throw new Error(`search index version ${snapshot.version}`);
    const index = new QuoteIndex(MiniSearch.loadJSON<Indexed>(snapshot.index, INDEX_OPTIONS));
    for (const article of snapshot.articles) index.remember(article);
    return index;
  }

  snapshot(): IndexSnapshot {
    return { version: SNAPSHOT_VERSION, index: JSON.stringify(this.search), articles: [...this.articles.values()] };
  }

  get articleCount(): number {
    return this.articles.size;
  }

  get quoteCount(): number {
    return this.docs.size;
  }

  /**
   * How many of its quotes hold this word (as indexed), counting any taken
   * out since the word was last searched (MiniSearch forgets them lazily).
   */
  docFrequency(term: string): number {
    const raw = this.search as unknown as { _index?: { get: (term: string) => Map<number, Map<number, number>> | undefined } };
    return raw._index?.get(term)?.get(0)?.size ?? 0;
  }

  /** How many quotes it indexes (BM25's document count). */
  get documentCount(): number {
    return this.search.documentCount;
  }

  /** The ids of the articles it holds. */
  articleIds(): IterableIterator<string> {
    return this.articles.keys();
  }

  /** The article under `id` as the index holds it. */
  article(id: string): IndexedArticle | undefined {
    return this.articles.get(id);
  }

  private remember(article: IndexedArticle): QuoteDoc[] {
    this.articles.set(article.id, article);
    const docs = article.quotes.map((quote) => ({
      id: `${article.id}/${quote.quoteId}`,
      articleId: article.id,
      articleTitle: article.title,
      published: article.published,
      ...quote,
    }));
    for (const doc of docs) this.docs.set(doc.id, doc);
    this.ordered = null;
    this.byShort = null;
    return docs;
  }

  /** Adds an article, or replaces the one with its id. */
  put(article: IndexedArticle): void {
    this.remove(article.id);
    const docs = this.remember(article);
    this.search.addAll(docs.map(({ id, text }) => ({ id, text })));
    this.scanner?.changed();
  }

  /** Takes an article out; a no-op when the index does not hold it. */
  remove(id: string): void {
    const article = this.articles.get(id);
    if (!article) return;
    for (const quote of article.quotes) {
      const docId = `${id}/${quote.quoteId}`;
      if (this.search.has(docId)) this.search.discard(docId);
      this.docs.delete(docId);
    }
    this.articles.delete(id);
    this.ordered = null;
    this.byShort = null;
    this.scanner?.changed();
  }

  /** The doc under MiniSearch's internal id. */
  private docAt(short: number, scan: Scanner): QuoteDoc | undefined {
    this.byShort ??= [];
    let doc = this.byShort[short];
    if (doc === undefined) {
      const id = scan.idOf(short);
      doc = id === undefined ? undefined : this.docs.get(id);
      this.byShort[short] = doc;
    }
    return doc;
  }

  /** For an empty query: the quotes the filters let through, oldest article first; the first `limit`. */
  listed(filters: SearchFilters, refs: ReadonlySet<string> | null, limit: number): Candidates<QuoteDoc> {
    this.ordered ??= [...this.docs.values()].sort(byDate);
    const filtered = Boolean(refs || filters.kind || filters.act || filters.from || filters.to);
    if (!filtered) return { total: this.ordered.length, top: this.ordered.slice(0, limit) };
    const top: QuoteDoc[] = [];
    let total = 0;
    for (const doc of this.ordered)
      if (passes(doc, filters, refs)) {
        total += 1;
        if (top.length < limit) top.push(doc);
      }
    return { total, top };
  }

  /** The quotes that match `query` and the filters: how many, and the best `limit`, best first. */
  matched(
    query: string,
    filters: SearchFilters,
    refs: ReadonlySet<string> | null,
    limit: number,
    /** A factor for each typed word's score (the sharded index's correction to the whole library's word counts). */
    boost: ((term: string) => number) | null = null,
  ): Candidates<Scored> {
    // "in quotation marks": the words must stand together, in that order.
    const quoted = /^["“”].*\S.*["“”]$/.exec(query) ? foldWord(stripMarks(query)).replace(/\s+/g, ' ') : null;
    const options = boost ? { ...QUERY_OPTIONS, boostTerm: (term: string) => boost(term) } : QUERY_OPTIONS;
    const filtered = Boolean(refs || filters.kind || filters.act || filters.from || filters.to);
    const best = new TopK<Scored>(limit, (a, b) => a.score > b.score);
    // The score a hit must beat to be kept once `limit` are kept (an earlier one stays first among equals).
    let floor = -Infinity;
    let total = 0;
    const passing = (doc: QuoteDoc | undefined): doc is QuoteDoc =>
      Boolean(doc) &&
      (!filtered || passes(doc as QuoteDoc, filters, refs)) &&
      (!quoted || foldWord((doc as QuoteDoc).text).replace(/\s+/g, ' ').includes(quoted));
    const keep = (doc: QuoteDoc, score: number, words: () => string[]) => {
      best.add({ doc, score, words });
      if (best.items.length >= limit) floor = best.items[limit - 1]?.score ?? floor;
    };
    const scan = this.scanner?.scan(query, options);
    if (this.scanner && scan) {
      const { hits, count, scores, matchedWords } = scan;
      const each = filtered || quoted !== null;
      // Unfiltered, every hit counts (each is a quote the index holds): only one that beats the floor is looked up.
      if (!each) total = count;
      for (let i = 0; i < count; i++) {
        const short = hits[i] ?? 0;
        const score = scores[short] ?? 0;
        if (!each && score <= floor) continue;
        const doc = this.docAt(short, this.scanner);
        if (!passing(doc)) {
          if (!each) total -= 1;
          continue;
        }
        if (each) total += 1;
        if (score > floor) keep(doc, score, () => matchedWords(short));
      }
    } else {
      for (const result of this.search.search(query, options)) {
        const doc = this.docs.get(String(result.id));
        if (!passing(doc)) continue;
        total += 1;
        if (result.score > floor) keep(doc, result.score, () => Object.keys(result.match));
      }
    }
    return { total, top: best.items };
  }
}
