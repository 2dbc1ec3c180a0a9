// @vitest-environment node
/** A one-word answer after a speech verb (`said no`, `said yes`, `said so`) is what was said. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('reported speech: a one-word answer', () => {
  it('reads `said no` after a question put to the speaker', () => {
    expect(quotes('Asked if he was ever bullied, Mayor Tom Reyes said no.')).toEqual([
      ['indirect', 'no', 'Tom Reyes', 'said'],
    ]);
  });

  it('reads `said yes` and `said so` with a time after them, and `said no to …` with what was refused', () => {
    expect(quotes('Most members said yes on Tuesday.').map(([, text, , cue]) => [text, cue])).toEqual([
      ['yes', 'said'],
    ]);
    expect(quotes('Ana Ruiz said so in December.').map(([, text, name]) => [text, name])).toEqual([['so', 'Ana Ruiz']]);
    expect(quotes('Ana Ruiz said no to the new runway.').map(([, text]) => text)).toEqual(['no to the new runway']);
  });

  it('reads nothing from a negated verb, an infinitive or `so` that opens a clause', () => {
    expect(quotes('Ana Ruiz did not say so.')).toEqual([]);
    expect(quotes('It is too soon to say so.')).toEqual([]);
    expect(
      quotes('Ana Ruiz said so many voters stayed home that the count was low.').map(([, text]) => text),
    ).not.toEqual(['so']);
  });
});
