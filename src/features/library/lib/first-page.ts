/**
 * The library list's first rows, read from IndexedDB as soon as the page
 * starts, while the app's code is still loading: `src/early.ts` (its own tiny
 * entry script, before the app's) calls `startLibraryRead` on `/`, and the
 * list takes the result when it mounts (`takeLibraryRead`), so it shows the
 * rows without waiting for the app to load, hydrate and then open the store.
 *
 * It reads only what the first screen shows: the newest `FIRST_PAGE` cards,
 * found through their `added:` keys (`orderKey`, which sort by when each
 * article was added, read backwards), and how many there are. The list reads
 * further pages the same way (`readPage`, through storage.ts) only when the
 * reader asks for more.
 *
 * No imports, so the early entry stays a few hundred bytes: the database's
 * layout is defined here and storage.ts uses it from here.
 */

export const DB_NAME = 'whosaid-library';
export const STORE_NAME = 'articles';
export const ARTICLE = 'article:';
export const CARD = 'card:';
/**
 * Set once every stored article has its card (storage.ts's upgrade check):
 * a library saved by a version before cards has none. Checking it is one
 * `get`; counting the articles read every stored article (40 ms at 2,000).
 */
export const CARDS_READY = 'cards:v1';
/** The library's order: one `added:<addedAt>\0<id>` key per card, its value the id, written with the card. */
export const ORDER = 'added:';
/** Set once every card has its `added:` key (a library saved before them gets them built once, with progress). */
export const ORDER_READY = 'order:v1';
/** How many rows the list shows at first, and how many more each "Show more" adds. */
export const FIRST_PAGE = 50;

/**
 * A card's key in the library's order: by when it was added, then by id,
 * compared as IndexedDB compares strings (code unit by code unit); read
 * backwards, that is newest first (storage.ts's `newestFirst`).
 */
export const orderKey = (addedAt: string, id: string) => `${ORDER}${addedAt}\u0000${id}`;

const range = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

/** Some of the library's cards in its order, and how many there are in all. */
export type LibraryPage = { cards: unknown[]; total: number };

/** The cards as stored, when the library's order is kept (else the list asks storage, which builds it). */
export type LibraryRead = LibraryPage | null;

/** The early read: its result once it has finished (so the list can show it in its first render), else its promise. */
export type EarlyRead = { finished: true; read: LibraryRead } | { finished: false; read: Promise<LibraryRead> };

let started: Promise<LibraryRead> | null = null;
let finished: { read: LibraryRead } | null = null;

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

/**
 * Up to `count` cards, newest first, from the one after the row whose order
 * key is `after` (or from the newest), with how many there are: a backward
 * cursor over the `added:` keys, each card read as its key is reached. Keys
 * whose card is gone are skipped. `store` is in a transaction of the caller's.
 */
export function readPage(store: IDBObjectStore, count: number, after?: string): Promise<LibraryPage> {
  const keys = after === undefined ? range(ORDER) : IDBKeyRange.bound(ORDER, after, false, true);
  const total = request(store.count(range(ORDER)));
  const cards = new Promise<Promise<unknown>[]>((resolve, reject) => {
    const reads: Promise<unknown>[] = [];
    const cursor = store.openKeyCursor(keys, 'prev');
    cursor.onerror = () => reject(cursor.error ?? new Error('IndexedDB cursor failed'));
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (at && reads.length < count) {
        const key = String(at.key);
        reads.push(request(store.get(CARD + key.slice(key.indexOf('\u0000') + 1))));
      }
      if (!at || reads.length >= count) resolve(reads);
      else at.continue();
    };
  });
  return Promise.all([cards.then((reads) => Promise.all(reads)), total]).then(([found, total]) => ({
    cards: found.filter((card) => card !== undefined),
    total,
  }));
}

/** Opens the store as idb-keyval does (creating it in a new database), reads the first page of cards, and closes. */
async function readFirstPage(): Promise<LibraryRead> {
  const open = indexedDB.open(DB_NAME);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE_NAME);
  const db = await request(open);
  try {
    const store = db.transaction(STORE_NAME, 'readonly').objectStore(STORE_NAME);
    const [ready, page] = await Promise.all([request(store.get(ORDER_READY)), readPage(store, FIRST_PAGE)]);
    return ready === undefined ? null : page;
  } finally {
    db.close();
  }
}

/** Starts reading the list's first rows (once); a no-op where there is no IndexedDB. */
export function startLibraryRead(): void {
  if (typeof indexedDB === 'undefined' || started) return;
  const read = readFirstPage().catch(() => null);
  started = read;
  void read.then((result) => {
    if (started === read) finished = { read: result };
  });
}

/** The read `startLibraryRead` started, once (later changes come as change events); null when none was started. */
export function takeLibraryRead(): EarlyRead | null {
  const read = started;
  const result = finished;
  started = null;
  finished = null;
  if (result) return { finished: true, read: result.read };
  return read ? { finished: false, read } : null;
}
