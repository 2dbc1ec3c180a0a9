/**
 * The library list's rows, read from IndexedDB as soon as the page starts,
 * while the app's code is still loading: `src/early.ts` (its own tiny entry
 * script, before the app's) calls `startLibraryRead` on `/`, and the list
 * takes the result when it mounts (`takeLibraryRead`), so it shows the rows
 * without waiting for the app to load, hydrate and then open the store.
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

const range = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

/** The cards as stored, when there is one for every article (else the list asks storage, which builds them). */
export type LibraryRead = { cards: unknown[] } | null;

let started: Promise<LibraryRead> | null = null;

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

/** Opens the store as idb-keyval does (creating it in a new database), reads every card, and closes. */
async function readCards(): Promise<LibraryRead> {
  const open = indexedDB.open(DB_NAME);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE_NAME);
  const db = await request(open);
  try {
    const store = db.transaction(STORE_NAME, 'readonly').objectStore(STORE_NAME);
    const [ready, cards] = await Promise.all([request(store.get(CARDS_READY)), request(store.getAll(range(CARD)))]);
    return ready === undefined ? null : { cards };
  } finally {
    db.close();
  }
}

/** Starts reading the list's rows (once); a no-op where there is no IndexedDB. */
export function startLibraryRead(): void {
  if (typeof indexedDB === 'undefined' || started) return;
  started = readCards().catch(() => null);
}

/** The read `startLibraryRead` started, once (later changes come as change events); null when none was started. */
export function takeLibraryRead(): Promise<LibraryRead> | null {
  const read = started;
  started = null;
  return read;
}
