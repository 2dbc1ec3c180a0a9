// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateLabel, durationWords } from '@/features/timeline/lib/date-label';
import { granularityOf } from '@/features/timeline/lib/granularity';
import { shapeTimeline } from '@/features/timeline/lib/order-events';
import { parseArticle } from '@/parser';

const article = parseArticle(readFileSync('test/fixtures/articles/harbour-tunnel-dates.txt', 'utf8'), {
  id: 'harbour-tunnel-dates',
});
const byWords = (words: string) => {
  const event = article.events.find((e) => e.expression === words);
  if (!event) throw new Error(`no event "${words}"`);
  return event;
};

describe('granularityOf', () => {
  it('names the granularity of each kind of TIMEX3 value', () => {
    expect(
      [
        '2010',
        '2013-03',
        '2013-03-22',
        '2013-W12',
        '2013-W12-WE',
        '1989-Q3',
        '1998-FA',
        '199',
        'P2Y',
        'PRESENT_REF',
        'PAST_REF',
      ].map(granularityOf),
    ).toEqual([
      'year',
      'month',
      'day',
      'week',
      'weekend',
      'quarter',
      'season',
      'decade',
      'duration',
      'present',
      'vague',
    ]);
  });
});

describe('dateLabel', () => {
  it.each([
    ['2011', '2011'],
    ['March 2008', 'March 2008'],
    ['14 February 2010', 'Sunday 14 February 2010'],
    ['three years ago', '2010'],
    ['the 1990s', 'the 1990s'],
    ['the summer of 2011', 'Summer 2011'],
    ['the first quarter', 'the first quarter of 2013'],
    ['about a week', 'about 1 week'],
    ['three-month', '3 months'],
  ])('gives "%s" as "%s"', (words, label) => {
    expect(dateLabel(byWords(words)).words).toBe(label);
  });

  it('writes durations in hours and minutes too', () => {
    expect(durationWords('PT5H')).toBe('5 hours');
    expect(durationWords('P1Y6M')).toBe('1 year, 6 months');
    expect(durationWords('PT1H30M')).toBe('1 hour, 30 minutes');
  });
});

describe('shapeTimeline', () => {
  const { entries, vague } = shapeTimeline(article.events, article.published);

  it('attaches each duration to the dated event of its sentence', () => {
    const shaft = entries.find((e) => e.kind === 'event' && e.event.expression === '2009');
    expect(shaft?.kind === 'event' && shaft.durations.map((d) => d.expression)).toEqual(['two years']);
    const extension = entries.find((e) => e.kind === 'event' && e.event.expression === 'three years ago');
    expect(extension?.kind === 'event' && extension.durations.map((d) => d.expression)).toEqual(['three-month']);
    expect(entries.some((e) => e.kind === 'duration')).toBe(false);
  });

  it('puts the present with the publication and keeps vague times apart', () => {
    const publication = entries.find((e) => e.kind === 'published');
    expect(publication?.kind === 'published' && publication.present.map((e) => e.expression)).toEqual([
      'currently',
      'now',
    ]);
    expect(vague.map((e) => e.expression)).toEqual(['decades', 'recent months']);
  });

  it('lists a duration with no dated event beside it after the dated ones', () => {
    const lone = parseArticle('Title\n\nThe strike lasted five weeks. It ended on 3 May 2012.', { id: 'x' });
    const shape = shapeTimeline(lone.events, null);
    expect(shape.entries.map((e) => (e.kind === 'duration' ? `duration ${e.event.expression}` : e.kind))).toEqual([
      'event',
      'duration five weeks',
    ]);
  });
});
