// @vitest-environment node
/** Thoughts, beliefs and intentions the writer attributes to someone: which are found, with what cue and speaker. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('thoughts with a bare clause', () => {
  it.each([
    [
      'Senator Ann Ruiz believed Moscow was acting against the treaty.',
      ['indirect', 'Moscow was acting against the treaty', 'Ann Ruiz', 'believed'],
    ],
    [
      'Gov. Dale Okafor hopes his endorsement will give him a boost on Tuesday.',
      ['indirect', 'his endorsement will give him a boost on Tuesday', 'Dale Okafor', 'hopes'],
    ],
    [
      'Many economists fear the tariffs could cost thousands of jobs.',
      ['indirect', 'the tariffs could cost thousands of jobs', 'Many economists', 'fear'],
    ],
    [
      'The mayor, Jane Doe, knew the bridge would not open in May.',
      ['indirect', 'the bridge would not open in May', 'Jane Doe', 'knew'],
    ],
  ])('reads %j', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
  });

  it.each([
    'Ann Ruiz thinks so.',
    'Dale Okafor knew the area well after years in the city.',
    'Jane Doe hoped for the best.',
  ])('reads no thought in %j, where no clause follows', (sentence) => {
    expect(quotes(sentence)).toEqual([]);
  });
});

describe('nouns of saying and thinking as cues', () => {
  it.each([
    [
      'Critics recalled Ann Ruiz’s repeated statements during the campaign that she would cut taxes.',
      ['indirect', 'she would cut taxes', 'Ann Ruiz', 'statements'],
    ],
    [
      'Dale Okafor met the board. The vote did not shake his belief that the merger will fail.',
      ['indirect', 'the merger will fail', 'Dale Okafor', 'belief'],
    ],
    [
      'The vote came days after Mayor Dale Okafor’s assurances that the plant would stay open.',
      ['indirect', 'the plant would stay open', 'Dale Okafor', 'assurances'],
    ],
  ])('reads %j', (sentence, expected) => {
    expect(quotes(...sentence.split(/(?<=\.) /)).at(-1)).toEqual(expected);
  });

  it.each([
    'Ann Ruiz’s statement that was read aloud surprised no one.',
    'A statement that she would cut taxes was posted online.',
  ])('reads no statement in %j: a relative `that`, or no one who owns it', (sentence) => {
    expect(quotes(sentence)).toEqual([]);
  });
});

describe('a characterisation in a relative clause', () => {
  it.each([
    [
      'The rebels fought Bashar Assad, whose government Senator Ann Ruiz called illegitimate.',
      ['indirect', 'whose government illegitimate', 'Ann Ruiz', 'called'],
    ],
    [
      'The council passed the budget, which Dale Okafor branded reckless and costly.',
      ['indirect', 'which reckless and costly', 'Dale Okafor', 'branded'],
    ],
  ])('reads %j', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
  });

  it.each(['He met the man whose brother Ann Ruiz called yesterday.', 'It is what Dale Okafor calls the new normal.'])(
    'reads no characterisation in %j: a call made, or a name given',
    (sentence) => {
      expect(quotes(sentence)).toEqual([]);
    },
  );
});

describe('a share or a group as the subject of a thought', () => {
  it.each([
    [
      'A majority of Republicans believe that the plan will fail.',
      ['indirect', 'the plan will fail', 'Majority of Republicans', 'believe'],
    ],
    [
      'About 40 percent of voters think the economy is getting worse.',
      ['indirect', 'the economy is getting worse', 'Voters', 'think'],
    ],
  ])('reads %j', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
  });
});
