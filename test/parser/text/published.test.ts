import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoDateTimeSchema } from '@/article/schema';
import { parsePublishedLine } from '@/parser/text/published';

describe('parsePublishedLine', () => {
  it.each([
    ['24/01/2017 22:40 by admin', '2017-01-24T22:40', 'by admin'],
    ['January 24, 2017', '2017-01-24', ''],
    ['Jan. 24, 2017 10:40 p.m. ET', '2017-01-24T22:40', ''],
    ['Tuesday, 24 January 2017 22:40', '2017-01-24T22:40', ''],
    ['2017-01-24T22:40:00Z', '2017-01-24T22:40:00Z', ''],
    ['Published: 24 Jan 2017', '2017-01-24', ''],
    ['Updated 3:45 PM EST, January 24, 2017', '2017-01-24T15:45', ''],
    ['Posted on January 24, 2017 at 10:40 am by admin', '2017-01-24T10:40', 'by admin'],
    ['By Jane Doe | January 24, 2017', '2017-01-24', 'By Jane Doe'],
    ['24th January 2017, 9:05', '2017-01-24T09:05', ''],
    ['Updated: Tuesday, Jan. 24, 2017, 12:15 AM', '2017-01-24T00:15', ''],
    [
      'April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm',
      '2019-04-28T06:01',
      'Updated April 29, 2019 at 3:33 pm',
    ],
  ])('reads %j', (line, published, rest) => {
    expect(parsePublishedLine(line)).toEqual({ published, rest });
  });

  it('keeps an offset only when the line gives one', () => {
    expect(parsePublishedLine('2017-01-24 22:40 +0100')?.published).toBe('2017-01-24T22:40+01:00');
    expect(parsePublishedLine('24 Jan 2017 22:40 GMT')?.published).toBe('2017-01-24T22:40Z');
    expect(parsePublishedLine('January 24, 2017 10:40 GMT+5:30')?.published).toBe('2017-01-24T10:40+05:30');
    expect(parsePublishedLine('January 24, 2017 10:40 BST')?.published).toBe('2017-01-24T10:40');
  });

  it('reads a/b/YYYY day first unless the second number is over 12', () => {
    expect(parsePublishedLine('05/03/2017')?.published).toBe('2017-03-05');
    expect(parsePublishedLine('01/24/2017')?.published).toBe('2017-01-24');
    expect(parsePublishedLine('24.01.2017')?.published).toBe('2017-01-24');
  });

  it.each([
    ['a sentence containing a date', 'The meeting was held on January 24, 2017.'],
    ['a sentence starting with a date', 'January 24, 2017 was the coldest day of the year.'],
    ['a dateline paragraph', 'Washington: In a significant break from the policy of the erstwhile administration'],
    ['a date that does not exist', '31/02/2017 10:00'],
    ['a time without a date', 'Updated 10:40 PM ET'],
    ['an empty line', '   '],
  ])('returns null for %s', (_label, line) => {
    expect(parsePublishedLine(line)).toBeNull();
  });

  it('does not take an impossible time for a time', () => {
    expect(parsePublishedLine('January 24, 2017 25:61')).toBeNull();
  });

  it('always returns valid ISO 8601 or null on arbitrary lines', () => {
    const pieces = fc.constantFrom(
      '24/01/2017',
      '2017-01-24T22:40:00Z',
      'January',
      '24,',
      '2017',
      '10:40',
      'p.m.',
      'ET',
      'by',
      'admin',
      '|',
      'Published:',
      'Tuesday,',
      'GMT+1',
      '13/13/2013',
      'the',
      'was',
    );
    const line = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.array(pieces, { maxLength: 10 }).map((p) => p.join(' ')),
    );
    fc.assert(
      fc.property(line, (text) => {
        const result = parsePublishedLine(text);
        if (result) expect(IsoDateTimeSchema.safeParse(result.published).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
