// @vitest-environment node
/** A company's legal suffix after a comma (`Grant & Hale, LLP`) stays part of its name, never a speaker alone. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('a company name with a legal suffix after a comma', () => {
  it.each([
    ['Grant & Hale, LLP said the accounts were sound.', 'Grant & Hale, LLP'],
    ['Meridian Freight, LLC said the strike would end soon.', 'Meridian Freight, LLC'],
    ['Northgate Foods, PLC said the recall was over.', 'Northgate Foods, PLC'],
  ])('reads `%s` as said by the whole company', (text, speaker) => {
    expect(quotes(text).map(([, , name]) => name)).toEqual([speaker]);
  });

  it.each([
    ['Auditors at Grant & Hale, LLP said the accounts were sound.', 'Auditors'],
    ['Analysts at Acme Holdings, Ltd. said rates would rise.', 'Analysts at Acme Holdings, Ltd.'],
    ['Analysts at Morgan Stanley & Co., Inc. said rates would rise.', 'Analysts at Morgan Stanley & Co., Inc.'],
  ])('keeps the suffix with the company when it follows a preposition, never `LLP` alone: `%s`', (text, speaker) => {
    expect(quotes(text).map(([, , name]) => name)).toEqual([speaker]);
  });
});
