/**
 * The reader's own articles, kept in IndexedDB (one object store, through
 * idb-keyval), each under its own keys, so there is never a
 * read-modify-write of a shared list and two tabs can add at once:
 *
 * - `article:<id>`: the Article JSON as saved, and when (`StoredRecord`);
 * - `card:<id>`: its row in the library list (title, date, counts, how it
 *   was dated), or why it can't be read (`LibraryCard`);
 * - `added:<addedAt>\0<id>`: the card's place in the list's order, newest
 *   last, so `/` reads its first page with a backward cursor (first-page.ts);
 * - `digest:<id>`: its speakers and quote texts (`ArticleDigest`), what the
 *   speakers and search pages need;
 * - `pending:<token>`: an input waiting to be parsed, so a tab closed
 *   mid-parse leaves it behind for the next visit;
 * - `searchq:<id>`: a mark that the article was saved or deleted since the
 *   search index was last saved (written in the same transaction; the search
 *   worker applies it and clears it, see `LIBRARY_SEARCH_SOURCE`).
 *
 * An article is validated once, when it enters; its card and digest are
 * written with it, in one transaction. Pages read the keys they need by
 * prefix: the home page the cards, the cross-article pages the digests, the
 * reader one article (validated again there, through the schema, so an
 * older schema version is migrated on read). A library saved before cards
 * and digests existed gets them built once (`ensureDerived`), with progress;
 * `cards:v1` says it was done, so the check is one key, not a count of
 * every article.
 *
 * The people index (`name:`, `nref:` and `nsaid:` keys, people-store.ts) is
 * updated in the same transaction as each save and delete.
 *
 * Every change is announced to this tab and to other tabs
 * (BroadcastChannel) with what changed, so a list updates in place.
 */
