import { describe, expect, it } from 'vitest';
import { ArticleSchema, SCHEMA_VERSION, type Block } from '@/article';
import { detectEvents } from '@/parser/events/detect-events';

/** Published Thursday 2 November 1989 unless a test says otherwise. */
const PUBLISHED = '1989-11-02';

function blocks(...texts: string[]): Block[] {
  return texts.map((text, i) => ({ id: `b${i + 1}`, kind: 'paragraph', text }));
}

/** Each expression with its TIMEX3 type and value. */
function timexes(text: string | string[], published: string | null = PUBLISHED) {
  const texts = Array.isArray(text) ? text : [text];
  return detectEvents(blocks(...texts), published).map((e) => [e.expression, e.timex?.type, e.timex?.value]);
}

describe('extents follow TimeML', () => {
  it.each([
    ['The plant opened in 2016.', '2016'],
    ['The vote was held on Monday.', 'Monday'],
    ['Talks have run since March.', 'March'],
    ['The strike lasted for two years.', 'two years'],
    ['Sales grew over the past two years.', 'the past two years'],
  ])('%s -> "%s"', (text, expression) => {
    expect(timexes(text).map(([words]) => words)).toEqual([expression]);
  });

  it('keeps a qualifier that belongs to the duration', () => {
    expect(timexes('It took more than two years.')).toEqual([['more than two years', 'DURATION', 'P2Y']]);
  });
});

describe('years without "in"', () => {
  it.each([
    [
      'the crisis of 2008-2009 hurt banks',
      [
        ['2008', 'DATE', '2008'],
        ['2009', 'DATE', '2009'],
      ],
    ],
    ['a 2015 ruling struck the law down', [['2015', 'DATE', '2015']]],
    ['Smith, who in 2011 resigned, spoke.', [['2011', 'DATE', '2011']]],
  ])('%s', (text, expected) => {
    expect(timexes(text)).toEqual(expected);
  });

  it('leaves counts, prices and numbered things alone', () => {
    expect(timexes('The firm hired 2000 workers and paid $1995 for Flight 1998, up 1990%.')).toEqual([]);
  });
});

describe('decades, quarters and seasons', () => {
  it('reads a decade as its first three digits', () => {
    expect(timexes('Prices soared in the 1990s.')).toEqual([['the 1990s', 'DATE', '199']]);
  });

  it('reads quarters, placing one without a year in the last year it has begun', () => {
    expect(timexes('Profit rose in the third quarter.')).toEqual([['the third quarter', 'DATE', '1989-Q3']]);
    expect(timexes('Fourth-quarter sales were weak.')).toEqual([['Fourth-quarter', 'DATE', '1989-Q4']]);
    expect(timexes('Fourth-quarter sales were weak.', '1989-08-02')).toEqual([['Fourth-quarter', 'DATE', '1988-Q4']]);
    expect(timexes('Fourth-quarter sales will be weak.', '1989-08-02')).toEqual([
      ['Fourth-quarter', 'DATE', '1989-Q4'],
    ]);
    expect(timexes('Sales in the second quarter of 1987 fell.')).toEqual([
      ['the second quarter of 1987', 'DATE', '1987-Q2'],
    ]);
    expect(timexes('Traffic jumped 14% in the quarter.')).toEqual([['the quarter', 'DATE', '1989-Q3']]);
    expect(timexes('Earnings fell from the year-earlier quarter.')).toEqual([
      ['the year-earlier quarter', 'DATE', '1988-Q3'],
    ]);
  });

  it('reads "year-earlier" and "the latest period" as the quarter last reported, a year before or not', () => {
    expect(timexes('The year-earlier results included a gain.')).toEqual([['year-earlier', 'DATE', '1988-Q3']]);
    expect(timexes('Sales in the latest period were $1.76 billion.')).toEqual([
      ['the latest period', 'DATE', '1989-Q3'],
    ]);
    expect(timexes('It was a difficult period for the firm.')).toEqual([]);
  });

  it('does not read a quarter of something as a time', () => {
    expect(timexes('A quarter of the vote went to him.')).toEqual([]);
  });

  it('reads "a year earlier" after a named quarter as that quarter a year before', () => {
    expect(timexes(['Net income rose in the third quarter.', 'A year earlier, the company lost $2 million.'])).toEqual([
      ['the third quarter', 'DATE', '1989-Q3'],
      ['A year earlier', 'DATE', '1988-Q3'],
    ]);
    expect(timexes('A year earlier, the company lost $2 million.')).toEqual([['A year earlier', 'DATE', '1988']]);
  });

  it('reads seasons placed by a word or a year, not the verb "fall"', () => {
    expect(timexes('The bridge closed last fall.')).toEqual([['last fall', 'DATE', '1988-FA']]);
    expect(timexes('It opens this summer.')).toEqual([['this summer', 'DATE', '1989-SU']]);
    expect(timexes('The winter of 1984 was cold.')).toEqual([['The winter of 1984', 'DATE', '1984-WI']]);
    expect(timexes('Prices fall when supply rises.')).toEqual([]);
  });
});

