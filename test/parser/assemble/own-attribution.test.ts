// @vitest-environment node
/** A reported clause that runs into a quote someone else is named for, inside the clause. */
import { describe, expect, it } from 'vitest';
import { quotesOf as quotes } from '../helpers';

describe('a quote with its own attribution inside a reported clause', () => {
  it('ends the clause before that attribution and gives the quote to its own speaker', () => {
    expect(
      quotes(
        'Asked about Trump’s declaration that it had been a bomb, Clinton said, "I think it is important to know the facts about any incident like this."',
      ).map(([kind, text, speaker, cue]) => [kind, text, speaker, cue]),
    ).toEqual([
      ['indirect', 'it had been a bomb', 'Trump', 'declaration'],
      ['direct', 'I think it is important to know the facts about any incident like this.', 'Clinton', 'said'],
    ]);
  });

  it('keeps a quote named inside the clause (`what she calls "…"`) in the clause', () => {
    expect(
      quotes(
        'She said she appreciated the courage of Machado through what she calls a "war of some pretty unpleasant words."',
      ).map(([kind, text]) => [kind, text.slice(0, 30)]),
    ).toEqual([['mixed', 'she appreciated the courage of']]);
  });
});
