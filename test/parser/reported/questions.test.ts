// @vitest-environment node
/** Questions put to someone as a passive, whose asker the sentence does not name: an attribution with no speaker, cue `asked`. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('questions with no asker', () => {
  it.each([
    [
      'Senator Ann Ruiz was asked if the bill would pass the House this year.',
      'if the bill would pass the House this year',
    ],
    ['The mayor was also asked to leave the meeting before the vote.', 'to leave the meeting before the vote'],
    ['Okafor, who has been asked about the merger twice, did not answer.', 'about the merger twice'],
    ['When voters were asked who would bring change, the governor led easily.', 'who would bring change'],
  ])('reads %j', (sentence, question) => {
    expect(quotes(sentence)).toContainEqual(['indirect', question, null, 'asked']);
  });

  it('reads the answer after the question apart from it', () => {
    expect(quotes('Mayor Dale Okafor was asked whether he would run again, and he said he had not decided.')).toEqual([
      ['indirect', 'whether he would run again', null, 'asked'],
      ['indirect', 'he had not decided', 'Dale Okafor', 'said'],
    ]);
  });

  it('reads `when asked` as a question put to the one who answers, apart from the answer', () => {
    expect(quotes('When asked whether the bill would pass, Senator Ann Ruiz said she was hopeful.')).toEqual([
      ['indirect', 'whether the bill would pass', null, 'asked'],
      ['indirect', 'she was hopeful', 'Ann Ruiz', 'said'],
    ]);
    expect(quotes('The vote will be close, Ruiz said when asked about the tally.')).toEqual([
      ['indirect', 'The vote will be close', 'Ruiz', 'said'],
      ['indirect', 'about the tally', null, 'asked'],
    ]);
    expect(quotes('Ruiz, when repeatedly asked about the tally, smiled and left the room.')).toEqual([
      ['indirect', 'about the tally', null, 'asked'],
    ]);
  });

  it.each([
    'The mayor asked for a recount.',
    'The questions asked were hard.',
    'He was asked.',
    'The bill was asked about twice.',
    'After being asked to wait, the crowd went home.',
  ])('reads no question in %j', (sentence) => {
    expect(quotes(sentence)).toEqual([]);
  });
});
