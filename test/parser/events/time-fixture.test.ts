// @vitest-environment node
/**
 * A hand-written article dense with dates, durations and years in every form
 * (test/fixtures/articles/harbour-tunnel-dates.txt, published Friday 22 March
 * 2013): each expression's words, TIMEX3 type and value, and tense.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';

const article = parseArticle(readFileSync('test/fixtures/articles/harbour-tunnel-dates.txt', 'utf8'), {
  id: 'harbour-tunnel-dates',
});

describe('the harbour tunnel article', () => {
  it('is dated by its date line', () => {
    expect(article.published).toBe('2013-03-22T09:30');
  });

  it('finds every time expression with its value, in reading order', () => {
    expect(article.events.map((e) => [e.expression, e.timex?.type, e.timex?.value, e.tense])).toEqual([
      ['Friday', 'DATE', '2013-03-22', 'past'], // the article's own day
      ['two years', 'DURATION', 'P2Y', 'past'], // "two years later than planned"
      ['2011', 'DATE', '2011', 'past'], // a year without "in"
      ['the 1990s', 'DATE', '199', 'past'],
      ['March 2008', 'DATE', '2008-03', 'past'],
      ['14 February 2010', 'DATE', '2010-02-14', 'past'],
      ['two years', 'DURATION', 'P2Y', 'past'],
      ['2009', 'DATE', '2009', 'past'], // "from 2009": the preposition is not part of it
      ['about a week', 'DURATION', 'P1W', 'past'],
      ['the summer of 2011', 'DATE', '2011-SU', 'past'],
      ['three-month', 'DURATION', 'P3M', 'past'],
      ['three years ago', 'DATE', '2010', 'past'], // a year, not a day
      ['Last summer', 'DATE', '2012-SU', 'past'],
      ['yesterday', 'DATE', '2013-03-21', 'past'],
      ['decades', 'DURATION', 'PXE', 'past'],
      ['June', 'DATE', '2013-06', 'future'], // "may rise in June": a modal future
      ['next year', 'DATE', '2014', 'future'], // "is due to open next year"
      ['currently', 'DATE', 'PRESENT_REF', 'present'],
      ['recent months', 'DURATION', 'PXM', 'past'],
      ['the first quarter', 'DATE', '2013-Q1', 'past'],
      ['now', 'DATE', 'PRESENT_REF', 'present'],
    ]);
  });

  it('gives the calendar dates the timeline sorts by, and none to vague times', () => {
    const date = (words: string) => article.events.find((e) => e.expression === words)?.date;
    expect(date('2011')).toEqual({ start: '2011-01-01', end: '2011-12-31' });
    expect(date('the summer of 2011')).toEqual({ start: '2011-06-01', end: '2011-08-31' });
    expect(date('the first quarter')).toEqual({ start: '2013-01-01', end: '2013-03-31' });
    expect(date('about a week')).toEqual({ duration: 'P1W', qualifier: 'about' });
    expect(date('decades')).toBeNull();
    expect(date('now')).toBe('2013-03-22');
  });
});