import { createStore, del, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type {
  Article,
  ArticleDigest,
  ArticleSummary,
  NameArticleRef,
  NameSaid,
  SpeakerKind,
  SpeakerNameSummary,
  ValidationFailure,
  ValidationResult,
} from '@/article';
import { newArticleId } from './article-id';
import {
  ARTICLE,
  CARD,
  CARDS_READY,
  DB_NAME,
  ORDER,
  ORDER_READY,
  orderKey,
  readPage,
  STORE_NAME,
} from './first-page';
import type { DateSource, ParseRequest } from './parse-job';
import type { PeopleViewBuild, PeopleViewListItem, PeopleViewMeta, PeopleViewName } from './people-view';

/** The people index's code, loaded on first use (it is not needed to show `/`); never awaited inside a transaction. */
const peopleStore = () => import('./people-store');
/** The people view's records (people-view.ts), loaded on first use. */
const peopleView = () => import('./people-view');

/** The article code (the schema check, zod, with it), loaded on first use: `/` lists the cards without it. */
const articleCode = () => import('@/article');
const validateArticle = async (json: unknown): Promise<ValidationResult> => (await articleCode()).validateArticle(json);

export { newArticleId };

const DIGEST = 'digest:';
const PENDING = 'pending:';
const SEARCH_CHANGE = 'searchq:';
const CHANNEL = 'whosaid-library';

/** What one `article:<id>` key holds. */
export type StoredRecord = {
  /** The Article JSON as saved. */
  article: unknown;
  /** When it was added, ISO 8601; the library lists newest first. */
  addedAt: string;
  /** Where its date came from, when it was parsed here. */
  dated?: DateSource;
  /** What it was parsed from, when it was parsed here: kept so it can be read again against another date. */
  source?: ArticleSource;
};

/** An added article's input as the worker read it: its text or page (a chosen file stays a Blob). */
export type ArticleSource = { text: string | Blob; format: 'text' | 'html' };

/** An input saved before parsing, so closing the tab loses nothing. */
export type PendingInput = {
  /** The key suffix: `pending:<token>`. */
  token: string;
  /** What the person called it: a file name or "Pasted text". */
  label: string;
  /** What the worker is asked to parse. */
  request: ParseRequest;
  /** When the input was saved, ISO 8601. */
  savedAt: string;
};

/** One row of the library (a `card:<id>` key): a readable article, or one that does not validate. */
export type LibraryEntry =
  | ({ ok: true; addedAt: string; dated?: DateSource } & ArticleSummary)
  | { ok: false; id: string; addedAt: string; error: ValidationFailure };

/**
 * What changed, as announced to every tab: an entry saved (`added` when the
 * library had no row under its id before), a row deleted (announced only when
 * there was one), a pending input, or rows built by an upgrade.
 */
export type LibraryChange =
  | { type: 'saved'; entry: LibraryEntry; added: boolean }
  | { type: 'deleted'; id: string }
  | { type: 'pending' }
  | { type: 'rebuilt' };

/** Some of the library's rows, newest first, and how many rows there are. */
export type LibraryPage = { entries: LibraryEntry[]; total: number };

/** How far the one-time build of cards and digests for an older library has got. */
export type DerivedProgress = { done: number; total: number };

/** Where the search worker reads the digests and the change marks (the app hands it to the search feature). */
export const LIBRARY_SEARCH_SOURCE = {
  db: DB_NAME,
  store: STORE_NAME,
  digestPrefix: DIGEST,
  changePrefix: SEARCH_CHANGE,
} as const;

/** A change mark's value: unique, so the search worker clears only the mark it applied. */
const changeMark = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

let store: UseStore | null = null;
/** Opened on first use, so importing this module never touches IndexedDB (prerendering, tests). */
function db(): UseStore {
  store ??= createStore(DB_NAME, STORE_NAME);
  return store;
}

/** False where there is no IndexedDB (Node, prerendering): storage then reads as empty. */
function hasStorage(): boolean {
  return typeof indexedDB !== 'undefined';
}

const range = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

/** Every value under one key prefix, in one request. */
function valuesUnder<T>(prefix: string): Promise<T[]> {
  return db()('readonly', (s) => promisifyRequest(s.getAll(range(prefix)) as IDBRequest<T[]>));
}

/** Every id under one key prefix (keys only). */
async function idsUnder(prefix: string): Promise<string[]> {
  const keys = await db()('readonly', (s) => promisifyRequest(s.getAllKeys(range(prefix))));
  return keys.map((key) => String(key).slice(prefix.length));
}

// ---- change notifications -------------------------------------------------

const local = new EventTarget();
let channel: BroadcastChannel | null = null;
function broadcast(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

function announce(change: LibraryChange) {
  local.dispatchEvent(new CustomEvent<LibraryChange>('change', { detail: change }));
  broadcast()?.postMessage(change);
}

/** Calls `listener` with what changed whenever this tab or another one changes the library. Returns the unsubscribe. */
export function subscribeLibrary(listener: (change: LibraryChange) => void): () => void {
  const onLocal = (event: Event) => listener((event as CustomEvent<LibraryChange>).detail);
  const onMessage = (event: MessageEvent<LibraryChange>) => listener(event.data);
  local.addEventListener('change', onLocal);
  const bc = broadcast();
  bc?.addEventListener('message', onMessage);
  return () => {
    local.removeEventListener('change', onLocal);
    bc?.removeEventListener('message', onMessage);
  };
}

// ---- articles -------------------------------------------------------------

function isRecord(value: unknown): value is StoredRecord {
  return typeof value === 'object' && value !== null && 'article' in value && 'addedAt' in value;
}

/** The stored article under `id`, validated; null when there is none. */
export async function readStoredArticle(id: string): Promise<ValidationResult | null> {
  if (!hasStorage()) return null;
  const record: unknown = await get(ARTICLE + id, db());
  if (!isRecord(record)) return null;
  return await validateArticle(record.article);
}

/** The stored article under `id`, or null when there is none or it no longer validates. */
export async function getStoredArticle(id: string): Promise<Article | null> {
  const result = await readStoredArticle(id);
  return result?.ok ? result.article : null;
}

/** The keys and values that store one validated article with its card and digest. */
async function articleEntries(article: Article, record: StoredRecord): Promise<[string, unknown][]> {
  const { digestArticle, summarize } = await articleCode();
  const entry: LibraryEntry = {
    ok: true,
    addedAt: record.addedAt,
    ...(record.dated ? { dated: record.dated } : {}),
    ...summarize(article),
  };
  return [
    [ARTICLE + article.id, record],
    [CARD + article.id, entry],
    [DIGEST + article.id, digestArticle(article)],
    [SEARCH_CHANGE + article.id, changeMark()],
  ];
}

/** Cards and digests for one stored record, validated through the schema (so older versions migrate). */
async function derivedEntries(
  id: string,
  record: StoredRecord,
): Promise<{ entries: [string, unknown][]; entry: LibraryEntry; article?: Article }> {
  const result = await validateArticle(record.article);
  if (!result.ok) {
    const entry: LibraryEntry = { ok: false, id, addedAt: record.addedAt, error: result.error };
    return { entries: [[CARD + id, entry]], entry };
  }
  const entries = (await articleEntries(result.article, record)).filter(([key]) => key !== ARTICLE + id);
  return { entries, entry: entries[0]?.[1] as LibraryEntry, article: result.article };
}

/**
 * Moves article `id`'s `added:` key to where its card in `entries` puts it
 * in the library's order (or drops it when there is none), in `s`'s
 * transaction: its get is asked before the caller's writes. True when the
 * article had a card before.
 */
function placeInOrder(s: IDBObjectStore, id: string, entries: [string, unknown][] | null): Promise<boolean> {
  const card = entries?.find(([key]) => key === CARD + id)?.[1] as LibraryEntry | undefined;
  return promisifyRequest(s.get(CARD + id) as IDBRequest<LibraryEntry | undefined>).then((old) => {
    if (old) s.delete(orderKey(old.addedAt, id));
    if (card) s.put(id, orderKey(card.addedAt, id));
    return old !== undefined;
  });
}

/**
 * Writes `entries` for article `id` (its digest among them, or none when it
 * no longer validates), or deletes the article when `entries` is null, and
 * updates its place in the list's order and the people index (with what each
 * name said in `article`, the article the entries were made from) and marks
 * the change for search, in one transaction. True when the article had a
 * card (a row in the list) before.
 */
async function writeArticle(id: string, entries: [string, unknown][] | null, article?: Article): Promise<boolean> {
  const { applyPeopleChange } = await peopleStore();
  return db()('readwrite', async (s) => {
    const had = placeInOrder(s, id, entries);
    const before = await promisifyRequest(s.get(DIGEST + id) as IDBRequest<ArticleDigest | undefined>);
    const after = entries?.find(([key]) => key === DIGEST + id)?.[1] as ArticleDigest | undefined;
    for (const key of entries ? [DIGEST + id] : [ARTICLE + id, CARD + id, DIGEST + id]) s.delete(key);
    for (const [key, value] of entries ?? [[SEARCH_CHANGE + id, changeMark()]]) s.put(value, key);
    await applyPeopleChange(s, before, after, article);
    const existed = await had;
    await promisifyRequest(s.transaction);
    return existed;
  });
}

let deriving: Promise<void> | null = null;
const progressTarget = new EventTarget();

/** Calls `listener` while an older library's cards and digests are being built. Returns the unsubscribe. */
export function subscribeDerivedProgress(listener: (progress: DerivedProgress) => void): () => void {
  const on = (event: Event) => listener((event as CustomEvent<DerivedProgress>).detail);
  progressTarget.addEventListener('progress', on);
  return () => progressTarget.removeEventListener('progress', on);
}

/** How many stored articles are built per transaction while upgrading. */
const DERIVE_BATCH = 50;

/** Tells the progress listeners how far a one-time upgrade step is. */
const reportProgress = (done: number, total: number) =>
  progressTarget.dispatchEvent(new CustomEvent('progress', { detail: { done, total } }));

/** The stored records of these article ids, in order, in one read-only transaction. */
const readArticleRecords = (ids: readonly string[]) =>
  db()('readonly', (s) => Promise.all(ids.map((id) => promisifyRequest(s.get(ARTICLE + id) as IDBRequest<unknown>))));

async function buildDerived(): Promise<void> {
  const { buildPeopleIndex, datesReady, fillNameDates, peopleReady, saidReady } = await peopleStore();
  // The usual case, five keys read: every article has its card and its place in the order, the people index is
  // built (in date order too), and what names said is kept.
  const done = await db()('readonly', async (s) => {
    const [cardsReady, orderReady, ready, said, dated] = await Promise.all([
      promisifyRequest(s.get(CARDS_READY)),
      promisifyRequest(s.get(ORDER_READY)),
      peopleReady(s),
      saidReady(s),
      datesReady(s),
    ]);
    return cardsReady !== undefined && orderReady !== undefined && ready && said && dated;
  });
  if (done) return;
  const [articles, cards] = await Promise.all([idsUnder(ARTICLE), idsUnder(CARD)]);
  const haveCard = new Set(cards);
  const haveArticle = new Set(articles);
  const missing = articles.filter((id) => !haveCard.has(id));
  const stale = cards.filter((id) => !haveArticle.has(id));
  for (const id of stale) await writeArticle(id, null);
  if (missing.length > 0) await buildCards(missing);
  // Every save writes its card with the article, so from here on every article has one.
  await set(CARDS_READY, { builtAt: new Date().toISOString() }, db());
  const ordered = await buildOrder();
  const people = await db()('readwrite', async (s) => {
    const built = await buildPeopleIndex(s, reportProgress);
    await promisifyRequest(s.transaction);
    return built;
  });
  const said = await fillSaid();
  const dated = await db()('readwrite', async (s) => {
    const filled = await fillNameDates(s, reportProgress);
    await promisifyRequest(s.transaction);
    return filled;
  });
  if (missing.length > 0 || ordered || people || said || dated) announce({ type: 'rebuilt' });
}

/** How many `added:` keys are written per transaction while upgrading. */
const ORDER_BATCH = 500;

/**
 * The `added:` keys (the list's order, first-page.ts) of the cards saved
 * before they existed, once, 500 per transaction, with progress; keys left
 * without their card are dropped. Each step writes a key only if its card is
 * still there as read, so saves and deletes made meanwhile (which place
 * their own) are never undone. Then `order:v1` says it is done. False when
 * nothing was missing.
 */
async function buildOrder(): Promise<boolean> {
  if ((await get(ORDER_READY, db())) !== undefined) return false;
  const [cards, keys] = await Promise.all([
    valuesUnder<LibraryEntry>(CARD),
    db()('readonly', (s) => promisifyRequest(s.getAllKeys(range(ORDER)))),
  ]);
  const wanted = new Set(cards.map((card) => orderKey(card.addedAt, card.id)));
  const have = new Set(keys.map(String));
  const missing = cards.filter((card) => !have.has(orderKey(card.addedAt, card.id)));
  const stale = [...have].filter((key) => !wanted.has(key));
  if (stale.length > 0) await db()('readwrite', (s) => Promise.all(stale.map((key) => promisifyRequest(s.delete(key)))));
  if (missing.length > 0) reportProgress(0, missing.length);
  for (let at = 0; at < missing.length; at += ORDER_BATCH) {
    const batch = missing.slice(at, at + ORDER_BATCH);
    await db()('readwrite', async (s) => {
      const now = await Promise.all(batch.map((card) => promisifyRequest(s.get(CARD + card.id) as IDBRequest<unknown>)));
      for (const [i, card] of batch.entries())
        if ((now[i] as LibraryEntry | undefined)?.addedAt === card.addedAt) s.put(card.id, orderKey(card.addedAt, card.id));
      await promisifyRequest(s.transaction);
    });
    reportProgress(Math.min(at + ORDER_BATCH, missing.length), missing.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await set(ORDER_READY, { builtAt: new Date().toISOString() }, db());
  return missing.length > 0 || stale.length > 0;
}

/** How many stored articles are read per step while filling in what their names said. */
const FILL_BATCH = 25;

/**
 * What each name said in each readable article (`nsaid:` keys), for a
 * library saved before profiles read them: once, 25 articles per step, with
 * progress. Each step reads and validates its articles, then writes in its
 * own transaction only the records still missing, so saves and deletes made
 * meanwhile (which keep their own) are never undone. False when nothing was
 * missing.
 */
async function fillSaid(): Promise<boolean> {
  const { fillNameSaid, markSaidReady, saidReady } = await peopleStore();
  if (await db()('readonly', saidReady)) return false;
  const ids = await idsUnder(DIGEST);
  const markReady = () =>
    db()('readwrite', async (s) => {
      markSaidReady(s);
      await promisifyRequest(s.transaction);
    });
  // A new library has nothing to fill in (and no progress to show).
  if (ids.length === 0) {
    await markReady();
    return false;
  }
  reportProgress(0, ids.length);
  for (let at = 0; at < ids.length; at += FILL_BATCH) {
    const batch = ids.slice(at, at + FILL_BATCH);
    const records = await readArticleRecords(batch);
    const articles: Article[] = [];
    for (const record of records) {
      const result = isRecord(record) ? await validateArticle(record.article) : null;
      if (result?.ok) articles.push(result.article);
    }
    const { digestArticle } = await articleCode();
    const digests = articles.map(digestArticle);
    await db()('readwrite', async (s) => {
      for (const [i, article] of articles.entries()) await fillNameSaid(s, article, digests[i] as ArticleDigest);
      await promisifyRequest(s.transaction);
    });
    reportProgress(Math.min(at + FILL_BATCH, ids.length), ids.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await markReady();
  return true;
}

/** Cards and digests for stored articles that have none, 50 per transaction, with progress. */
async function buildCards(missing: readonly string[]): Promise<void> {
  const report = (done: number) => reportProgress(done, missing.length);
  report(0);
  for (let at = 0; at < missing.length; at += DERIVE_BATCH) {
    const batch = missing.slice(at, at + DERIVE_BATCH);
    const records = await readArticleRecords(batch);
    for (const [i, id] of batch.entries()) {
      const record = records[i];
      if (!isRecord(record)) continue;
      const derived = await derivedEntries(id, record);
      await writeArticle(id, derived.entries, derived.article);
    }
    report(Math.min(at + DERIVE_BATCH, missing.length));
    // Let the page breathe between batches.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * Builds the cards and digests a library saved by an earlier version lacks
 * (and drops any left without their article), once per tab; a no-op when all
 * are there. Progress is reported to `subscribeDerivedProgress`.
 */
export function ensureDerived(): Promise<void> {
  if (!hasStorage()) return Promise.resolve();
  deriving ??= buildDerived().finally(() => {
    deriving = null;
  });
  return deriving;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The library's order: newest first, then by id (last first), so rows added
 * at the same moment keep one order; strings compared as IndexedDB compares
 * them, so it is the order of the `added:` keys read backwards.
 */
export const newestFirst = (a: LibraryEntry, b: LibraryEntry) =>
  byCodeUnits(b.addedAt, a.addedAt) || byCodeUnits(b.id, a.id);

/**
 * Up to `count` of the library's rows, newest first, from the one after
 * `after` (or from the newest), and how many rows there are: what `/` shows,
 * read page by page. A library saved by an older version is upgraded first.
 */
export async function listLibraryPage(count: number, after?: LibraryEntry): Promise<LibraryPage> {
  if (!hasStorage()) return { entries: [], total: 0 };
  await ensureDerived();
  const page = await db()('readonly', (s) => readPage(s, count, after && orderKey(after.addedAt, after.id)));
  return { entries: page.cards as LibraryEntry[], total: page.total };
}

/** The library's rows, newest first, including stored documents that do not validate. */
export async function listLibrary(): Promise<LibraryEntry[]> {
  if (!hasStorage()) return [];
  await ensureDerived();
  const cards = await valuesUnder<LibraryEntry>(CARD);
  return cards.sort(newestFirst);
}

/** The digest of every readable stored article, newest first. */
export async function listDigests(): Promise<ArticleDigest[]> {
  if (!hasStorage()) return [];
  await ensureDerived();
  const [cards, digests] = await Promise.all([listLibrary(), valuesUnder<ArticleDigest>(DIGEST)]);
  const byId = new Map(digests.map((d) => [d.id, d]));
  return cards.flatMap((card) => (card.ok && byId.has(card.id) ? [byId.get(card.id) as ArticleDigest] : []));
}

/** Every article the person added that validates, newest first (reads and validates them all: tests and export). */
export async function listStoredArticles(): Promise<Article[]> {
  const ids = (await listLibrary()).filter((e) => e.ok).map((e) => e.id);
  const articles = await Promise.all(ids.map((id) => getStoredArticle(id)));
  return articles.filter((a): a is Article => a !== null);
}

/** True when an article is stored under `id`. */
export async function hasStoredArticle(id: string): Promise<boolean> {
  if (!hasStorage()) return false;
  return (await get(ARTICLE + id, db())) !== undefined;
}

/** Saves one validated article under its own key, with its card and digest, in one transaction. */
export async function saveArticle(
  article: Article,
  addedAt = new Date().toISOString(),
  dated?: DateSource,
  source?: ArticleSource,
): Promise<void> {
  const record: StoredRecord = { article, addedAt, ...(dated ? { dated } : {}), ...(source ? { source } : {}) };
  const entries = await articleEntries(article, record);
  const existed = await writeArticle(article.id, entries, article);
  announce({ type: 'saved', entry: entries[1]?.[1] as LibraryEntry, added: !existed });
}

/** What is stored under `id` as it was saved (its source included), or null. */
export async function getStoredRecord(id: string): Promise<StoredRecord | null> {
  if (!hasStorage()) return null;
  const record: unknown = await get(ARTICLE + id, db());
  return isRecord(record) ? record : null;
}

/** Replaces a stored article with `article` (read again), keeping when it was added and its source. */
export async function replaceArticle(article: Article, dated: DateSource): Promise<void> {
  const record = await getStoredRecord(article.id);
  if (!record) throw new Error('the article is no longer in the library');
  const entries = await articleEntries(article, { ...record, article, dated });
  // Through writeArticle, so the people index and the search marks follow the new reading.
  const existed = await writeArticle(article.id, entries, article);
  announce({ type: 'saved', entry: entries[1]?.[1] as LibraryEntry, added: !existed });
}

/** Gives a stored article a new title. */
export async function renameArticle(id: string, title: string): Promise<void> {
  const trimmed = title.trim();
  if (!trimmed) throw new Error('a title cannot be empty');
  const record: unknown = await get(ARTICLE + id, db());
  if (!isRecord(record)) return;
  const result = await validateArticle(record.article);
  if (!result.ok)
    throw new Error(`the stored article does not validate (${result.error.field}: ${result.error.message})`);
  const article = { ...result.article, title: trimmed };
  const entries = await articleEntries(article, { ...record, article });
  const existed = await writeArticle(id, entries, article);
  announce({ type: 'saved', entry: entries[1]?.[1] as LibraryEntry, added: !existed });
}

/** Deletes a stored article (and its card and digest) and returns what was stored, for undo. */
export async function deleteArticle(id: string): Promise<StoredRecord | undefined> {
  const record = await get<StoredRecord>(ARTICLE + id, db());
  // Announced only when a row left the list, so each list's count stays right.
  if (await writeArticle(id, null)) announce({ type: 'deleted', id });
  return record;
}

/** Puts a deleted article back exactly as it was (undo). */
export async function restoreArticle(id: string, record: StoredRecord): Promise<void> {
  const { entries, entry, article } = await derivedEntries(id, record);
  const existed = await writeArticle(id, [[ARTICLE + id, record], ...entries], article);
  announce({ type: 'saved', entry, added: !existed });
}

// ---- the people index ----------------------------------------------------

/** Every speaker name's summary over the stored articles, and how many are readable (the index is built first if need be). */
export async function listSpeakerNames(): Promise<{ names: SpeakerNameSummary[]; articles: number; rev: number }> {
  if (!hasStorage()) return { names: [], articles: 0, rev: 0 };
  await ensureDerived();
  const [{ readSpeakerNames, countDigests }, { readNamesRev }] = await Promise.all([peopleStore(), peopleView()]);
  return db()('readonly', async (s) => {
    const [names, articles, rev] = await Promise.all([readSpeakerNames(s), countDigests(s), readNamesRev(s)]);
    return { names, articles, rev };
  });
}

/**
 * The people view's state: the names' change count now, the view's meta
 * (undefined when none is built), and how many speaker names are stored
 * (counted, not read).
 */
export async function peopleViewState(): Promise<{ rev: number; meta: PeopleViewMeta | undefined; names: number }> {
  if (!hasStorage()) return { rev: 0, meta: undefined, names: 0 };
  await ensureDerived();
  const [{ readNamesRev, readViewMeta }, { countSpeakerNames }] = await Promise.all([peopleView(), peopleStore()]);
  return db()('readonly', async (s) => {
    const [rev, meta, names] = await Promise.all([readNamesRev(s), readViewMeta(s), countSpeakerNames(s)]);
    return { rev, meta, names };
  });
}

/**
 * Stores the people view built from the names at change count `rev` with
 * the choices keyed `choices`; false (nothing written) when the names have
 * changed since.
 */
export async function savePeopleView<T>(rev: number, choices: string, build: PeopleViewBuild<T>): Promise<boolean> {
  if (!hasStorage()) return false;
  const { writeView } = await peopleView();
  return db()('readwrite', async (s) => {
    const written = await writeView(s, rev, choices, build);
    await promisifyRequest(s.transaction);
    return written;
  });
}

/** Up to `count` of the people view's entries from position `from`, in list order. */
export async function listPeopleViewPage<T>(from: number, count: number): Promise<T[]> {
  if (!hasStorage()) return [];
  const { readViewPage } = await peopleView();
  return db()('readonly', (s) => readViewPage<T>(s, from, count));
}

/** The people view's entry with this id (or a name of this slug). */
export async function findPeopleViewEntry<T>(id: string): Promise<T | undefined> {
  if (!hasStorage()) return undefined;
  const { readViewEntry } = await peopleView();
  return db()('readonly', (s) => readViewEntry<T>(s, id));
}

/** The entries these speaker names (as written) belong to, in the order asked. */
export async function findPeopleViewNames(names: readonly string[]): Promise<(PeopleViewName | undefined)[]> {
  if (!hasStorage() || names.length === 0) return names.map(() => undefined);
  const { readViewNames } = await peopleView();
  return db()('readonly', (s) => readViewNames(s, names));
}

/** Every entry of the people view (id, name, quotes), in list order. */
export async function listPeopleViewItems(): Promise<PeopleViewListItem[]> {
  if (!hasStorage()) return [];
  const { readViewList } = await peopleView();
  return db()('readonly', (s) => readViewList(s));
}

/**
 * What these names said in these stored articles (a profile's page), in the
 * order asked; undefined where none is kept.
 */
export async function listNameSaid(
  wanted: readonly Pick<NameArticleRef, 'name' | 'kind' | 'articleId'>[],
): Promise<(NameSaid | undefined)[]> {
  if (!hasStorage() || wanted.length === 0) return wanted.map(() => undefined);
  await ensureDerived();
  const { readNameSaid } = await peopleStore();
  return db()('readonly', (s) => readNameSaid(s, wanted));
}

/** The stored articles' records of these speaker names (a profile's). */
export async function listNameRefs(names: readonly { name: string; kind: SpeakerKind }[]): Promise<NameArticleRef[]> {
  if (!hasStorage() || names.length === 0) return [];
  await ensureDerived();
  const { readNameRefs } = await peopleStore();
  return db()('readonly', (s) => readNameRefs(s, names));
}

/** Each of these names' first `count` stored article records in date order (a profile's first screen). */
export async function listNameRefsByDate(
  names: readonly { name: string; kind: SpeakerKind }[],
  count: number,
): Promise<NameArticleRef[][]> {
  if (!hasStorage() || names.length === 0) return names.map(() => []);
  await ensureDerived();
  const { readNameRefsByDate } = await peopleStore();
  return db()('readonly', (s) => Promise.all(names.map((name) => readNameRefsByDate(s, name, count))));
}

/** The ids of the stored articles these names speak in, each once (keys only). */
export async function listNameArticleIds(names: readonly { name: string; kind: SpeakerKind }[]): Promise<Set<string>> {
  if (!hasStorage() || names.length === 0) return new Set();
  await ensureDerived();
  const { readNameArticleIds } = await peopleStore();
  return db()('readonly', (s) => readNameArticleIds(s, names));
}

// ---- pending inputs -------------------------------------------------------

/** Saves an input before it is parsed; returns its token. */
export async function savePending(label: string, request: ParseRequest): Promise<string> {
  const token = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const pending: PendingInput = { token, label, request, savedAt: new Date().toISOString() };
  await set(PENDING + token, pending, db());
  return token;
}

/** Forgets a pending input (parsed and saved, or discarded). */
export async function clearPending(token: string): Promise<void> {
  await del(PENDING + token, db());
  announce({ type: 'pending' });
}

/** Inputs left behind by a tab that closed mid-parse, oldest first. */
export async function listPending(): Promise<PendingInput[]> {
  if (!hasStorage()) return [];
  const all = await valuesUnder<PendingInput>(PENDING);
  return all.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}
