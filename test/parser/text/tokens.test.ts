// @vitest-environment node
/**
 * The rules read stretches of a block through `tokensIn`, from tokens read once per block. A stretch
 * that starts and ends between words must read as if it were tokenised alone, or a rule would see
 * different words in a long article than in a short one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContexts, tokensIn, type BlockContext } from '@/parser/text/context';
import { tokenize } from '@/parser/text/tokens';
import { arbitraryText } from '../../support/article-arbitraries';

const numRuns = Number(process.env.FUZZ_RUNS ?? 200);

function contextOf(text: string): BlockContext {
  return buildContexts([{ id: 'b1', kind: 'paragraph', text }], [])[0] as BlockContext;
}

/** Offsets where a stretch may start or end: the ends of the text and every run of blank space. */
function gaps(text: string): number[] {
  const out = [0, text.length];
  for (const match of text.matchAll(/\s+/g)) out.push(match.index, match.index + match[0].length);
  return out;
}

describe('tokensIn', () => {
  it('gives what tokenising the stretch alone gives, for any stretch between words', () => {
    fc.assert(
      fc.property(arbitraryText, fc.nat(), fc.nat(), (text, a, b) => {
        const at = gaps(text);
        const [from, to] = [at[a % at.length] as number, at[b % at.length] as number].sort((x, y) => x - y) as [
          number,
          number,
        ];
        expect(tokensIn(contextOf(text), from, to)).toEqual(tokenize(text.slice(from, to), from));
      }),
      { numRuns },
    );
  });

  it('leaves out a word the stretch cuts, and keeps abbreviations and sentence ends apart', () => {
    const text = 'Col. Ana Ruiz of Acme Co. said. Then';
    const context = contextOf(text);
    expect(tokensIn(context, 0, text.indexOf('Then') + 2).map((t) => t.text)).toEqual([
      'Col.',
      'Ana',
      'Ruiz',
      'of',
      'Acme',
      'Co.',
      'said',
      '.',
    ]);
    expect(tokensIn(context, text.indexOf('Ruiz'), text.indexOf(' said')).map((t) => t.text)).toEqual([
      'Ruiz',
      'of',
      'Acme',
      'Co.',
    ]);
  });
});
