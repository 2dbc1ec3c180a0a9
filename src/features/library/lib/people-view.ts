/**
 * The people view: the library's speaker names grouped into entries (one per
 * person, with the reader's merge and split choices), kept as derived records
 * in the library's IndexedDB store so a page reads only what it shows. The
 * library keeps the records and knows when they are out of date; the grouping
 * itself is given by the caller (the speakers feature, run in a worker by the
 * app), so this module stores entries without knowing their shape.
 *
 * - `pview:meta`: what the view was built from (`PeopleViewMeta`);
 * - `pview:e:<chunk>`: 50 entries in the list's order (chunk zero-padded,
 *   so the keys sort in that order: one page of the list is one record);
 * - `pview:id:<bucket>`: entries' positions by id and by the slugs of their
 *   names (for links made before a merge), spread over 256 records by a
 *   hash of the id, so finding one entry reads one small record;
 * - `pview:n:<bucket>`: the entry (`PeopleViewName`) each speaker name as
 *   written belongs to (the first in list order when two share it), spread
 *   the same way, to name search results;
 * - `pview:list`: every entry's id, name and number of quotes, in list order,
 *   for the finders that offer entries matching what is typed.
 *
 * A view is written whole, in a few hundred records rather than one per
 * entry (tens of thousands of writes took seconds).
 *
 * `people:rev` (people-store.ts) counts the changes to the speaker names; a
 * view built from an older count, or with other choices, is out of date and
 * is built again whole (`writeView`, stamped with the count it was built
 * from).
 */
import { promisifyRequest } from 'idb-keyval';
import type { SpeakerKind } from '@/article';
import { NAMES_REV } from './people-store';

const VIEW = 'pview:';
const META = 'pview:meta';
const ENTRY = 'pview:e:';
const ID = 'pview:id:';
const NAME = 'pview:n:';
const LIST = 'pview:list';
const DIGEST = 'digest:';

/**
 * What a view was built from (the names' change count, and a key of the merge
 * and split choices applied), how many entries it has, and how many articles
 * were stored then (every save and delete counts as a change of the names).
 */
export type PeopleViewMeta = { rev: number; choices: string; count: number; articles: number };

/** The entry a speaker name belongs to. */
export type PeopleViewName = { id: string; name: string };

/** One row of `pview:list`: id, name, quotes. */
export type PeopleViewListItem = [id: string, name: string, quoteCount: number];

/** What a build gives to store: entries in list order, and what finds them. */
export type PeopleViewBuild<T> = {
  entries: readonly T[];
  /** Each entry's id and the slugs of its names (the id first), by position. */
  ids: readonly (readonly string[])[];
  /** Each entry's names as written, by position. */
  names: readonly (readonly { name: string; kind: SpeakerKind }[])[];
  list: readonly PeopleViewListItem[];
};

const range = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);
/** Entries per `pview:e:` record. */
export const VIEW_CHUNK = 50;
/** How many records the id and name lookups are spread over. */
const BUCKETS = 256;
const chunkKey = (chunk: number) => ENTRY + String(chunk).padStart(5, '0');
/** FNV-1a over the UTF-16 code units, to spread keys over the buckets. */
function bucket(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return String((hash >>> 0) % BUCKETS);
}
const read = <T>(store: IDBObjectStore, key: IDBValidKey) =>
  promisifyRequest(store.get(key) as IDBRequest<T | undefined>);

/** The names' change count (0 before any change was counted). */
export async function readNamesRev(store: IDBObjectStore): Promise<number> {
  return (await read<number>(store, NAMES_REV)) ?? 0;
}

/** The stored view's meta, or undefined when none was built. */
export function readViewMeta(store: IDBObjectStore): Promise<PeopleViewMeta | undefined> {
  return read<PeopleViewMeta>(store, META);
}

