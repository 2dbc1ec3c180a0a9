/**
 * The quote index of the whole library, as shards of at most `SHARD_SIZE`
 * articles (`quote-index.ts`), so that it holds at any size:
 *
 * - saving writes only the shards that changed since the last save (an
 *   article added to a 10,000-article library rewrites one shard, not all);
 * - loading reads one shard at a time, so the worker reports its progress
 *   and no step handles the whole library;
 * - a query asks each shard for its count and its best `limit` hits and
 *   keeps the best `limit` overall; only those are highlighted and sent to
 *   the page.
 *
 * A new article goes into the last shard with room (or a new one); a saved
 * article stays in its shard. Each shard scores with BM25 over its own
 * quotes; a typed word's rarity (its inverse document frequency) is
 * corrected to the whole library's, so a common word does not rank a small
 * shard's quotes first. (The words it matches as a prefix or with a typo
 * take the typed word's correction, and quote lengths are compared with
 * each shard's average: close to one index's order, not exactly it.)
 */
import { highlight } from './highlight';
import {
  byDate,
  QuoteIndex,
  refKeys,
  TopK,
  type ArticleSource,
  type IndexedArticle,
  type IndexSnapshot,
  type QuoteDoc,
  type Scored,
  type SearchPage,
  type SearchQuery,
} from './quote-index';

/** Articles per shard: a shard loads or saves in a fraction of a second. */
export const SHARD_SIZE = 500;

/** The saved index's table of contents: which shards there are. */
export type IndexManifest = { version: number; shards: number[] };

export const MANIFEST_VERSION = 1;

/** BM25's inverse document frequency, as MiniSearch computes it. */
const idf = (documents: number, matching: number) => Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));

export class ShardedIndex {
  private readonly shards = new Map<number, QuoteIndex>();
  /** The shard each article is in. */
  private readonly home = new Map<string, number>();
  private readonly dirty = new Set<number>();
  private nextKey = 0;

  /** Adds a shard as saved (while loading). */
  addShard(key: number, snapshot: IndexSnapshot): void {
    const shard = QuoteIndex.fromSnapshot(snapshot);
    this.shards.set(key, shard);
    for (const id of shard.articleIds()) this.home.set(id, key);
    this.nextKey = Math.max(this.nextKey, key + 1);
  }

  manifest(): IndexManifest {
    return { version: MANIFEST_VERSION, shards: [...this.shards.keys()] };
  }

  /** The shards changed since the last call, as saved (a shard emptied of every article is kept, empty). */
  takeChanged(): [number, IndexSnapshot][] {
    const changed = [...this.dirty].flatMap((key): [number, IndexSnapshot][] => {
      const shard = this.shards.get(key);
      return shard ? [[key, shard.snapshot()]] : [];
    });
    this.dirty.clear();
    return changed;
  }

  /** Marks every shard changed (after a full build, or when the saved index could not be read). */
  markAllChanged(): void {
    for (const key of this.shards.keys()) this.dirty.add(key);
  }

  get articleCount(): number {
    return this.home.size;
  }

  get quoteCount(): number {
    let n = 0;
    for (const shard of this.shards.values()) n += shard.quoteCount;
    return n;
  }

  get shardCount(): number {
    return this.shards.size;
  }

  /** The article under `id` as the index holds it. */
  article(id: string): IndexedArticle | undefined {
    const key = this.home.get(id);
    return key === undefined ? undefined : this.shards.get(key)?.article(id);
  }

  /** Where the article under `id` came from, or undefined when the index does not hold it. */
  sourceOf(id: string): ArticleSource | undefined {
    return this.article(id)?.source;
  }

  /** The ids of the articles from one source. */
  idsFrom(source: ArticleSource): string[] {
    return [...this.home.keys()].filter((id) => this.sourceOf(id) === source);
  }

  private roomy(): number {
    let last: number | undefined;
    for (const key of this.shards.keys()) last = key;
    const shard = last === undefined ? undefined : this.shards.get(last);
    if (last !== undefined && shard && shard.articleCount < SHARD_SIZE) return last;
    const key = this.nextKey++;
    this.shards.set(key, new QuoteIndex());
    return key;
  }

  /** Adds an article, or replaces the one with its id (in its shard). */
  put(article: IndexedArticle): void {
    const key = this.home.get(article.id) ?? this.roomy();
    this.shards.get(key)?.put(article);
    this.home.set(article.id, key);
    this.dirty.add(key);
  }

  /** Takes an article out; a no-op when the index does not hold it. */
  remove(id: string): void {
    const key = this.home.get(id);
    if (key === undefined) return;
    this.shards.get(key)?.remove(id);
    this.home.delete(id);
    this.dirty.add(key);
  }

  /**
   * With more than one shard: the factor that turns a typed word's rarity
   * in one shard into its rarity in the whole library (BM25's idf, as
   * MiniSearch computes it), once per word and shard per query; 1 for a word
   * no quote holds whole (one still being typed).
   * MiniSearch applies it per typed word (`boostTerm`), not per hit.
   */
  private rarity(): ((shard: QuoteIndex, term: string) => number) | null {
    if (this.shards.size < 2) return null;
    const shards = [...this.shards.values()];
    const total = shards.reduce((n, shard) => n + shard.documentCount, 0);
    const global = new Map<string, number>();
    const factors = new Map<QuoteIndex, Map<string, number>>();
    return (shard, term) => {
      let known = factors.get(shard);
      if (!known) factors.set(shard, (known = new Map()));
      let factor = known.get(term);
      if (factor === undefined) {
        let matching = global.get(term);
        if (matching === undefined) global.set(term, (matching = shards.reduce((n, s) => n + s.docFrequency(term), 0)));
        const own = idf(shard.documentCount, shard.docFrequency(term));
        factor = matching > 0 && own > 0 ? idf(total, matching) / own : 1;
        known.set(term, factor);
      }
      return factor;
    };
  }

  /** How many quotes match, and the first `limit` of them: best first, or in date order for an empty query. */
  query({ filters, speakerRefs, limit }: SearchQuery): SearchPage {
    const refs = refKeys(speakerRefs);
    const query = filters.q.trim();
    let total = 0;
    if (!query) {
      const best = new TopK<QuoteDoc>(limit, (a, b) => byDate(a, b) < 0);
      for (const shard of this.shards.values()) {
        const found = shard.listed(filters, refs, limit);
        total += found.total;
        for (const doc of found.top) best.add(doc);
      }
      return { total, hits: best.items.map((doc) => ({ doc, segments: [{ text: doc.text, match: false }] })) };
    }
    const best = new TopK<Scored>(limit, (a, b) => a.score > b.score);
    const rarity = this.rarity();
    for (const shard of this.shards.values()) {
      const found = shard.matched(query, filters, refs, limit, rarity && ((term) => rarity(shard, term)));
      total += found.total;
      for (const hit of found.top) best.add(hit);
    }
    return { total, hits: best.items.map(({ doc, words }) => ({ doc, segments: highlight(doc.text, query, words()) })) };
  }
}
