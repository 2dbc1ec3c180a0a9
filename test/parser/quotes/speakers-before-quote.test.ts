// @vitest-environment node
/** Who says a direct quote when the attribution stands before it. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('an attribution before the quote, with a time first', () => {
  it.each([
    [
      'However, the Smithsonian Institution said Thursday on Twitter, "We never asked for the gun."',
      ['direct', 'We never asked for the gun.', 'Smithsonian Institution', 'said'],
    ],
    [
      'Mayor Ann Ruiz said Monday: “The bridge will open in May.”',
      ['direct', 'The bridge will open in May.', 'Ann Ruiz', 'said'],
    ],
  ])('reads %j', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
  });
});
