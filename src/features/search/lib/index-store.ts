/**
 * Where the search worker reads and keeps things (IndexedDB, from the
 * worker, never the page):
 *
 * - its own database `whosaid-search` holds the saved index: a manifest
 *   (`manifest`, the shards there are) and each shard (`shard:<n>`), written
 *   together, only the shards that changed;
 * - the reader's library (named by the app as a `LibrarySource`, so this
 *   feature does not import the library feature) holds each article's digest
 *   and, for every article saved or deleted since the index was last saved, a
 *   change mark `<changePrefix><id>` written in the same transaction as the
 *   article. The worker applies the marks and, once the index is saved,
 *   clears the ones it applied (a mark rewritten meanwhile stays).
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { ArticleDigest } from '@/article';
import type { IndexSnapshot } from './quote-index';
import type { IndexManifest } from './sharded-index';

/** Where the reader's library keeps what search needs. */
export type LibrarySource = {
  /** The IndexedDB database and object store. */
  db: string;
  store: string;
  /** Key prefix of each article's digest: `digest:`. */
  digestPrefix: string;
  /** Key prefix of the change marks: `searchq:`. */
  changePrefix: string;
};

const SEARCH_DB = 'whosaid-search';
const SEARCH_STORE = 'index';
const MANIFEST = 'manifest';
const shardKey = (key: number) => `shard:${key}`;

let searchStore: UseStore | null = null;
const stores = new Map<string, UseStore>();

function ownStore(): UseStore {
  searchStore ??= createStore(SEARCH_DB, SEARCH_STORE);
  return searchStore;
}

function libraryStore(source: LibrarySource): UseStore {
  const key = `${source.db}\u0000${source.store}`;
  let store = stores.get(key);
  if (!store) {
    store = createStore(source.db, source.store);
    stores.set(key, store);
  }
  return store;
}

const range = (prefix: string, after?: string) =>
  after === undefined
    ? IDBKeyRange.bound(prefix, `${prefix}\uffff`)
    : IDBKeyRange.bound(after, `${prefix}\uffff`, true, false);

/** The saved index's manifest, or undefined when there is none. */
export function readManifest(): Promise<IndexManifest | undefined> {
  return ownStore()('readonly', (s) => promisifyRequest(s.get(MANIFEST) as IDBRequest<IndexManifest | undefined>));
}

/** One saved shard, or undefined when it is missing. */
export function readShard(key: number): Promise<IndexSnapshot | undefined> {
  return ownStore()('readonly', (s) => promisifyRequest(s.get(shardKey(key)) as IDBRequest<IndexSnapshot | undefined>));
}

/** Saves the changed shards and the manifest in one transaction, dropping any shard the manifest no longer lists. */
export function writeShards(manifest: IndexManifest, changed: readonly [number, IndexSnapshot][]): Promise<void> {
  return ownStore()('readwrite', (s) => {
    for (const [key, snapshot] of changed) s.put(snapshot, shardKey(key));
    s.put(manifest, MANIFEST);
    const keys = s.getAllKeys();
    keys.onsuccess = () => {
      const kept = new Set([MANIFEST, ...manifest.shards.map(shardKey)]);
      for (const key of keys.result) if (!kept.has(String(key))) s.delete(key);
    };
    return promisifyRequest(s.transaction);
  });
}

/** Forgets the saved index (tests; an index that can't be read). */
export function deleteSavedIndex(): Promise<void> {
  return ownStore()('readwrite', (s) => {
    s.clear();
    return promisifyRequest(s.transaction);
  });
}

/** The change marks: article id -> the mark's stamp. */
export function readChanges(source: LibrarySource): Promise<Map<string, unknown>> {
  return libraryStore(source)('readonly', async (s) => {
    const r = range(source.changePrefix);
    const [keys, values] = await Promise.all([
      promisifyRequest(s.getAllKeys(r)),
      promisifyRequest(s.getAll(r) as IDBRequest<unknown[]>),
    ]);
    return new Map(keys.map((key, i) => [String(key).slice(source.changePrefix.length), values[i]]));
  });
}

/** Clears the marks that still hold the stamp they had when read. */
export function clearChanges(source: LibrarySource, applied: ReadonlyMap<string, unknown>): Promise<void> {
  if (applied.size === 0) return Promise.resolve();
  return libraryStore(source)('readwrite', (s) => {
    for (const [id, stamp] of applied) {
      const key = source.changePrefix + id;
      const request = s.get(key);
      request.onsuccess = () => {
        if (request.result === stamp) s.delete(key);
      };
    }
    return promisifyRequest(s.transaction);
  });
}

/** The digests of these articles (undefined for one that is gone), in one transaction. */
export function readDigests(source: LibrarySource, ids: readonly string[]): Promise<(ArticleDigest | undefined)[]> {
  return libraryStore(source)('readonly', (s) =>
    Promise.all(
      ids.map((id) => promisifyRequest(s.get(source.digestPrefix + id) as IDBRequest<ArticleDigest | undefined>)),
    ),
  );
}

/** How many digests the library holds. */
export function countDigests(source: LibrarySource): Promise<number> {
  return libraryStore(source)('readonly', (s) => promisifyRequest(s.count(range(source.digestPrefix))));
}

/** Every digest in the library, `size` at a time, in key order. */
export async function* digestBatches(source: LibrarySource, size: number): AsyncGenerator<ArticleDigest[]> {
  let after: string | undefined;
  for (;;) {
    const r = range(source.digestPrefix, after);
    const [keys, values] = await libraryStore(source)('readonly', (s) =>
      Promise.all([
        promisifyRequest(s.getAllKeys(r, size)),
        promisifyRequest(s.getAll(r, size) as IDBRequest<ArticleDigest[]>),
      ]),
    );
    if (values.length > 0) yield values;
    if (keys.length < size) return;
    after = String(keys[keys.length - 1]);
  }
}
