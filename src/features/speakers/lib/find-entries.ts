/**
 * Finds the entries a reader means when they type part of a name into
 * "Same person as". A library of 10,000 articles has tens of thousands of
 * entries, far too many to offer in one list, so the profile shows only the
 * few that match what was typed.
 */

/** What the merge form needs to know of an entry. */
export type EntryChoice = { id: string; name: string; quoteCount: number };

/** The matches shown, and how many more there were. */
export type EntryMatches = { shown: EntryChoice[]; more: number };

/** Lower case without accents, so `José` is found by `jose`. */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en');

/** 0 when a word of the name starts with the query, 1 when it is only inside a word. */
function rank(name: string, query: string): number | null {
  const at = name.indexOf(query);
  if (at < 0) return null;
  if (at === 0) return 0;
  // Any later word that starts with the query ranks as high as the first one.
  return name.split(/[\s-]+/).some((word) => word.startsWith(query)) ? 0 : 1;
}

/**
 * A finder over `entries`, which folds every name once (not on every keystroke): it returns the entries whose
 * name contains `query` (any case, any accents), those with a word starting with it first, then by how often
 * they are quoted, then by name; at most `limit` of them. An empty query matches nothing.
 */
export function entryFinder(entries: readonly EntryChoice[]): (query: string, limit: number) => EntryMatches {
  const folded = entries.map((entry) => ({ entry, name: fold(entry.name) }));
  return (query, limit) => {
    const wanted = fold(query.trim());
    if (!wanted) return { shown: [], more: 0 };
    const found: { entry: EntryChoice; rank: number }[] = [];
    for (const { entry, name } of folded) {
      const r = rank(name, wanted);
      if (r !== null) found.push({ entry, rank: r });
    }
    found.sort(
      (a, b) =>
        a.rank - b.rank || b.entry.quoteCount - a.entry.quoteCount || a.entry.name.localeCompare(b.entry.name),
    );
    return { shown: found.slice(0, limit).map(({ entry }) => entry), more: Math.max(0, found.length - limit) };
  };
}
