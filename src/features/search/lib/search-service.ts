/**
 * What the search worker does (`search-worker.ts` runs it; where there is no
 * Worker, as in tests, the page runs it itself):
 *
 * 1. `open`: load the saved index one shard at a time, reporting progress
 *    (or start an empty one when there is none, or build it when it is of an
 *    older version or can't be read), then catch up with the library.
 * 2. Catching up (`sync`): with a saved index, apply the change marks, one
 *    article each (`put` or `remove`); without one, index every digest in the
 *    library, 200 at a time, reporting progress: the one-time build of a
 *    library saved by the previous version.
 * 3. `bundled`: the build's own articles, which the page fetches; put in the
 *    index (and taken out when the build no longer has them). Until they
 *    come, the saved index keeps the ones it has, so a visit whose build has
 *    not changed writes no shard again.
 * 4. `query`: answered from the index in memory: while it loads, from the
 *    shards loaded so far (the page asks again after each; a query asked
 *    before the first waits, and only the latest); only the first page of
 *    hits goes back to the page.
 *
 * After a change the shards that changed are saved again once things are
 * quiet (`persistDelay` after the last change or query, so a burst of
 * changes saves once and a save never holds up a keystroke), then the
 * applied marks are cleared.
 */
import type { ArticleDigest } from '@/article';
import {
  clearChanges,
  countDigests,
  digestBatches,
  readChanges,
  readDigests,
  readManifest,
  readShard,
  writeShards,
  type LibrarySource,
} from './index-store';
import { indexedArticle, type SearchPage, type SearchQuery } from './quote-index';
import { MANIFEST_VERSION, ShardedIndex } from './sharded-index';

/** Where the index stands, as the page shows it. */
export type SearchState =
  /** Loading the saved index: `done` of `total` shards (both 0 until the count is known). */
  | { phase: 'loading'; done: number; total: number }
  | { phase: 'indexing'; done: number; total: number }
  | { phase: 'ready'; articles: number; quotes: number }
  | { phase: 'failed'; message: string };

export type ToSearch =
  | { type: 'open'; source: LibrarySource | null }
  | { type: 'bundled'; digests: ArticleDigest[] }
  | { type: 'sync' }
  | { type: 'query'; id: number; query: SearchQuery };

export type FromSearch = { type: 'state'; state: SearchState } | { type: 'result'; id: number; page: SearchPage };

type Options = { persistDelay: number };

