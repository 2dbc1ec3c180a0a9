// @vitest-environment node
/** Speakers a reader met on real news pages: pairs of subjects, people set off with where they are from, bodies `it` stands for. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

const speakers = (...paragraphs: string[]) => quotes(...paragraphs).map(([, text, speaker]) => [text, speaker]);

describe('a pair of subjects joined by `and`', () => {
  it('is one group, a possessive after `and` included', () => {
    expect(speakers('Parata and his family believe the police acted too slowly.')).toEqual([
      ['the police acted too slowly', 'Parata and his family'],
    ]);
  });

  it.each([
    ['Both the union and the company said the talks would resume on Monday.'],
    ['The union and the company said the talks would resume on Monday.'],
  ])('is written as in the text, with both articles: %s', (sentence) => {
    expect(speakers(sentence)).toEqual([['the talks would resume on Monday', 'The union and the company']]);
  });
});

describe('a person set off with where they are from', () => {
  it('is the speaker when the place holds a comma of its own (a town and its state)', () => {
    expect(
      speakers(
        '"We lost everything," Johnnie Wilson, of Springfield, Va., said.',
        'Ann Lee, from Dayton, Ohio, said the storm took her roof.',
      ),
    ).toEqual([
      ['We lost everything', 'Johnnie Wilson'],
      ['the storm took her roof', 'Ann Lee'],
    ]);
  });
});
