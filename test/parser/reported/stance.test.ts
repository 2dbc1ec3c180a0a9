// @vitest-environment node
/** Design B's stance reader (reported/stance.ts), and a refusal to comment with nothing said about what. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { quotesOf as quotes } from '../helpers';

/** Each quote's act, in reading order. */
function acts(sentence: string): string[] {
  return parseArticle(`Title of the story\n\n${sentence}`, { id: 't' }).quotes.map((q) => q.act);
}

describe('a stance held by a share of voters, the whole subject of its clause', () => {
  it.each([
    [
      'About three-quarters support a ban on new towers along the harbor.',
      ['indirect', 'a ban on new towers along the harbor', 'About three-quarters', 'support'],
    ],
    [
      'Most older voters preferred the mayor while about 6 in 10 young voters supported Dale Okafor.',
      ['indirect', 'Dale Okafor', 'Young voters', 'supported'],
    ],
  ])('reads %j', (sentence, expected) => {
    expect(quotes(sentence)).toContainEqual(expected);
  });

  it("ends a share's object before the next share's clause", () => {
    expect(quotes('Among likely voters, 5 percent prefer Dale Okafor and 1 percent support Ann Ruiz.')).toEqual([
      ['indirect', 'Dale Okafor', '5 percent', 'prefer'],
      ['indirect', 'Ann Ruiz', '1 percent', 'support'],
    ]);
  });

  it.each(['About three-quarters support a ban on new towers.', 'Ann Ruiz opposes the harbor tower.'])(
    'marks a stance as a thought, what the holder wants: %j',
    (sentence) => {
      expect(acts(sentence)).toEqual(['thought']);
    },
  );

  it('reads `backed` with its subject: an act of public support, speech', () => {
    const sentence = 'Pate backed both Ann Ruiz and Tom Baker for the council.';
    expect(quotes(sentence)).toEqual([['indirect', 'both Ann Ruiz and Tom Baker for the council', 'Pate', 'backed']]);
    expect(acts(sentence)).toEqual(['speech']);
  });

  it.each([
    'The delegates are free to support the candidate of their choice.',
    'The plan was backed by the council.',
    'Voters who backed Ann Ruiz last year stayed home.',
    'The ferry backed away from the pier.',
    'Ann Ruiz won 48 percent support in the city.',
  ])('reads nothing in %j: an infinitive, a passive, a relative clause, a movement or a noun', (sentence) => {
    expect(quotes(sentence)).toEqual([]);
  });
});

describe('a refusal to comment', () => {
  it.each([
    [
      'The Carson campaign declined to comment for this story.',
      ['indirect', 'to comment', 'Carson campaign', 'declined'],
    ],
    [
      'Some senators declined to comment, not wanting to anger activists.',
      ['indirect', 'to comment', 'Some senators', 'declined'],
    ],
  ])('is just `to comment` in %j', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
  });

  it('goes on when the comment is about something', () => {
    expect(quotes('The agency declined to comment on the data program.')).toEqual([
      ['indirect', 'to comment on the data program', 'Agency', 'declined'],
    ]);
  });
});
