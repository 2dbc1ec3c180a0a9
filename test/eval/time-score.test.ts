// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreTimeDocument, timeFigures, type GoldTimex, type SystemTimex } from '@/eval';

const text = 'Talks began on Monday and lasted two years, until March 2019, at 9 a.m. daily.';

function at(words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length };
}

const gold: GoldTimex[] = [
  { tid: 't1', ...at('Monday'), type: 'DATE', value: '2019-01-07' },
  { tid: 't2', ...at('two years'), type: 'DURATION', value: 'P2Y' },
  { tid: 't3', ...at('March 2019'), type: 'DATE', value: '2019-03' },
  { tid: 't4', ...at('9 a.m.'), type: 'TIME', value: '2019-01-07T09:00' },
];

describe('scoreTimeDocument', () => {
  it('counts a leading preposition as a relaxed match but not a strict one', () => {
    const system: SystemTimex[] = [{ ...at('on Monday'), type: 'DATE', value: '2019-01-07' }];
    const { counts } = scoreTimeDocument('d', text, gold, system);
    expect(counts).toEqual({ gold: 3, system: 1, relaxed: 1, strict: 0, value: 1, type: 1 });
  });

  it('scores values and types over relaxed matches, and reports wrong values and misses', () => {
    const system: SystemTimex[] = [
      { ...at('Monday'), type: 'DATE', value: '2019-01-14' },
      { ...at('two years'), type: 'DATE', value: 'P2Y' },
      { ...at('daily'), type: 'DATE', value: 'XXXX' },
    ];
    const { counts, examples } = scoreTimeDocument('d', text, gold, system);
    expect(counts).toEqual({ gold: 3, system: 3, relaxed: 2, strict: 2, value: 1, type: 1 });
    expect(examples.map((e) => [e.kind, e.text])).toEqual([
      ['wrong value', 'Monday'],
      ['missed', 'March 2019'],
      ['false alarm', 'daily'],
    ]);
  });

  it('leaves out of precision an expression that only overlaps gold of an unscored type', () => {
    const system: SystemTimex[] = [{ ...at('9 a.m.'), type: 'DATE', value: '2019-01-07' }];
    const { counts } = scoreTimeDocument('d', text, gold, system);
    expect(counts.system).toBe(0);
    expect(scoreTimeDocument('d', text, gold, system, ['DATE', 'TIME']).counts.relaxed).toBe(1);
  });

  it('matches one system expression to one gold expression only', () => {
    const system: SystemTimex[] = [{ ...at('two years, until March 2019'), type: 'DURATION', value: 'P2Y' }];
    const { counts } = scoreTimeDocument('d', text, gold, system);
    expect(counts.relaxed).toBe(1);
  });
});

describe('timeFigures', () => {
  it('gives value F1 as value accuracy times relaxed F1', () => {
    const f = timeFigures({ gold: 10, system: 8, relaxed: 8, strict: 6, value: 6, type: 8 });
    expect(f.relaxed.precision).toBe(1);
    expect(f.relaxed.recall).toBeCloseTo(0.8);
    expect(f.strict.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(f.valueAccuracy).toBe(0.75);
    expect(f.valueF1).toBeCloseTo(0.75 * f.relaxed.f1);
    // The same as F1 with only right values counted as matches.
    expect(f.valueF1).toBeCloseTo((2 * (6 / 8) * (6 / 10)) / (6 / 8 + 6 / 10));
    expect(f.typeAccuracy).toBe(1);
  });
});
