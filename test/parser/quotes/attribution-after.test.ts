// @vitest-environment node
/** Attributions written after the quote with a verb no cue list holds: `"…," Trump barked`. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('a subject and a past-tense verb after a quote that ends in a comma', () => {
  it('attributes the quote to the subject, with the verb (and its particle) as the cue', () => {
    expect(
      quotes(
        '"Go back to Univision," Trump barked and a security guard escorted Ramos out.',
        '"The stock hasn\'t done well," Mr. Rubel pointed out.',
        '"You\'ve called women you don\'t like fat pigs," Kelly charged in her now-infamous assault.',
      ).map(([, text, speaker, cue]) => [text, speaker, cue]),
    ).toEqual([
      ['Go back to Univision', 'Trump', 'barked'],
      ["The stock hasn't done well", 'Rubel', 'pointed out'],
      ["You've called women you don't like fat pigs", 'Kelly', 'charged'],
    ]);
  });

  it('reads nothing from a verb with an object, or after a quoted phrase inside the writer’s sentence', () => {
    expect(
      quotes(
        'As for the mangling of "Hamas in the desert," Levine found it funny.',
        '"We will build it all again," Clinton unveiled a plan on Monday.',
      ).filter(([kind]) => kind !== 'indirect'),
    ).toEqual([['direct', 'We will build it all again', null, null]]);
  });
});
