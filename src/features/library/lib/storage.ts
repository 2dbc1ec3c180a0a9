/**
 * The reader's own articles, kept in IndexedDB through idb-keyval.
 *
 * Every article is its own key (`article:<id>`), and an input waiting to be
 * parsed is its own key too (`pending:<token>`), so there is never a
 * read-modify-write of a shared list: two tabs adding articles at once each
 * write their own keys, and a tab closed mid-parse leaves its input behind as
 * a pending entry the next visit offers to parse again.
 *
 * Everything read back is validated with the Article schema, as the loaders
 * do for bundled JSON; a stored document that no longer validates is listed
 * as unreadable (so it can be deleted) rather than dropped silently.
 *
 * Changes are announced to this tab and to other tabs (BroadcastChannel), so
 * every open list stays current.
 */
import { createStore, del, entries, get, set, update, type UseStore } from 'idb-keyval';
import {
  summarize,
  validateArticle,
  type Article,
  type ArticleSummary,
  type ValidationFailure,
  type ValidationResult,
} from '@/article';
import { newArticleId } from './article-id';
import type { ParseRequest } from './parse-job';

export { newArticleId };

const DB_NAME = 'whosaid-library';
const STORE_NAME = 'articles';
const ARTICLE = 'article:';
const PENDING = 'pending:';
const CHANNEL = 'whosaid-library';

/** What one `article:<id>` key holds. */
export type StoredRecord = {
  /** The Article JSON as saved; validated again on every read. */
  article: unknown;
  /** When it was added, ISO 8601; the library lists newest first. */
  addedAt: string;
};

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

/** One row of the library: a readable article, or one that no longer validates. */
export type LibraryEntry =
  | ({ ok: true; addedAt: string } & ArticleSummary)
  | { ok: false; id: string; addedAt: string; error: ValidationFailure };

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

// ---- change notifications -------------------------------------------------

const local = new EventTarget();
let channel: BroadcastChannel | null = null;
function broadcast(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

function announce() {
  local.dispatchEvent(new Event('change'));
  broadcast()?.postMessage('change');
}

/** Calls `listener` whenever this tab or another one changes the library. Returns the unsubscribe. */
export function subscribeLibrary(listener: () => void): () => void {
  const onMessage = () => listener();
  local.addEventListener('change', onMessage);
  const bc = broadcast();
  bc?.addEventListener('message', onMessage);
  return () => {
    local.removeEventListener('change', onMessage);
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
  return validateArticle(record.article);
}

/** The stored article under `id`, or null when there is none or it no longer validates. */
export async function getStoredArticle(id: string): Promise<Article | null> {
  const result = await readStoredArticle(id);
  return result?.ok ? result.article : null;
}

async function allRecords(): Promise<[string, StoredRecord][]> {
  if (!hasStorage()) return [];
  const all = await entries<IDBValidKey, unknown>(db());
  const records: [string, StoredRecord][] = [];
  for (const [key, value] of all) {
    if (typeof key === 'string' && key.startsWith(ARTICLE) && isRecord(value))
      records.push([key.slice(ARTICLE.length), value]);
  }
  return records.sort((a, b) => b[1].addedAt.localeCompare(a[1].addedAt));
}

/** Every article the person added that validates, newest first. */
export async function listStoredArticles(): Promise<Article[]> {
  const articles: Article[] = [];
  for (const [, record] of await allRecords()) {
    const result = validateArticle(record.article);
    if (result.ok) articles.push(result.article);
  }
  return articles;
}

/** The library's rows, newest first, including stored documents that no longer validate. */
export async function listLibrary(): Promise<LibraryEntry[]> {
  return (await allRecords()).map(([id, record]) => {
    const result = validateArticle(record.article);
    return result.ok
      ? { ok: true as const, addedAt: record.addedAt, ...summarize(result.article) }
      : { ok: false as const, id, addedAt: record.addedAt, error: result.error };
  });
}

/** True when an article is stored under `id`. */
export async function hasStoredArticle(id: string): Promise<boolean> {
  if (!hasStorage()) return false;
  return (await get(ARTICLE + id, db())) !== undefined;
}

/** Saves one article under its own key. */
export async function saveArticle(article: Article, addedAt = new Date().toISOString()): Promise<void> {
  const record: StoredRecord = { article, addedAt };
  await set(ARTICLE + article.id, record, db());
  announce();
}

/** Gives a stored article a new title (an atomic update of that one key). */
export async function renameArticle(id: string, title: string): Promise<void> {
  const trimmed = title.trim();
  if (!trimmed) throw new Error('a title cannot be empty');
  await update<StoredRecord | undefined>(
    ARTICLE + id,
    (record) =>
      record && typeof record.article === 'object' && record.article !== null
        ? { ...record, article: { ...record.article, title: trimmed } }
        : record,
    db(),
  );
  announce();
}

/** Deletes a stored article and returns what was stored, for undo. */
export async function deleteArticle(id: string): Promise<StoredRecord | undefined> {
  const record = await get<StoredRecord>(ARTICLE + id, db());
  await del(ARTICLE + id, db());
  announce();
  return record;
}

/** Puts a deleted article back exactly as it was (undo). */
export async function restoreArticle(id: string, record: StoredRecord): Promise<void> {
  await set(ARTICLE + id, record, db());
  announce();
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
  announce();
}

/** Inputs left behind by a tab that closed mid-parse, oldest first. */
export async function listPending(): Promise<PendingInput[]> {
  if (!hasStorage()) return [];
  const all = await entries<IDBValidKey, PendingInput>(db());
  return all
    .filter(([key]) => typeof key === 'string' && key.startsWith(PENDING))
    .map(([, value]) => value)
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}
