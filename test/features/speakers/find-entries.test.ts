import { describe, expect, it } from 'vitest';
import { entryFinder } from '@/features/speakers/lib/find-entries';

const entries = [
  { id: 'ann', name: 'Ann Smith', quoteCount: 2 },
  { id: 'jose', name: 'José Álvarez', quoteCount: 1 },
  { id: 'hannah', name: 'Hannah Lee', quoteCount: 9 },
  { id: 'annex', name: 'Annex Group', quoteCount: 4 },
];

describe('entryFinder', () => {
  it('puts names with a word that starts with the query before names that only contain it', () => {
    // "Hannah" contains "ann" inside a word, so it comes last although it is quoted most.
    expect(entryFinder(entries)('ann', 8).shown.map((e) => e.id)).toEqual(['annex', 'ann', 'hannah']);
  });

  it('finds a name whatever its case and accents', () => {
    expect(entryFinder(entries)('ALVAREZ', 8).shown.map((e) => e.id)).toEqual(['jose']);
  });

  it('keeps to the limit and counts the rest', () => {
    expect(entryFinder(entries)('a', 2)).toEqual({ shown: [entries[3], entries[0]], more: 2 });
  });

  it('matches nothing for an empty or blank query', () => {
    expect(entryFinder(entries)('  ', 8)).toEqual({ shown: [], more: 0 });
  });
});
