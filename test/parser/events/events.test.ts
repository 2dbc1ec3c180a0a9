import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '@/article';
import { detectEvents } from '@/parser/events/detect-events';

/** Paragraph blocks b1, b2, … from the given texts. */
function blocks(...texts: string[]): Block[] {
  return texts.map((text, i) => ({ id: `b${i + 1}`, kind: 'paragraph', text }));
}

/** The one event in one sentence, as [expression, date, tense]. */
function only(text: string, published: string | null = '2017-01-24T22:40') {
  const events = detectEvents(blocks(text), published);
  expect(events.map((e) => e.expression)).toHaveLength(1);
  const [event] = events;
  return event ? [event.expression, event.date, event.tense] : [];
}

/** Published Tuesday 24 January 2017, like the seed. */
const TUESDAY = '2017-01-24T22:40';

describe('detectEvents on the seed article', () => {
  const text = readFileSync('seeds/000_8f6650f81ca84753.txt', 'utf8');
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(2);
  const events = detectEvents(blocks(...paragraphs), TUESDAY);

  it('finds "Monday" twice ("on" is not part of the expression), as the Monday before publication, in the past', () => {
    const mondays = events.filter((e) => /monday/i.test(e.expression));
    expect(mondays.map((e) => [e.expression, e.date, e.tense])).toEqual([
      ['Monday', '2017-01-23', 'past'],
      ['Monday', '2017-01-23', 'past'],
    ]);
  });

  it('finds "Friday" as the coming Friday, in the future', () => {
    const friday = events.find((e) => e.expression === 'Friday');
    expect(friday?.date).toBe('2017-01-27');
    expect(friday?.tense).toBe('future');
    expect(friday?.text).toMatch(/^"I think he has ordered it," Spicer said, .* Pentagon Friday\.$/);
  });

  it('reads "more than two years" as a qualified duration', () => {
    const span = events.find((e) => e.expression === 'more than two years');
    expect(span?.date).toEqual({ duration: 'P2Y', qualifier: 'more than' });
    expect(span?.tense).toBe('past');
  });

  it('numbers the events in reading order and points each span at its words', () => {
    expect(events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
    const byId = new Map(blocks(...paragraphs).map((b) => [b.id, b.text]));
    for (const event of events) {
      expect(byId.get(event.span.blockId)?.slice(event.span.start, event.span.end)).toBe(event.expression);
      expect(event.blockId).toBe(event.span.blockId);
    }
  });

  it('takes no place, group or weekday-named paper for a date', () => {
    const expressions = events.map((e) => e.expression.toLowerCase());
    expect(expressions).not.toContain('washington');
    expect(expressions.join(' ')).not.toMatch(/isis|syria|baghdad/);
  });
});

describe('weekdays resolve by tense', () => {
  it('takes the past weekday on or before publication', () => {
    expect(only('The minister resigned on Tuesday.')).toEqual(['Tuesday', '2017-01-24', 'past']);
    expect(only('Police said on Sunday that two men were arrested.')).toEqual(['Sunday', '2017-01-22', 'past']);
    expect(only('On Thursday, the court ruled against the company.')).toEqual(['Thursday', '2017-01-19', 'past']);
  });

  it('takes the next weekday after publication for the future', () => {
    expect(only('The leaders will meet on Tuesday in Geneva.')).toEqual(['Tuesday', '2017-01-31', 'future']);
    expect(only('The union is expected to strike Thursday.')).toEqual(['Thursday', '2017-01-26', 'future']);
  });

  it('reads a present-tense paragraph as a schedule and a present-tense heading as past news', () => {
    expect(only('Voters go to the polls on Sunday.')).toEqual(['Sunday', '2017-01-29', 'future']);
    const heading: Block = { id: 'b1', kind: 'heading', text: 'Trump signs order Monday' };
    expect(detectEvents([heading], TUESDAY).map((e) => [e.expression, e.date, e.tense])).toEqual([
      ['Monday', '2017-01-23', 'past'],
    ]);
  });

  it('does not take the tense of a quote from its attribution', () => {
    expect(only('"The last crates arrive on Friday," the director said.')).toEqual(['Friday', '2017-01-27', 'future']);
    expect(only('"We met them on Friday," she says.')).toEqual(['Friday', '2017-01-20', 'past']);
  });

  it('reads quotes typed with backticks as quotes: a sentence ends before them, and their tense is their own', () => {
    expect(
      detectEvents(
        blocks("Ministers all voted to support the plan Friday. ``This will be seen as a turning point,'' she said."),
        TUESDAY,
      ).map((e) => [e.expression, e.date]),
    ).toEqual([['Friday', '2017-01-20']]);
    expect(only("``The last crates arrive on Friday,'' the director said.")).toEqual([
      'Friday',
      '2017-01-27',
      'future',
    ]);
  });

  it('gives an attribution with no verb of its own the tense of the quote it introduces', () => {
    expect(only("White House on Thursday: ``We have been subjected to false leaks.''")).toEqual([
      'Thursday',
      '2017-01-19',
      'past',
    ]);
  });

  it('reads a passive after "be" or "is" as no past tense', () => {
    expect(only('The dividend will be paid Friday.')).toEqual(['Friday', '2017-01-27', 'future']);
    expect(only('The case is heard on Friday in Boston.')).toEqual(['Friday', '2017-01-27', 'future']);
  });

  it('reads an un-…ed adjective as no past tense, and an un-…ed verb as one', () => {
    expect(only('The dividend will be paid on a still unspecified day in March.')).toEqual([
      'March',
      { start: '2017-03-01', end: '2017-03-31' },
      'future',
    ]);
    expect(only('Police will search the house they unsealed on Friday.')).toEqual(['Friday', '2017-01-20', 'past']);
  });

  it('measures the nearest verb by the gap between the words: "said Friday it would" is said on Friday', () => {
    expect(only('The union said Friday it would investigate the deaths.')).toEqual(['Friday', '2017-01-20', 'past']);
  });

  it('gives a clause after "saying" or "adding" the tense of the verb before it', () => {
    expect(only('Russia tried to soften the words, saying on Friday that the US must hold off.')).toEqual([
      'Friday',
      '2017-01-20',
      'past',
    ]);
  });

  it('reads "has scheduled" as pointing ahead, not back', () => {
    expect(only('The attorney has scheduled a news conference Thursday.')).toEqual([
      'Thursday',
      '2017-01-26',
      'future',
    ]);
  });

  it('reads "expects to" as the future, like "expected to"', () => {
    expect(only('The company said it expects to report results on Friday.')).toEqual([
      'Friday',
      '2017-01-27',
      'future',
    ]);
  });

  it('places "since" on or before publication', () => {
    expect(only('The law is in force since March.')).toEqual([
      'March',
      { start: '2016-03-01', end: '2016-03-31' },
      'past',
    ]);
  });

  it('follows "last" and "next" whatever the verbs', () => {
    expect(only('He says last Tuesday was the worst day.')).toEqual(['last Tuesday', '2017-01-17', 'past']);
    expect(only('Voting begins next Monday.')).toEqual(['next Monday', '2017-01-30', 'future']);
  });
});

describe('relative days and periods', () => {
  it('reads yesterday, today and tomorrow', () => {
    expect(only('The bridge collapsed yesterday.')).toEqual(['yesterday', '2017-01-23', 'past']);
    expect(only('Talks resume tomorrow.')).toEqual(['tomorrow', '2017-01-25', 'future']);
  });

  it('reads "last week" as the previous Monday-to-Sunday week', () => {
    expect(only('Prices rose sharply last week.')).toEqual([
      'last week',
      { start: '2017-01-16', end: '2017-01-22' },
      'past',
    ]);
  });

  it('reads "next month" and "this year" as calendar periods', () => {
    expect(only('The law takes effect next month.')).toEqual([
      'next month',
      { start: '2017-02-01', end: '2017-02-28' },
      'future',
    ]);
    expect(only('Sales have doubled this year.')).toEqual([
      'this year',
      { start: '2017-01-01', end: '2017-12-31' },
      'past',
    ]);
  });

  it('reads "two weeks ago" from the publication day', () => {
    expect(only('The ship sank two weeks ago.')).toEqual(['two weeks ago', '2017-01-10', 'past']);
  });

  it('reads a month by tense: past is the latest one, future the next', () => {
    expect(only('The factory closed in March.')).toEqual(['March', { start: '2016-03-01', end: '2016-03-31' }, 'past']);
    expect(only('The factory will close in March.')).toEqual([
      'March',
      { start: '2017-03-01', end: '2017-03-31' },
      'future',
    ]);
  });
});

describe('times anchored to a date the text named before', () => {
  /** Every event of one paragraph as [expression, TIMEX3 value]. */
  const values = (text: string) => detectEvents(blocks(text), TUESDAY).map((e) => [e.expression, e.timex?.value]);

  it('reads "the following year", "that year" and "the following month" from the last date named', () => {
    expect(values('He joined on May 22, 1995, and the following year he was promoted.')).toEqual([
      ['May 22, 1995', '1995-05-22'],
      ['the following year', '1996'],
    ]);
    expect(values('Imports totaled $37 million in 1988, a small share of the total that year.')).toEqual([
      ['1988', '1988'],
      ['that year', '1988'],
    ]);
    expect(values('In March, it got an offer. The following month, it put itself up for sale.')).toEqual([
      ['March', '2016-03'],
      ['The following month', '2016-04'],
    ]);
  });

  it('reads "the next morning" as the day after a named day, and an anchor across paragraphs', () => {
    const events = detectEvents(
      blocks('The hearing was on Jan. 10, 2017.', 'He appeared in court the next morning.'),
      TUESDAY,
    );
    expect(events.map((e) => [e.expression, e.date])).toEqual([
      ['Jan. 10, 2017', '2017-01-10'],
      ['the next morning', '2017-01-11'],
    ]);
  });

  it('leaves them out without a date to lean on, or with one too coarse', () => {
    expect(values('Later that year he resigned.')).toEqual([]);
    expect(values('In 2010 he left; that day was sad.')).toEqual([['2010', '2010']]);
  });

  it('keeps "over the next year" a duration from publication', () => {
    expect(values('In 2010 he left. Prices will rise over the next year.')).toEqual([
      ['2010', '2010'],
      ['the next year', 'P1Y'],
    ]);
  });
});

describe('explicit dates', () => {
  it('infers the year of "January 20" by tense', () => {
    expect(only('The inauguration took place on January 20.')).toEqual(['January 20', '2017-01-20', 'past']);
    expect(only('The summit will open on 20 February.')).toEqual(['20 February', '2017-02-20', 'future']);
    expect(only('The company was founded on December 5.')).toEqual(['December 5', '2016-12-05', 'past']);
  });

  it('keeps a year that is written', () => {
    expect(only('The treaty was signed on Jan. 20, 2015, in Paris.')).toEqual(['Jan. 20, 2015', '2015-01-20', 'past']);
  });

  it('reads "in 2016" as that calendar year', () => {
    expect(only('The mine reopened in 2016 after a long strike.')).toEqual([
      '2016',
      { start: '2016-01-01', end: '2016-12-31' },
      'past',
    ]);
  });
});

describe('durations', () => {
  it('reads "for three months" as exactly P3M and "about a decade" as about P10Y', () => {
    expect(only('He was held for three months.')).toEqual([
      'three months',
      { duration: 'P3M', qualifier: 'exactly' },
      'past',
    ]);
    expect(only('The war lasted about a decade.')).toEqual([
      'about a decade',
      { duration: 'P10Y', qualifier: 'about' },
      'past',
    ]);
  });

  it('does not take ages or rates for durations', () => {
    expect(detectEvents(blocks('A 45-year-old man, who is 45 years old, earns $9 a year.'), TUESDAY)).toEqual([]);
  });
});

describe('the longest lead-ins before a unit, weekday or month', () => {
  // The finders look for the unit, weekday, month or year first and read back a few words from it.
  it.each([
    [
      'Prices rose for more than twenty-one years.',
      'more than twenty-one years',
      { duration: 'P21Y', qualifier: 'more than' },
    ],
    [
      'It has run for upwards of a hundred years, he said.',
      'upwards of a hundred years',
      { duration: 'P100Y', qualifier: 'more than' },
    ],
    ['The talks were held over the past two weeks.', 'the past two weeks', { duration: 'P2W', qualifier: 'exactly' }],
    ['He has been here since last Monday morning.', 'last Monday morning', '2017-01-23'],
    [
      'They met earlier this week, although nobody said so.',
      'earlier this week',
      { start: '2017-01-23', end: '2017-01-24' },
    ],
    ['The plant closed in mid-March, although it reopened.', 'mid-March', { start: '2016-03-01', end: '2016-03-31' }],
    ['He visited,\u00a0on\u00a0Monday, the plant that closed.', 'Monday', '2017-01-23'],
  ])('%j', (text, expression, date) => {
    expect(only(text).slice(0, 2)).toEqual([expression, date]);
  });

  it('finds every expression of a block full of them, in reading order', () => {
    const text =
      'It opened in 1999, closed within three months and was sold two years ago. Sales fell in 2016\nand rose next month.';
    expect(detectEvents(blocks(text), TUESDAY).map((e) => e.expression)).toEqual([
      '1999',
      'three months',
      'two years ago',
      '2016',
      'next month',
    ]);
  });

  it('reads the tense of the last sentence of a block up to its end, not past it', () => {
    expect(
      detectEvents(blocks('The mill will reopen next month. It closed last week'), TUESDAY).map((e) => e.tense),
    ).toEqual(['future', 'past']);
  });
});

describe('things that are not times', () => {
  it.each([
    ['the name May', 'Prime Minister Theresa May said the talks were useful.'],
    ['a march', 'Thousands joined a march through the capital.'],
    ['the verb march', 'Protesters will march to parliament.'],
    ['a newspaper', 'The Sunday Times reported the leak.'],
    ['a shopping day', 'Shops opened early for Black Friday.'],
    ['the Fed', 'The Fed kept interest rates unchanged.'],
    ['a count', 'In 2000 cases the court found no fault.'],
    ['a paper named after a day', 'USA Today published the letter.'],
    ['a date-like name', 'A 9/11 memorial opened; the shop is open 24/7 and sales fell 3/4 of a point.'],
  ])('ignores %s', (_label, text) => {
    expect(detectEvents(blocks(text), TUESDAY)).toEqual([]);
  });
});

describe('without a publication date', () => {
  it('keeps absolute dates and durations and drops relative ones', () => {
    const events = detectEvents(
      blocks('On Monday he said the deal, signed on March 3, 2016, ran for two years and ends next month.'),
      null,
    );
    expect(events.map((e) => [e.expression, e.date])).toEqual([
      ['March 3, 2016', '2016-03-03'],
      ['two years', { duration: 'P2Y', qualifier: 'exactly' }],
    ]);
  });
});

describe('time zones', () => {
  it.each(['UTC', 'Pacific/Auckland', 'America/Los_Angeles'])('gives the same dates with TZ=%s', (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      const events = detectEvents(
        blocks('He said on Monday that talks would resume Friday. The inauguration was on January 20.'),
        '2017-01-24T23:59',
      );
      expect(events.map((e) => e.date)).toEqual(['2017-01-23', '2017-01-27', '2017-01-20']);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('robustness', () => {
  it('only reads paragraphs, headings and captions', () => {
    const credit: Block = { id: 'b1', kind: 'credit', text: 'Photo taken on Monday' };
    expect(detectEvents([credit], TUESDAY)).toEqual([]);
  });

  it('ignores a publication date that is not a date', () => {
    expect(detectEvents(blocks('It happened on Monday.'), '2017-13-45')).toEqual([]);
  });

  it('never throws on arbitrary text, and every span covers its expression', () => {
    const words = fc.constantFrom(
      'on',
      'Monday',
      'last',
      'week',
      'May',
      'in',
      'March',
      '2016',
      'more',
      'than',
      'two',
      'years',
      'ago',
      'said',
      'will',
      'January',
      '20,',
      'Jan.',
      'the',
      'Sunday',
      'Times',
      '.',
      ',',
      '"',
      'yesterday',
      'a',
      'decade',
      '3/4/2017',
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(words, { maxLength: 60 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(
        text,
        fc.option(fc.constantFrom(TUESDAY, '2017-01-24', '2020-02-29T00:00:00Z')),
        (body, published) => {
          const input = body.trim() ? blocks(body) : [];
          for (const event of detectEvents(input, published)) {
            expect(body.slice(event.span.start, event.span.end)).toBe(event.expression);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  // Sizes only: how long these take is for `npm run bench`, not for a test.
  it('reads 5 MB without a space or a full stop', () => {
    expect(detectEvents(blocks('x'.repeat(5_000_000)), TUESDAY)).toEqual([]);
  });

  // The 1 MB version of this block is timed by `npm run bench -- parser`.
  it('reads every weekday of a block made of nothing else, numbering them in order', () => {
    const text = 'He left on Monday and came back Friday, '.repeat(500);
    const events = detectEvents(blocks(text), TUESDAY);
    expect(events).toHaveLength(1_000);
    expect(events.at(-1)?.id).toBe('e1000');
    expect(events.at(-1)?.expression).toBe('Friday');
  });
});