describe('a quarter or period named by its year', () => {
  it('reads "the 1988 quarter" and "the 1989 period" as the quarter last reported, of that year', () => {
    expect(timexes('Profit fell in the quarter. In the 1988 quarter, it rose.')).toEqual([
      ['the quarter', 'DATE', '1989-Q3'],
      ['the 1988 quarter', 'DATE', '1988-Q3'],
    ]);
    expect(timexes('In the 1989 period, interest expense rose.')).toEqual([['the 1989 period', 'DATE', '1989-Q3']]);
  });
});

describe('a whole number and a half', () => {
  it('reads "2 1/2 years" and "5 1/2 hours" with the half in the next smaller unit', () => {
    expect(timexes('They lived in camps for 2 1/2 years.')).toEqual([['2 1/2 years', 'DURATION', 'P2Y6M']]);
    expect(timexes('She spent about 5 1/2 hours in Nairobi.')).toEqual([['5 1/2 hours', 'DURATION', 'PT5H30M']]);
  });
});

describe('deadlines', () => {
  it('places a month or a day after "until" or "by" at the occurrence nearest publication, whatever the verb', () => {
    expect(timexes('The board gave Merieux until mid-November to submit more papers.', '1989-10-30')).toEqual([
      ['mid-November', 'DATE', '1989-11'],
    ]);
    expect(timexes('The program was meant to pay down the loan by February.', '1989-10-30')).toEqual([
      ['February', 'DATE', '1990-02'],
    ]);
    expect(timexes('A court ordered that he remain in Miami until March 6.', '2000-01-15')).toEqual([
      ['March 6', 'DATE', '2000-03-06'],
    ]);
  });
});

describe('a month with "this year", "last year" or "next year"', () => {
  it('reads them as one expression, the month of that year', () => {
    expect(timexes('In January this year, police took over.')).toEqual([['January this year', 'DATE', '1989-01']]);
    expect(timexes('But in June last year, the leaders fell out.')).toEqual([['June last year', 'DATE', '1988-06']]);
    expect(timexes('They will join in April next year.')).toEqual([['April next year', 'DATE', '1990-04']]);
  });
});

describe('"the year" and "the week" standing alone', () => {
  it('reads them as publication\'s year or week, and as a length after "for"', () => {
    expect(timexes('Shipments were delayed earlier in the year.')).toEqual([['the year', 'DATE', '1989']]);
    expect(timexes('The index fell 2% in the week.')).toEqual([['the week', 'DATE', '1989-W44']]);
    expect(timexes('For the year, volume rose 3%.')).toEqual([['the year', 'DURATION', 'P1Y']]);
  });

  it('leaves them alone inside longer names and phrases', () => {
    expect(
      timexes('She was named player of the year, and the week-long fair and the year two thousand drew crowds.'),
    ).toEqual([]);
  });
});

describe('durations', () => {
  it.each([
    ['a 10-year plan', '10-year', 'P10Y'],
    ['a five year low', 'five year', 'P5Y'],
    ['after a 16-hour flight', '16-hour', 'PT16H'],
    ['She waited five hours.', 'five hours', 'PT5H'],
    ['He spoke for nearly an hour.', 'nearly an hour', 'PT1H'],
    ['Prices have risen in recent months.', 'recent months', 'PXM'],
    ['The feud has gone on for decades.', 'decades', 'PXE'],
    ['It took several years.', 'several years', 'PXY'],
    ['It will not change for a couple of years.', 'a couple of years', 'P2Y'],
    ['The talks lasted a couple of days.', 'a couple of days', 'P2D'],
    ['about a week later', 'about a week', 'P1W'],
  ])('%s -> %s = %s', (text, expression, value) => {
    expect(timexes(text)).toEqual([[expression, 'DURATION', value]]);
  });

  it('takes a capitalised unit for a name', () => {
    expect(timexes('He said on "60 Minutes" that he would run.')).toEqual([]);
  });
});

