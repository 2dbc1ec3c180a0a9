// @vitest-environment node
/** Reported speech: where what was said ends and begins around quotation marks and asides (issue 14). */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('reported speech: content boundaries', () => {
  it('ends what was said at a comma inside the closing quotation mark when the writer’s participle follows', () => {
    expect(quotes('Ann Ruiz said the plan was “dead on arrival,” referring to the budget talks.')).toEqual([
      ['mixed', 'the plan was “dead on arrival,”', 'Ann Ruiz', 'said'],
    ]);
  });

  it('joins the words before an attribution to a quotation after it that goes on with their sentence', () => {
    expect(
      quotes('The club’s investment in its pools, Ann Ruiz said, “is a perfect example of adapting” to the times.'),
    ).toEqual([
      [
        'mixed',
        'The club’s investment in its pools “is a perfect example of adapting” to the times',
        'Ann Ruiz',
        'said',
      ],
    ]);
  });

  it('keeps a quotation that opens a sentence of its own after an attribution as a direct quote', () => {
    expect(quotes('Ann Ruiz spoke at noon. When asked about the vote, she said, “I hope not.”')).toEqual([
      ['indirect', 'about the vote', null, 'asked'],
      ['direct', 'I hope not.', 'Ann Ruiz', 'said'],
    ]);
  });

  it('starts what was said at the relative word when the attribution stands inside a relative clause', () => {
    expect(
      quotes(
        'The two candidates split the first contests, which is an outcome, Ann Ruiz said, “we have long expected.”',
      ),
    ).toEqual([['mixed', 'which is an outcome “we have long expected.”', 'Ann Ruiz', 'said']]);
  });

  it('ends what was said before a noun phrase after a comma that closes the sentence as the writer’s comment', () => {
    expect(quotes('Ann Ruiz said she would vote for the bill, a swipe at her rivals in the party.')).toEqual([
      ['indirect', 'she would vote for the bill', 'Ann Ruiz', 'said'],
    ]);
  });

  it('keeps a noun phrase after a comma in what was said when a verb follows it', () => {
    expect(quotes('Ann Ruiz said the bill, a measure she wrote, was sure to pass.')).toEqual([
      ['indirect', 'the bill, a measure she wrote, was sure to pass', 'Ann Ruiz', 'said'],
    ]);
  });

  it('ends what was said at a dash before a clause of the writer’s own', () => {
    expect(quotes('Ann Ruiz said the tide was turning — but her party was split over the bill.')).toEqual([
      ['indirect', 'the tide was turning', 'Ann Ruiz', 'said'],
    ]);
  });

  it('keeps an aside between dashes in what was said when the clause goes on after it', () => {
    expect(quotes('Ann Ruiz said the visit — a rare trip to the state — would help the party.')).toEqual([
      ['indirect', 'the visit — a rare trip to the state — would help the party', 'Ann Ruiz', 'said'],
    ]);
  });
});
