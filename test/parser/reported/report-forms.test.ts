// @vitest-environment node
/**
 * Forms of `reported` and its sources: what a filing reports (`reported spending $6 million on ads`), and a
 * report named as the source of a clause (`As reported by X, CLAUSE`).
 */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('reported speech: what a report or a filing states', () => {
  it.each([
    [
      'Conservative outside groups reported spending $6 million attacking Clinton.',
      'spending $6 million attacking Clinton',
      'Conservative outside groups',
    ],
    [
      'Mr. Kasich reported having $1.3 million in cash on hand at the beginning of March.',
      'having $1.3 million in cash on hand at the beginning of March',
      'Kasich',
    ],
  ])('reads a gerund after `reported` as what was reported: %s', (text, content, speaker) => {
    expect(quotes(text)).toEqual([['indirect', content, speaker, 'reported']]);
  });

  it('reads no gerund object in a word in -ing that is not one, nor after the noun `report`', () => {
    expect(quotes('The senator reported during the hearing.')).toEqual([]);
    expect(quotes('The FEC report covering the last three months will offer a clearer picture.')).toEqual([]);
  });
});
