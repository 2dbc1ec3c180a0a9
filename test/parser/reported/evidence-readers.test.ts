// @vitest-environment node
/** Design B's evidence readers (reported/evidence.ts): an evidence noun with a participle of showing. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { quotesOf as quotes } from '../helpers';

describe('an evidence noun, then showing, finding or suggesting', () => {
  it.each([
    [
      'Ruiz trails badly, with two new polls showing her nine points behind the mayor.',
      ['indirect', 'her nine points behind the mayor', 'Two new polls', 'showing'],
    ],
    [
      'The council released records showing the bridge had failed two inspections.',
      ['indirect', 'the bridge had failed two inspections', 'Records', 'showing'],
    ],
    [
      'The city paid for a survey finding that most residents want the ferry back.',
      ['indirect', 'most residents want the ferry back', 'Survey', 'finding'],
    ],
  ])('reads %j, the evidence as its source, as speech (a poll publishes; it does not think)', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
    expect(parseArticle(`Title of the story\n\n${sentence}`, { id: 't' }).quotes.map((q) => q.act)).toEqual(['speech']);
  });

  it.each(['The crew kept showing the visitors around the harbor.', 'The polls were finding their way into the news.'])(
    'reads nothing in %j: no evidence noun before the participle, or no participle after it',
    (sentence) => {
      expect(quotes(sentence)).toEqual([]);
    },
  );
});

describe('evidence that closes the sentence after a comma', () => {
  it.each([
    [
      'Much of that money came from companies that no longer exist, campaign and corporate records show.',
      [
        'indirect',
        'Much of that money came from companies that no longer exist',
        'Campaign and corporate records',
        'show',
      ],
    ],
    [
      'The ferry ran late on most days last year, city records show.',
      ['indirect', 'The ferry ran late on most days last year', 'City records', 'show'],
    ],
  ])('reads %j as the clause before the comma', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
  });
});
