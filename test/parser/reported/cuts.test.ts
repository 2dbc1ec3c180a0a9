// @vitest-environment node
/** Reported speech: where what was said is cut when the attribution stands inside a clause of the writer's (issue 14). */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('reported speech: cuts around the writer’s clauses', () => {
  it('ends what was said inside a relative clause where the main clause’s verb follows its comma', () => {
    expect(quotes('Ann Ruiz, who said she would run for the seat, ultimately did not file her papers.')).toEqual([
      ['indirect', 'she would run for the seat', 'Ann Ruiz', 'said'],
    ]);
  });

  it('keeps an aside inside what was said in a relative clause when its own verb follows', () => {
    expect(
      quotes('Ann Ruiz, who said the mayor, under fire for the delays, would do better to resign, spoke at noon.'),
    ).toEqual([['indirect', 'the mayor, under fire for the delays, would do better to resign', 'Ann Ruiz', 'said']]);
  });

  it('ends what a share of voters said before the writer’s comparison with another share', () => {
    expect(
      quotes('Just 28 percent of voters said they had a positive view of Ann Ruiz, compared with 33 percent in May.'),
    ).toEqual([['indirect', 'they had a positive view of Ann Ruiz', 'Voters', 'said']]);
  });

  it('keeps a comparison in what was said when it compares the numbers said', () => {
    expect(quotes('Ann Ruiz said the party had won 758 delegates, compared with 538 for its rival.')).toEqual([
      ['indirect', 'the party had won 758 delegates, compared with 538 for its rival', 'Ann Ruiz', 'said'],
    ]);
  });

  it('ends what one share said where another share’s statement begins after `and`', () => {
    const said = quotes(
      'Most voters said they were worried about the economy, and more than 4 in 10 said Ann Ruiz would fix it.',
    ).map(([kind, text]) => [kind, text]);
    expect(said).toEqual([
      ['indirect', 'they were worried about the economy'],
      ['indirect', 'Ann Ruiz would fix it'],
    ]);
  });

  it('ends what was said where the speaker’s own act in the present perfect follows `and`', () => {
    expect(quotes('Ann Ruiz said the party must offer ideas, and has championed an agenda of deep cuts.')).toEqual([
      ['indirect', 'the party must offer ideas', 'Ann Ruiz', 'said'],
    ]);
  });

  it('ends what was said in a subordinate clause in mid-sentence where the main clause begins', () => {
    expect(
      quotes('The bill is stalled, and while Ann Ruiz said she would hold a hearing, it is unlikely to pass.'),
    ).toEqual([['indirect', 'she would hold a hearing', 'Ann Ruiz', 'said']]);
  });
});

describe('citations', () => {
  it('reads no statement in a reference whose content is little more than a link, but keeps a post that ends in one', () => {
    const found = quotes(
      '[JSON-LD] M. Sporny, G. Kellogg, "JSON-LD 1.0", W3C Proposed Recommendation, http://www.w3.org/TR/2014/REC-json-ld-20140116/, January 2014.',
      'The senator wrote that the vote was a disgrace and that voters would remember it https://t.co/abc123 on Monday.',
    ).map(([, text, speaker]) => [text, speaker]);
    expect(found.filter(([, speaker]) => speaker === 'W3C')).toEqual([]);
    expect(found).toContainEqual([
      'the vote was a disgrace and that voters would remember it https://t.co/abc123 on Monday',
      'Senator',
    ]);
  });
});

describe('according to a rule', () => {
  it('reads no source in `according to the custom of …` or `according to plan`, but keeps one that starts a name for people', () => {
    expect(
      quotes(
        'According to the custom of most lawyers in the building, there were several keys to my door.',
        'The launch went ahead according to plan, and the crew reached orbit.',
        'According to law enforcement officials, the account was linked to an old email address.',
      ).map(([, text, speaker]) => [text, speaker]),
    ).toEqual([['the account was linked to an old email address', 'Law enforcement officials']]);
  });
});
