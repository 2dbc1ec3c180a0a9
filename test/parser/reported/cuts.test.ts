// @vitest-environment node
/** Reported speech: where what was said is cut when the attribution stands inside a clause of the writer's (issue 14). */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('reported speech: cuts around the writer’s clauses', () => {
  it('ends what was said inside a relative clause where the main clause’s verb follows its comma', () => {
    expect(quotes('Ann Ruiz, who said she would run for the seat, ultimately did not file her papers.')).toEqual([
      ['indirect', 'she would run for the seat', 'Ann Ruiz', 'said'],
    ]);
  });

  it('keeps an aside inside what was said in a relative clause when its own verb follows', () => {
    expect(
      quotes('Ann Ruiz, who said the mayor, under fire for the delays, would do better to resign, spoke at noon.'),
    ).toEqual([['indirect', 'the mayor, under fire for the delays, would do better to resign', 'Ann Ruiz', 'said']]);
  });
});