describe('the present and vague times', () => {
  it.each([
    ['The company now employs 300 people.', 'now', 'PRESENT_REF'],
    ['It currently has 87 stores.', 'currently', 'PRESENT_REF'],
    ['The law was recently changed.', 'recently', 'PAST_REF'],
    ['Nobody knows what the future holds.', 'the future', 'FUTURE_REF'],
  ])('%s -> %s', (text, expression, value) => {
    expect(timexes(text)).toEqual([[expression, 'DATE', value]]);
  });

  it('dates the present on the publication day and leaves vague times out of the calendar', () => {
    const [now, recently] = detectEvents(blocks('It now sells what it recently bought.'), PUBLISHED);
    expect(now?.date).toBe('1989-11-02');
    expect(recently?.date).toBeNull();
  });

  it('reads "now that", "until now" and "for now," as the present, as TimeML does', () => {
    expect(timexes('It is the only outlet now that the port is shut.')).toEqual([['now', 'DATE', 'PRESENT_REF']]);
    expect(timexes('He has until now been described as a witness.')).toEqual([['now', 'DATE', 'PRESENT_REF']]);
    expect(timexes('For now, the embassy stays closed.')).toEqual([['now', 'DATE', 'PRESENT_REF']]);
  });

  it('reads a capitalised "Today" or "Right now" opening a quote typed with backticks', () => {
    expect(timexes("``Today, I am here to tell you we have him,'' he said.")).toEqual([
      ['Today', 'DATE', '1989-11-02'],
    ]);
    expect(timexes("``Right now my evidence is scant,'' she said.")).toEqual([['Right now', 'DATE', 'PRESENT_REF']]);
  });

  it('does not read "now" as a time in a turn of talk or in "from now on"', () => {
    expect(timexes('Now, he says, it is done. From now on it will be different.')).toEqual([]);
  });

  it('reads "today\'s" before a noun as the present age, not the day', () => {
    expect(timexes("It is the chip of today's computers.")).toEqual([]);
  });
});

describe('granularity', () => {
  it.each([
    ['He left three years ago.', 'three years ago', '1986'],
    ['He left two months ago.', 'two months ago', '1989-09'],
    ['He left two weeks ago.', 'two weeks ago', '1989-W42'],
    ['He left three days ago.', 'three days ago', '1989-10-30'],
    ['They met last week.', 'last week', '1989-W43'],
    ['They met last month.', 'last month', '1989-10'],
    ['They met last year.', 'last year', '1988'],
    ['They met over the weekend.', 'the weekend', '1989-W43-WE'],
  ])('%s -> %s', (text, expression, value) => {
    expect(timexes(text)).toEqual([[expression, 'DATE', value]]);
  });
});

describe('tense from the nearest verb group', () => {
  // Published 15 February 2017: June is ahead, and last June is 2016.
  const FEB = '2017-02-15';
  it.each([
    ['Officials said prices may rise in June.', '2017-06'],
    ['Officials said prices could rise in June.', '2017-06'],
    ['Officials said prices will rise in June.', '2017-06'],
    ['The museum is due to open in June.', '2017-06'],
    ['Officials said prices rose in June.', '2016-06'],
    ['Officials said prices may have risen in June.', '2016-06'],
  ])('%s -> %s', (text, value) => {
    expect(timexes(text, FEB)).toEqual([['June', 'DATE', value]]);
  });

  it('reads "on Friday" in an article dated that Friday as that day', () => {
    expect(timexes('The minister resigned on Friday.', '2017-01-27')).toEqual([['Friday', 'DATE', '2017-01-27']]);
  });

  it('takes a day and month within weeks of publication over one most of a year away', () => {
    expect(timexes('The company extended the offer to Nov. 20.')).toEqual([['Nov. 20', 'DATE', '1989-11-20']]);
    expect(timexes('The company said it met on Dec. 28.', '1990-01-03')).toEqual([['Dec. 28', 'DATE', '1989-12-28']]);
  });

  it('leaves "the day before" to the day the story names rather than reading it from publication', () => {
    expect(timexes('He was last seen Nov. 3, the day before a warrant was issued.')).toEqual([
      ['Nov. 3', 'DATE', '1989-11-03'],
    ]);
  });

  it('does not read fractions as dates', () => {
    expect(timexes('The stock rose 4 5/8 to 112 5/8 and the notes pay 12 3/4%.')).toEqual([]);
  });
});

describe('the Article schema', () => {
  it('accepts events with a TIMEX3 value and no calendar date', () => {
    const events = detectEvents(blocks('It recently rose and now trades for years.'), PUBLISHED);
    const result = ArticleSchema.safeParse({
      schemaVersion: SCHEMA_VERSION,
      id: 'a',
      title: 'T',
      published: PUBLISHED,
      byline: null,
      dateline: null,
      credit: null,
      blocks: blocks('It recently rose and now trades for years.'),
      speakers: [],
      quotes: [],
      claims: [],
      events,
    });
    expect(result.success).toBe(true);
    expect(events.map((e) => e.timex?.value)).toEqual(['PAST_REF', 'PRESENT_REF', 'PXY']);
  });
});
