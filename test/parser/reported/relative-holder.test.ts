// @vitest-environment node
/** A statement or thought inside a relative `who` clause ends where the main clause resumes. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('content inside a relative clause', () => {
  it.each([
    ['Senators who wanted to attend the convention could be faced with an awkward choice.', 'to attend the convention'],
    [
      'Voters who believe the mainstream media are covering for Mrs. Clinton, are unlikely to be impressed.',
      'the mainstream media are covering for Mrs. Clinton',
    ],
  ])('ends before the main clause in %j', (sentence, content) => {
    expect(quotes(sentence).map((q) => q[1])).toEqual([content]);
  });
});
