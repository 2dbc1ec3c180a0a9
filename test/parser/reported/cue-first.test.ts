// @vitest-environment node
/** Design B, "cue first": each class of the cue lexicon opens an attribution the form rules left open. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('cue first: a cue of the lexicon opens an attribution', () => {
  // Each sentence is one the form rules alone leave unread (checked with design B off).
  it.each([
    [
      'an intention verb and its to-infinitive',
      'The mayor decided to close the bridge for repairs.',
      ['indirect', 'to close the bridge for repairs', 'Mayor', 'decided'],
    ],
    [
      'a stance whose noun object is the content',
      'Only four in ten voters favor a ban on the towers.',
      ['indirect', 'a ban on the towers', 'Only four in ten voters', 'favor'],
    ],
    [
      'evidence named before the clause',
      'In a Marist poll of city voters, Ruiz leads the race by nine points.',
      ['indirect', 'Ruiz leads the race by nine points', 'Marist', 'In'],
    ],
  ])('%s: %j', (_, sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
  });

  it.each([
    'In the morning, the ferry leaves at six.',
    'It announced nothing.',
    'Dale Okafor never predicted a close race.',
  ])('opens nothing in %j: no evidence, no one to announce, or a negated cue', (sentence) => {
    expect(quotes(sentence)).toEqual([]);
  });

  it('keeps what the form rules found: `said that` is read once', () => {
    expect(quotes('Ann Ruiz said that she wants the audit published.')).toEqual([
      ['indirect', 'she wants the audit published', 'Ann Ruiz', 'said'],
    ]);
  });
});
