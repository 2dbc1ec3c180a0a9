// @vitest-environment node
/**
 * A British-style article (test/fixtures/articles/ferry-timetable-row): quotes
 * in ‘…’, “…” nested inside them, and apostrophes of every kind (`don’t`,
 * `fleet’s`, `voters’`, `’90s`, `rock ’n’ roll`) that must not open or close one.
 */
import { describe, expect, it } from 'vitest';
import { parseFixture, quoteStarting, slice } from '../helpers';

describe('single quotation marks as the quote marks (ferry-timetable-row)', () => {
  const article = parseFixture('ferry-timetable-row');

  it('finds every ‘…’ quote with its exact words, nested “…” inside, and nothing cut at an apostrophe', () => {
    expect(article.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['indirect', 'plans to cut winter ferry sailings, the deepest cuts to the service since the ’90s'],
      ['direct', 'This timetable was written by people who have never had to catch the last boat home'],
      ['indirect', 'the changes were needed to keep older vessels in service'],
      [
        'direct',
        'We don’t take these decisions lightly. The fleet’s age means every crossing we cancel in winter is a crossing we can guarantee in summer',
      ],
      ['mixed', 'the company had dismissed the complaints as ‘teething problems’ and refused to meet islanders'],
      [
        'direct',
        'Our guests read “last sailing 4pm” and simply book somewhere else. The voters’ patience has run out.',
      ],
      ['direct', 'If they won’t listen to us, they will listen to the ballot box'],
    ]);
  });

  it('attributes each ‘…’ quote to its speaker by its cue', () => {
    const who = (start: string) => {
      const quote = quoteStarting(article, start);
      return [quote.speakerId, quote.cue, slice(article, quote.sourceSpan)];
    };
    expect(who('This timetable')).toEqual(['morag-fraser', 'said', 'councillor Morag Fraser']);
    expect(who('We don’t')).toEqual(['spokeswoman', 'said', 'a spokeswoman']);
    expect(who('the company had dismissed')).toEqual(['morag-fraser', 'said', 'Fraser']);
    expect(who('Our guests')).toEqual(['james-kerr', 'said', 'Hotel owner James Kerr']);
    expect(who('If they won’t')).toEqual(['james-kerr', 'added', 'he']);
  });
});
