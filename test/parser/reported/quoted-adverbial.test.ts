// @vitest-environment node
/** `said on ABC's "This Week" that …`: a title in quotation marks inside the adverbial before `that`. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('reported speech: a quoted title between the cue and `that`', () => {
  it('reads the clause after `that` past a show named in quotation marks', () => {
    expect(
      quotes('Sanders said on ABC\'s "This Week With George Stephanopoulos" that he would look at such legislation.'),
    ).toEqual([['indirect', 'he would look at such legislation', 'Sanders', 'said']]);
  });

  it('does not look for `that` inside a quotation opened after a comma, even one left unclosed', () => {
    expect(
      quotes(
        'Perkins wrote in a blog post published Monday, “To hear that Trump may be appointing such a man is upsetting.',
      ),
    ).toEqual([]);
  });

  it('does not read a quoted sentence that opens with `That` as a that-clause', () => {
    const found = quotes(
      'The spot ends with footage of Trump saying during the debate last week, “That makes me smart,” when Clinton blasted him for not paying income tax.',
    ).map(([kind, text, , cue]) => [kind, text, cue]);
    expect(found).toContainEqual(['direct', 'That makes me smart', 'saying']);
    expect(found).toContainEqual(['indirect', 'him for not paying income tax', 'blasted']);
  });
});

describe('reported speech: a subject with an aside that ends in a quotation', () => {
  it('reads the subject before an aside closed by a quotation mark', () => {
    expect(
      quotes(
        "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win in states like Pennsylvania.",
      ),
    ).toContainEqual(['indirect', 'the candidate could win in states like Pennsylvania', 'Manafort', 'said']);
  });

  it('leaves a quotation that opens before the aside to its own attribution', () => {
    const found = quotes(
      '"Thanks, Clarkston, for welcoming these refugees," said master of ceremonies Asab Al-Tabchi, a Syrian engineer who immigrated to Clarkston decades ago.',
    );
    expect(found.map(([kind, text]) => [kind, text])).toEqual([
      ['direct', 'Thanks, Clarkston, for welcoming these refugees'],
    ]);
  });
});
