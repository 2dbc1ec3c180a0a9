/**
 * How the lexicon writes its lists. Each helper keeps the entries as written,
 * so the lexicon's test can check that no list repeats an entry or holds a
 * stray capital (see test/parser/lexicon/lexicon.test.ts).
 */
const written = new WeakMap<object, readonly string[]>();

/** The entries of a lexicon list as written (before a Set drops repeats); undefined for anything else. */
export function entriesOf(list: unknown): readonly string[] | undefined {
  return typeof list === 'object' && list !== null ? written.get(list) : undefined;
}

/** A set of words, written as text: entries separated by white space. */
export function words(text: string): ReadonlySet<string> {
  const entries = text.trim().split(/\s+/);
  const set = new Set(entries);
  written.set(set, entries);
  return set;
}

/** A set of phrases (entries with spaces in them). */
export function phrases(entries: readonly string[]): ReadonlySet<string> {
  const set = new Set(entries);
  written.set(set, entries);
  return set;
}

/** Words in a fixed order (for a pattern's alternatives, or a number by position). */
export function ordered<const T extends readonly string[]>(entries: T): T {
  written.set(entries, entries);
  return entries;
}

/** A map from each word to what it tells (a gender, a base form). */
export function wordMap<V>(pairs: readonly (readonly [string, V])[]): ReadonlyMap<string, V> {
  const map = new Map(pairs);
  written.set(
    map,
    pairs.map(([word]) => word),
  );
  return map;
}

/** A record from each word or phrase to what it tells, for lookups by key and a pattern of its keys. */
export function wordRecord<V>(record: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  written.set(record, Object.keys(record));
  return record;
}