/** How many digests are read and indexed per step of a full build (and per progress report). */
const BATCH = 200;

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The service behind one worker. `handle` takes each message; it resolves when the message's work is done. */
export function createSearchService(post: (message: FromSearch) => void, { persistDelay }: Options) {
  let source: LibrarySource | null = null;
  let index: ShardedIndex | null = null;
  /** The build's articles, once the page has sent them (null until then: the saved index keeps the ones it has). */
  let bundled: ArticleDigest[] | null = null;
  let bundledIds = new Set<string>();
  /** Marks applied to the index in memory but not yet saved. */
  const applied = new Map<string, unknown>();
  let dirty = false;
  let waiting: { id: number; query: SearchQuery } | null = null;
  let work: Promise<void> = Promise.resolve();
  let persistTimer: ReturnType<typeof setTimeout> | null = null;

  const setState = (state: SearchState) => post({ type: 'state', state });
  const ready = (idx: ShardedIndex) => setState({ phase: 'ready', articles: idx.articleCount, quotes: idx.quoteCount });

  function answer(id: number, query: SearchQuery) {
    if (!index) {
      waiting = { id, query };
      return;
    }
    post({ type: 'result', id, page: index.query(query) });
    // Saving holds the worker for a while on a large library: it waits until the typing stops.
    if (persistTimer !== null) schedulePersist();
  }

  function answerWaiting() {
    if (waiting && index) {
      const { id, query } = waiting;
      waiting = null;
      answer(id, query);
    }
  }

  function putOwn(idx: ShardedIndex, digest: ArticleDigest) {
    if (bundledIds.has(digest.id)) return;
    idx.put(indexedArticle(digest, 'own'));
  }

  function applyBundled(idx: ShardedIndex): boolean {
    if (!bundled) return false;
    let changed = false;
    for (const id of idx.idsFrom('bundled'))
      if (!bundledIds.has(id)) {
        idx.remove(id);
        changed = true;
      }
    for (const digest of bundled) {
      const next = indexedArticle(digest, 'bundled');
      if (JSON.stringify(idx.article(next.id)) === JSON.stringify(next)) continue;
      idx.put(next);
      changed = true;
    }
    return changed;
  }

  async function fullBuild(from: LibrarySource): Promise<ShardedIndex> {
    const idx = new ShardedIndex();
    const total = await countDigests(from);
    let done = 0;
    setState({ phase: 'indexing', done, total });
    for await (const batch of digestBatches(from, BATCH)) {
      for (const digest of batch) putOwn(idx, digest);
      done += batch.length;
      index = idx; // what is indexed so far already answers
      setState({ phase: 'indexing', done: Math.min(done, total), total });
      answerWaiting();
      await pause();
    }
    return idx;
  }

  async function catchUp(idx: ShardedIndex, from: LibrarySource, marks: ReadonlyMap<string, unknown>) {
    const ids = [...marks.keys()];
    const report = ids.length > BATCH;
    for (let at = 0; at < ids.length; at += BATCH) {
      if (report) setState({ phase: 'indexing', done: at, total: ids.length });
      const batch = ids.slice(at, at + BATCH);
      const digests = await readDigests(from, batch);
      batch.forEach((id, i) => {
        const digest = digests[i];
        if (digest) putOwn(idx, digest);
        else if (idx.sourceOf(id) === 'own') idx.remove(id);
      });
      if (report) await pause();
    }
  }

  async function sync() {
    if (!index || !source) return;
    const marks = await readChanges(source);
    const fresh = [...marks].filter(([id, stamp]) => applied.get(id) !== stamp);
    if (fresh.length === 0) return;
    await catchUp(index, source, new Map(fresh));
    for (const [id, stamp] of fresh) applied.set(id, stamp);
    dirty = true;
    ready(index);
    answerWaiting();
    schedulePersist();
  }

  /** The saved index, a shard at a time with progress; null when there is none or it can't be read. */
  async function load(): Promise<ShardedIndex | null> {
    try {
      const manifest = await readManifest();
      if (manifest?.version !== MANIFEST_VERSION) return null;
      const idx = new ShardedIndex();
      const total = manifest.shards.length;
      setState({ phase: 'loading', done: 0, total });
      for (const [done, key] of manifest.shards.entries()) {
        const shard = await readShard(key);
        if (!shard) return null;
        idx.addShard(key, shard);
        index = idx; // the shards loaded so far already answer
        setState({ phase: 'loading', done: done + 1, total });
        answerWaiting();
        await pause(); // let the page's messages in between shards
      }
      return idx;
    } catch {
      return null; // unreadable or older: built again
    }
  }

  async function open(from: LibrarySource | null) {
    source = from;
    setState({ phase: 'loading', done: 0, total: 0 });
    const saved = from ? await load() : null;
    if (!saved) index = null; // a saved index that broke off part-way is built again, and answers nothing meanwhile
    let idx: ShardedIndex;
    if (saved || !from) {
      idx = saved ?? new ShardedIndex();
    } else {
      const marks = await readChanges(from);
      idx = await fullBuild(from);
      for (const [id, stamp] of marks) applied.set(id, stamp);
      idx.markAllChanged();
      dirty = true;
    }
    index = idx;
    if (applyBundled(idx)) dirty = true;
    ready(idx);
    answerWaiting();
    await sync();
    if (dirty) schedulePersist();
  }

  async function persist() {
    persistTimer = null;
    if (!index || !source || !dirty) return;
    dirty = false;
    const marks = new Map(applied);
    await writeShards(index.manifest(), index.takeChanged());
    await clearChanges(source, marks);
    for (const [id, stamp] of marks) if (applied.get(id) === stamp) applied.delete(id);
  }

  function schedulePersist() {
    if (persistTimer !== null) clearTimeout(persistTimer);
    persistTimer = setTimeout(() => {
      work = work.then(persist).catch(() => undefined); // not saved: built again from the marks next time
    }, persistDelay);
  }

  /** Runs one step after the last, reporting a failure instead of throwing. */
  function queue(step: () => Promise<void>): Promise<void> {
    work = work.then(step).catch((error: unknown) => setState({ phase: 'failed', message: message(error) }));
    return work;
  }

  return {
    handle(msg: ToSearch): Promise<void> {
      switch (msg.type) {
        case 'open':
          return queue(() => open(msg.source));
        case 'bundled':
          return queue(async () => {
            bundled = msg.digests;
            bundledIds = new Set(bundled.map((d) => d.id));
            if (index && applyBundled(index)) {
              dirty = true;
              ready(index);
              answerWaiting();
              schedulePersist();
            }
          });
        case 'sync':
          return queue(sync);
        case 'query':
          answer(msg.id, msg.query);
          return Promise.resolve();
      }
    },
    /** Saves now what a timer would save later (tests, and a page about to close). */
    flush(): Promise<void> {
      if (persistTimer !== null) clearTimeout(persistTimer);
      return queue(persist);
    },
  };
}
