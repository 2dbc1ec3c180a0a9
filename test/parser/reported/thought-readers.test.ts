// @vitest-environment node
/** Design B's thought readers (reported/thoughts.ts): beliefs whose clause has a plain verb, and views with `as`. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/parser';
import { quotesOf as quotes } from '../helpers';

/** Each quote's act, in reading order. */
function acts(sentence: string): string[] {
  return parseArticle(`Title of the story\n\n${sentence}`, { id: 't' }).quotes.map((q) => q.act);
}

describe('a belief whose clause has a verb that is no auxiliary', () => {
  it.each([
    [
      'Economists believe the plan provides an incentive for employers.',
      ['indirect', 'the plan provides an incentive for employers', 'Economists', 'believe'],
    ],
    [
      'Many officials believe meaningful debt relief is possible only in bankruptcy.',
      ['indirect', 'meaningful debt relief is possible only in bankruptcy', 'Many officials', 'believe'],
    ],
  ])('reads %j as a thought', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
    expect(acts(sentence)).toEqual(['thought']);
  });

  it.each([
    'Ann Ruiz believes in taxing polluters.',
    'Dale Okafor knew little about the senator.',
    'The old ferryman felt the boards creaked under him.',
    'It hopes the numbers improve.',
  ])('reads nothing in %j: no clause, a past of experience, or no one to hold it', (sentence) => {
    expect(quotes(sentence)).toEqual([]);
  });
});

describe('a view: see, regard or view X as Y', () => {
  it.each([
    [
      'Four in 10 voters see the campaign of Dale Okafor as unfair.',
      ['indirect', 'the campaign of Dale Okafor as unfair', 'Four in 10 voters', 'see'],
    ],
    [
      'Mayor Ann Ruiz sees the new tower as a threat to the harbor.',
      ['indirect', 'the new tower as a threat to the harbor', 'Ann Ruiz', 'sees'],
    ],
    [
      'Developers regard golf courses as wasted space.',
      ['indirect', 'golf courses as wasted space', 'Developers', 'regard'],
    ],
  ])('reads %j as a thought', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
    expect(acts(sentence)).toEqual(['thought']);
  });

  it.each([
    'Ann Ruiz saw the parade on Main Street.',
    'The tower is seen as a threat to the harbor.',
    'The ferry plan was viewed by some as a waste of money.',
    'The mayor and her aides were regarded in the city as reformers.',
    'Dale Okafor did not see the tower as a threat.',
  ])('reads nothing in %j: no `as`, or no one who holds the view, or a negated view', (sentence) => {
    expect(quotes(sentence)).toEqual([]);
  });
});

describe('a state of mind: be concerned, hopeful or confident that', () => {
  it.each([
    [
      'Some council members are concerned that the tolls could drive shoppers away.',
      ['indirect', 'the tolls could drive shoppers away', 'Some council members', 'concerned'],
    ],
    [
      'Mayor Ann Ruiz is confident that the ferry will run by June.',
      ['indirect', 'the ferry will run by June', 'Ann Ruiz', 'confident'],
    ],
    [
      'Harbor merchants are worried about the long closure of the bridge.',
      ['indirect', 'the long closure of the bridge', 'Harbor merchants', 'worried'],
    ],
  ])('reads %j as a thought', (sentence, expected) => {
    expect(quotes(sentence)).toEqual([expected]);
    expect(acts(sentence)).toEqual(['thought']);
  });

  it.each([
    'Ann Ruiz is confident about the budget.',
    'The engineers were concerned with the cables.',
    'It is afraid that the ferry will sink.',
  ])('reads nothing in %j: no clause after a hope, no `that` or `about`, or no one to hold it', (sentence) => {
    expect(quotes(sentence)).toEqual([]);
  });
});
