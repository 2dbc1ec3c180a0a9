/**
 * The reader's merge and split choices, kept in IndexedDB (idb-keyval, in a
 * database of this feature's own) and applied in order on top of the
 * automatic grouping. They name name forms (`sean spicer`), not entry ids,
 * so they still mean the same thing when articles are added or removed.
 */
import { createStore, get, update, type UseStore } from 'idb-keyval';

/** Put the entries holding forms `a` and `b` together. */
type MergeOverride = { op: 'merge'; a: string; b: string };
/** Take form `key` out of its entry into one of its own. */
type SplitOverride = { op: 'split'; key: string };
export type Override = MergeOverride | SplitOverride;

/** Database and store names: this feature's own, apart from the article library. */
const OVERRIDES_DB = 'whosaid-people';
const OVERRIDES_STORE = 'choices';
/** The one key the list of choices is kept under. */
const OVERRIDES_KEY = 'overrides-v1';
/** Oldest choices are dropped beyond this many. */
const MAX_OVERRIDES = 1000;

let store: UseStore | null = null;
const db = () => (store ??= createStore(OVERRIDES_DB, OVERRIDES_STORE));

function isOverride(value: unknown): value is Override {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.op === 'merge') return typeof v.a === 'string' && typeof v.b === 'string';
  if (v.op === 'split') return typeof v.key === 'string';
  return false;
}

/** The stored choices in order; none when nothing is stored or IndexedDB is unavailable. */
export async function loadOverrides(): Promise<Override[]> {
  try {
    const value: unknown = await get(OVERRIDES_KEY, db());
    return Array.isArray(value) ? value.filter(isOverride) : [];
  } catch {
    return [];
  }
}

/** Appends one choice in a single transaction, so two tabs never overwrite each other's. */
export async function addOverride(override: Override): Promise<void> {
  await update<unknown>(
    OVERRIDES_KEY,
    (value) => {
      const list = Array.isArray(value) ? value.filter(isOverride) : [];
      return [...list, override].slice(-MAX_OVERRIDES);
    },
    db(),
  );
}

/** Forgets every choice (the automatic grouping alone applies again). */
export async function clearOverrides(): Promise<void> {
  await update(OVERRIDES_KEY, () => [], db());
}