/** Values spread over buckets by their key's hash. */
function spread<T>(pairs: Iterable<[string, T]>): Map<string, Record<string, T>> {
  const buckets = new Map<string, Record<string, T>>();
  for (const [key, value] of pairs) {
    const at = bucket(key);
    let record = buckets.get(at);
    if (!record) buckets.set(at, (record = {}));
    // The first value for a key stays.
    if (!Object.hasOwn(record, key)) record[key] = value;
  }
  return buckets;
}

/**
 * Replaces the view with `build`, made from the names at change count `rev`
 * (stamped so, even when the names changed since: it is read as it is until
 * built again); nothing is written (false) when the stored view, built with
 * the same choices, is as new or newer (another tab's build ended first).
 */
export async function writeView<T>(
  store: IDBObjectStore,
  rev: number,
  choices: string,
  build: PeopleViewBuild<T>,
): Promise<boolean> {
  const stored = await readViewMeta(store);
  if (stored && stored.choices === choices && stored.rev >= rev) return false;
  store.delete(range(VIEW));
  for (let at = 0; at * VIEW_CHUNK < build.entries.length; at++)
    store.put(build.entries.slice(at * VIEW_CHUNK, (at + 1) * VIEW_CHUNK), chunkKey(at));
  // Ids first, so an id wins over another entry's name slug that reads the same; then slugs in list order.
  const ids = spread<number>([
    ...build.ids.flatMap((list, at): [string, number][] => (list[0] === undefined ? [] : [[list[0], at]])),
    ...build.ids.flatMap((list, at) => list.slice(1).map((slug): [string, number] => [slug, at])),
  ]);
  for (const [at, record] of ids) store.put(record, ID + at);
  const names = spread<PeopleViewName>(
    build.names.flatMap((list, at) => {
      const [id, name] = build.list[at] ?? ['', ''];
      return list.map((written): [string, PeopleViewName] => [written.name, { id, name }]);
    }),
  );
  for (const [at, record] of names) store.put(record, NAME + at);
  store.put(build.list, LIST);
  const articles = await promisifyRequest(store.count(range(DIGEST)));
  store.put({ rev, choices, count: build.entries.length, articles } satisfies PeopleViewMeta, META);
  return true;
}

/** Up to `count` entries from position `from`, in list order. */
export async function readViewPage<T>(store: IDBObjectStore, from: number, count: number): Promise<T[]> {
  if (count <= 0) return [];
  const first = Math.floor(from / VIEW_CHUNK);
  const last = Math.floor((from + count - 1) / VIEW_CHUNK);
  const chunks = await promisifyRequest(
    store.getAll(IDBKeyRange.bound(chunkKey(first), chunkKey(last))) as IDBRequest<T[][]>,
  );
  return chunks.flat().slice(from - first * VIEW_CHUNK, from - first * VIEW_CHUNK + count);
}

/** The entry with this id (or with a name of this slug), or undefined. */
export async function readViewEntry<T>(store: IDBObjectStore, id: string): Promise<T | undefined> {
  const at = (await read<Record<string, number>>(store, ID + bucket(id)))?.[id];
  if (at === undefined) return undefined;
  return (await read<T[]>(store, chunkKey(Math.floor(at / VIEW_CHUNK))))?.[at % VIEW_CHUNK];
}

/** The entries these speaker names (as written) belong to, in the order asked; undefined where none does. */
export async function readViewNames(
  store: IDBObjectStore,
  names: readonly string[],
): Promise<(PeopleViewName | undefined)[]> {
  const wanted = [...new Set(names.map(bucket))];
  const records = await Promise.all(wanted.map((at) => read<Record<string, PeopleViewName>>(store, NAME + at)));
  const byBucket = new Map(wanted.map((at, i) => [at, records[i]]));
  return names.map((name) => {
    const record = byBucket.get(bucket(name));
    return record && Object.hasOwn(record, name) ? record[name] : undefined;
  });
}

/** Every entry's id, name and quotes, in list order. */
export async function readViewList(store: IDBObjectStore): Promise<PeopleViewListItem[]> {
  return (await read<PeopleViewListItem[]>(store, LIST)) ?? [];
}
