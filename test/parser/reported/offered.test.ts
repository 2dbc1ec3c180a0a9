// @vitest-environment node
/** Design B's reader of an offer whose object is what was said (reported/offered.ts). */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('a person offered something said', () => {
  it.each([
    [
      'At a summit in Salem, Ruiz offered a defense of the harbor bill.',
      ['indirect', 'a defense of the harbor bill', 'Ruiz', 'offered'],
    ],
    [
      'Mayor Tom Baker offered an olive branch to the council on Tuesday.',
      ['indirect', 'an olive branch to the council', 'Tom Baker', 'offered'],
    ],
  ])('reads %j: the object, without the time', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
  });

  it.each([
    'Global trade offers undeniable benefits.',
    'California offered a unique opportunity.',
    'Mourners were offered two kinds of stamps.',
    'Ann Ruiz offered up her seat.',
  ])('reads nothing in %j: a thing offers, a passive, or no object said', (sentence) => {
    expect(quotes(sentence)).toEqual([]);
  });
});
