/**
 * A profile's first screen reads its names' stored records in date order
 * only as far as it needs (`pageEntryArticles`): it must show exactly the
 * articles a read of every record would, and say the same totals.
 */
import { describe, expect, it } from 'vitest';
import { articleOrderKey, type NameArticleRef } from '@/article';
import { entryArticles, entryQuoteTotal, pageArticles, pageEntryArticles } from '@/features/speakers';
import { library } from './library-fixture';
import { peopleOf, profileOf } from './people-helpers';
import { thoughtArticle } from '../../fixtures/app/thought-article';

const names = ['European Commission', 'the Commission'];

/** A seeded pseudo-random number in [0, 1). */
const random = (seed: number) => {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
};

/** 400 articles over a few days (many on one day), some undated; one name or both in each. */
function records(seed: number): NameArticleRef[] {
  const next = random(seed);
  const refs: NameArticleRef[] = [];
  for (let i = 0; i < 400; i += 1) {
    const day = Math.floor(next() * 4);
    const published = day === 3 ? null : `2017-01-2${day}T${String(Math.floor(next() * 24)).padStart(2, '0')}:00`;
    const title = `${['Budget', 'bridge', 'Élan', 'zoning'][Math.floor(next() * 4)]} story ${Math.floor(next() * 50)}`;
    const which = next();
    for (const [n, name] of names.entries()) {
      if ((n === 0 && which > 0.8) || (n === 1 && which < 0.6)) continue;
      const thoughts = next() < 0.2 ? 1 + Math.floor(next() * 2) : 0;
      const quotes = next() < 0.1 ? 0 : 1 + Math.floor(next() * 4);
      refs.push({
        name,
        kind: 'organization',
        articleId: `a${i}`,
        title,
        published,
        speakerIds: [`s${n}`],
        quotes,
        thoughts,
      });
    }
  }
  return refs;
}

/** The library's read: each name's first `count` records in the order it keeps them, and how many were read. */
function reader(refs: readonly NameArticleRef[]) {
  const sorted = names.map((name) =>
    refs.filter((ref) => ref.name === name).sort((a, b) => (articleOrderKey(a) < articleOrderKey(b) ? -1 : 1)),
  );
  const log = { read: 0 };
  const read = async (count: number) => {
    const lists = sorted.map((list) => list.slice(0, count));
    log.read += lists.reduce((sum, list) => sum + list.length, 0);
    return lists;
  };
  return { read, log };
}

describe('a profile’s first articles, read in date order', () => {
  it('are the ones a read of every record gives, for any act and length, and the first screen reads a few', async () => {
    for (const seed of [1, 2, 3]) {
      const refs = records(seed);
      const bundled = refs.filter((ref) => ref.articleId.endsWith('7'));
      const stored = refs.filter((ref) => !ref.articleId.endsWith('7'));
      for (const act of [null, 'speech', 'thought'] as const)
        for (const limit of [1, 50, 100, 5000])
          for (const first of [undefined, 1, 1000]) {
            const { read, log } = reader(stored);
            const { shown, shownQuotes } = await pageEntryArticles(read, bundled, act, limit, first);
            const whole = pageArticles(entryArticles(refs), act, limit);
            expect(shown, `seed ${seed} ${act} ${limit} ${first}`).toEqual(whole.shown);
            expect(shownQuotes).toBe(whole.shownQuotes);
            if (act === null && limit === 50 && first === undefined) expect(log.read).toBeLessThan(stored.length / 2);
          }
    }
  });

  it('reads past a day or title shared by many articles until the first screen is whole', async () => {
    const refs = records(4).map((ref) => ({ ...ref, published: '2017-01-24T10:00', title: 'Same title' }));
    const { read } = reader(refs);
    expect((await pageEntryArticles(read, [], null, 50)).shown).toEqual(
      pageArticles(entryArticles(refs), null, 50).shown,
    );
  });

  it('oldest day first, undated last, then by title whatever its case', () => {
    const ref = (articleId: string, published: string | null, title: string): NameArticleRef => ({
      name: 'Sean Spicer',
      kind: 'person',
      articleId,
      title,
      published,
      speakerIds: ['s'],
      quotes: 1,
      thoughts: 0,
    });
    const list = entryArticles([
      ref('undated', null, 'Any'),
      ref('later', '2017-02-01T08:00', 'Again'),
      ref('zoning', '2017-01-24T08:00', 'Zoning'),
      ref('bridge', '2017-01-24T20:00', 'bridge'),
    ]);
    expect(list.map((item) => item.id)).toEqual(['bridge', 'zoning', 'later', 'undated']);
  });
});

describe('a profile’s totals, from its names’ sums', () => {
  it('are what every record adds up to, for every entry and act', () => {
    const articles = [...library, thoughtArticle];
    for (const entry of peopleOf(articles).entries)
      for (const act of [null, 'speech', 'thought'] as const)
        expect(entryQuoteTotal(entry, act), `${entry.id} ${act}`).toBe(
          profileOf(articles, entry.id, act).page.totalQuotes,
        );
  });
});
