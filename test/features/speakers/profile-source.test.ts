/**
 * A profile of stored articles is built from what each of the entry's names
 * said in each article (kept beside the name's record), not from the whole
 * articles: it must show exactly what the whole articles would.
 */
import { describe, expect, it } from 'vitest';
import { library } from './library-fixture';
import { peopleOf, profileOf } from './people-helpers';
import { thoughtArticle } from '../../fixtures/app/thought-article';

const articles = [...library, thoughtArticle];

describe('a profile from what its names said', () => {
  it('shows the same quotes, claims, denials and sayers as one from the whole articles, for every entry and act', () => {
    for (const entry of peopleOf(articles).entries)
      for (const act of [null, 'speech', 'thought'] as const) {
        const whole = profileOf(articles, entry.id, act).profile;
        const said = profileOf(articles, entry.id, act, 50, { from: 'said' }).profile;
        // The same items in the same order; each with the fields a profile shows (the whole ones have more).
        expect(whole, `${entry.id} ${act}`).toMatchObject(said);
      }
  });

  it('joins an article’s parts when the entry goes by two of its names there (a merge), once each', () => {
    // John Dorrian denied Sean Spicer's claim in the briefing: merged, both names' parts of it make the entry's.
    const overrides = [{ op: 'merge' as const, a: 'john dorrian', b: 'sean spicer' }];
    const whole = profileOf(articles, 'john-dorrian', null, 50, { overrides }).profile;
    const said = profileOf(articles, 'john-dorrian', null, 50, { from: 'said', overrides }).profile;
    expect(whole).toMatchObject(said);
    expect(said.claims.length + said.denials.length).toBeGreaterThan(0);
    const briefing = said.articles.find((a) => a.article.id === 'briefing');
    expect(briefing?.quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
  });
});
