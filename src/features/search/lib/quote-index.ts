/**
 * The quote index: full-text search over every quote in the library with
 * MiniSearch (words folded to lower case without accents, the last word
 * matched as a prefix so results come as one types, longer words forgiving
 * a typo, all words required), plus what a result shows (title, date,
 * speaker as the article names them). It lives in the search worker and is
 * kept up to date one article at a time (`put`, `remove`), and saved and
 * loaded whole (`snapshot`, `fromSnapshot`), so no page reads every article.
 *
 * Filters by speaker, kind, act (speech or thought) and date range apply to
 * the hits; an empty query lists every quote the filters let through,
 * oldest article first.
 */
import MiniSearch from 'minisearch';
import type { ArticleDigest, QuoteAct, QuoteKind } from '@/article';
import { foldWord, highlight, stripMarks, type Segment } from './highlight';

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

/** The index as saved: MiniSearch's JSON and the articles it holds. */
export type IndexSnapshot = {
  /** Bumped when the saved shape or the word folding changes: an older snapshot is rebuilt. */
  version: number;
  /** `JSON.stringify` of the MiniSearch index. */
  index: string;
  articles: IndexedArticle[];
};

export const SNAPSHOT_VERSION = 1;

type Indexed = { id: string; text: string };

const OPTIONS = {
  fields: ['text'],
  storeFields: [],
  processTerm: (term: string) => foldWord(term),
};

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
function byDate(a: QuoteDoc, b: QuoteDoc): number {
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

/** Every quote of the library, searchable; changed one article at a time. */
export class QuoteIndex {
  private readonly search: MiniSearch<Indexed>;
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly docs = new Map<string, QuoteDoc>();
  /** Every doc in date order, built when an empty query first needs it after a change. */
  private ordered: QuoteDoc[] | null = null;

  constructor(search?: MiniSearch<Indexed>) {
    this.search = search ?? new MiniSearch<Indexed>(OPTIONS);
  }

  /** The index saved by `snapshot`; throws when it can't be read (the caller rebuilds). */
  static fromSnapshot(snapshot: IndexSnapshot): QuoteIndex {
    if (snapshot.version !== SNAPSHOT_VERSION) throw new Error(`search index version ${snapshot.version}`);
    const index = new QuoteIndex(MiniSearch.loadJSON<Indexed>(snapshot.index, OPTIONS));
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

  /** Where the article under `id` came from, or undefined when the index does not hold it. */
  sourceOf(id: string): ArticleSource | undefined {
    return this.articles.get(id)?.source;
  }

  /** The article under `id` as the index holds it. */
  article(id: string): IndexedArticle | undefined {
    return this.articles.get(id);
  }

  /** The ids of the articles from one source. */
  idsFrom(source: ArticleSource): string[] {
    return [...this.articles.values()].filter((a) => a.source === source).map((a) => a.id);
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
    return docs;
  }

  /** Adds an article, or replaces the one with its id. */
  put(article: IndexedArticle): void {
    this.remove(article.id);
    const docs = this.remember(article);
    this.search.addAll(docs.map(({ id, text }) => ({ id, text })));
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
  }

  /** The quotes that match, best first (or in date order for an empty query); the first `limit` of them. */
  query({ filters, speakerRefs, limit }: SearchQuery): SearchPage {
    const refs = speakerRefs ? new Set(speakerRefs.map((ref) => refKey(ref.articleId, ref.speakerId))) : null;
    const query = filters.q.trim();
    if (!query) {
      this.ordered ??= [...this.docs.values()].sort(byDate);
      const docs = this.ordered.filter((doc) => passes(doc, filters, refs));
      return {
        total: docs.length,
        hits: docs.slice(0, limit).map((doc) => ({ doc, segments: [{ text: doc.text, match: false }] })),
      };
    }
    const results = this.search.search(query, {
      combineWith: 'AND',
      // A one-letter last word would expand to most of the vocabulary: it is matched whole until a second letter.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length > 1,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
    });
    // "in quotation marks": the words must stand together, in that order.
    const quoted = /^["“”].*\S.*["“”]$/.exec(query) ? foldWord(stripMarks(query)).replace(/\s+/g, ' ') : null;
    const hits: { doc: QuoteDoc; terms: string[] }[] = [];
    for (const result of results) {
      const doc = this.docs.get(String(result.id));
      if (!doc || !passes(doc, filters, refs)) continue;
      if (quoted && !foldWord(doc.text).replace(/\s+/g, ' ').includes(quoted)) continue;
      hits.push({ doc, terms: result.terms });
    }
    return {
      total: hits.length,
      hits: hits.slice(0, limit).map(({ doc, terms }) => ({ doc, segments: highlight(doc.text, query, terms) })),
    };
  }
}
