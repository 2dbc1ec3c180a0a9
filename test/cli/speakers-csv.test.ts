// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergeSpeakers, speakersCsv } from '@/cli/speakers-csv';

describe('speakers report', () => {
  it('merges one speaker across articles, counting quotes and articles', () => {
    const rows = mergeSpeakers([
      [{ id: 'sean-spicer', name: 'Spicer', role: null, kind: 'person', quotes: 2 }],
      [
        { id: 'sean-spicer', name: 'Sean Spicer', role: 'press secretary', kind: 'person', quotes: 3 },
        { id: 'pentagon', name: 'Pentagon', role: null, kind: 'organization', quotes: 1 },
      ],
    ]);
    expect(rows).toEqual([
      { id: 'sean-spicer', name: 'Sean Spicer', role: 'press secretary', kind: 'person', quotes: 5, articles: 2 },
      { id: 'pentagon', name: 'Pentagon', role: null, kind: 'organization', quotes: 1, articles: 1 },
    ]);
  });

  it('quotes commas and quotation marks and defuses formulas', () => {
    const csv = speakersCsv([
      {
        id: 'john-dorrian',
        name: 'John Dorrian',
        role: 'Col., "chief" spokesman',
        kind: 'person',
        quotes: 1,
        articles: 1,
      },
      { id: 'x', name: '=HYPERLINK("evil")', role: null, kind: 'person', quotes: 0, articles: 1 },
    ]);
    expect(csv).toBe(
      'id,name,role,kind,quotes,articles\r\n' +
        'john-dorrian,John Dorrian,"Col., ""chief"" spokesman",person,1,1\r\n' +
        `x,"'=HYPERLINK(""evil"")",,person,0,1\r\n`,
    );
  });
});
