import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { scanner } from '@/features/search/lib/bm25-scan';
import { INDEX_OPTIONS, QUERY_OPTIONS } from '@/features/search/lib/quote-index';

/** Words as news quotes use them: a few in most quotes, many rare, some sharing a beginning or a letter or two. */
const WORDS = [
  'the',
  'the',
  'the',
  'we',
  'we',
  'they',
  'them',
  'there',
  'these',
  'theory',
  'people',
  'peoples',
  'peopled',
  'vaccine',
  'vaccines',
  'vaccinate',
  'vacine',
  'budget',
  'budgets',
  'talks',
  'talk',
  'premature',
  'premiere',
  'government',
  'goverment',
  'city',
  'cities',
  'Zürich',
  'zurich',
  'safe',
  'safest',
  'streets',
  'street',
  'a',
];

/** A seeded pseudo-random quote of 3 to 20 words. */
function quotes(count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 + Math.floor(next() * 18) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' '),
  );
}

/**
 * The same library twice (a query may tidy MiniSearch's index, so each side
 * gets its own): quotes added, some taken out and some replaced, as a
 * reader's library changes.
 */
function twoIndexes() {
  const build = () => {
    const search = new MiniSearch<{ id: string; text: string }>(INDEX_OPTIONS);
    const texts = quotes(400, 7);
    search.addAll(texts.map((text, i) => ({ id: `a${i}`, text })));
    for (let i = 0; i < 400; i += 9) search.discard(`a${i}`);
    const again = quotes(30, 11);
    for (let i = 0; i < 30; i++) {
      search.discard(`a${i * 9 + 1}`);
      search.add({ id: `a${i * 9 + 1}`, text: again[i] ?? '' });
    }
    return search;
  };
  return { reference: build(), scanned: build() };
}

const QUERIES = ['the', 'th', 'we', 'the peopl', 'people the', 'vaccine', 'vaccin', 'goverment', 'zurich', 'Zürich st'];
const QUERIES_MORE = ['budget talks', 'premature', 'the the', 'nothing here', '...', 'a', 'safest street the we'];

describe('the BM25 scan', () => {
  it.each([...QUERIES, ...QUERIES_MORE])(
    'finds for “%s” the quotes MiniSearch finds, with the same scores, order and matched words',
    (query) => {
      const { reference, scanned } = twoIndexes();
      const boostTerm = (term: string) => (term.length % 3) + 0.5;
      const expected = reference.search(query, { ...QUERY_OPTIONS, boostTerm });
      const scan = scanner(scanned);
      expect(scan).not.toBeNull();
      if (!scan) return;
      const found = scan.scan(query, { ...QUERY_OPTIONS, boostTerm });
      const hits = Array.from(found.hits.subarray(0, found.count), (short) => ({
        id: scan.idOf(short),
        score: found.scores[short],
        words: found.matchedWords(short).sort(),
      }));
      // MiniSearch sorts by score, keeping the order it found them in among equals: the order a page is ranked in.
      const ranked = [...hits].sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
      expect(ranked).toEqual(
        expected.map((result) => ({ id: result.id, score: result.score, words: Object.keys(result.match).sort() })),
      );
    },
  );

  it('answers the same as MiniSearch when asked again, and after the index changes', () => {
    const { reference, scanned } = twoIndexes();
    const scan = scanner(scanned);
    expect(scan).not.toBeNull();
    if (!scan) return;
    const same = (query: string) => {
      const found = scan.scan(query, QUERY_OPTIONS);
      const hits = Array.from(found.hits.subarray(0, found.count), (short) => ({
        id: scan.idOf(short),
        score: found.scores[short],
      })).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
      expect(hits).toEqual(reference.search(query, QUERY_OPTIONS).map(({ id, score }) => ({ id, score })));
    };
    // As one types: each longer word looks up words the shorter one looked up (kept from it).
    for (const query of ['th', 'the', 'the p', 'the peopl', 'the people', 'th', 'vaccin', 'vaccine']) same(query);
    // A quote taken out and one added (as a reader's library changes): what was kept no longer holds.
    for (const search of [reference, scanned]) {
      search.discard('a5');
      search.add({ id: 'new', text: 'the people the vaccine' });
    }
    scan.changed();
    for (const query of ['the', 'the people', 'vaccine', 'the']) same(query);
  });

  it('finds nothing in an empty index', () => {
    const scan = scanner(new MiniSearch<{ id: string; text: string }>(INDEX_OPTIONS));
    expect(scan?.scan('the', QUERY_OPTIONS).count).toBe(0);
  });
});
