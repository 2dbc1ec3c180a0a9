/**
 * Word tokens of a document and the overlap measure the scorer uses.
 *
 * A token is a run of letters and digits, with inner apostrophes (`don't`,
 * `Trump's`); punctuation and quotation marks are not tokens, so whether a
 * span includes the quotation marks, a trailing comma or the space around it
 * makes no difference. A span covers a token when it shares at least one
 * character with it.
 *
 * Overlap of a gold span G and a predicted span P, by their token sets:
 *
 *     overlap(G, P) = |tokens(G) ∩ tokens(P)| / max(|tokens(G)|, |tokens(P)|)
 *
 * that is, the shared words relative to the longer of the two. At 0.5 the
 * two spans share at least half the words of the longer one; at 1 they cover
 * exactly the same words. A leading complementizer "that" (`said that …`) is
 * left out of a content span's tokens, because PolNeAR includes it and a
 * quote's text need not.
 */
import type { Range } from './brat';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export type Token = Range & { text: string };

export class TokenizedText {
  readonly text: string;
  readonly tokens: Token[];
  /** For each character, the index of the token it belongs to, or -1. */
  private readonly tokenAt: Int32Array;
  /** For each character, whether it stands inside double quotation marks. */
  private readonly quoted: Uint8Array;

  constructor(text: string) {
    this.text = text;
    this.tokens = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
    this.tokenAt = new Int32Array(text.length).fill(-1);
    this.tokens.forEach((token, i) => this.tokenAt.fill(i, token.start, token.end));
    this.quoted = quoteMask(text);
  }

  /** Indices of the tokens the ranges cover, ascending, without repeats. */
  tokenIds(ranges: readonly Range[]): number[] {
    const ids = new Set<number>();
    for (const { start, end } of ranges) {
      for (let i = Math.max(0, start); i < Math.min(end, this.text.length); i += 1) {
        const id = this.tokenAt[i] ?? -1;
        if (id >= 0) ids.add(id);
      }
    }
    return [...ids].sort((a, b) => a - b);
  }

  /** Token ids of a content span, without a leading "that". */
  contentTokenIds(ranges: readonly Range[]): number[] {
    const ids = this.tokenIds(ranges);
    const first = ids[0];
    if (first !== undefined && ids.length > 1 && this.tokens[first]?.text.toLowerCase() === 'that') ids.shift();
    return ids;
  }

  /** How many of the given tokens stand inside double quotation marks. */
  quotedCount(ids: readonly number[]): number {
    return ids.filter((id) => {
      const token = this.tokens[id];
      return token !== undefined && this.quoted[token.start] === 1;
    }).length;
  }

  words(ids: readonly number[]): string[] {
    return ids.map((id) => this.tokens[id]?.text ?? '');
  }

  slice(ranges: readonly Range[]): string {
    return ranges.map(({ start, end }) => this.text.slice(start, end)).join(' … ');
  }
}

/**
 * Marks the characters inside double quotation marks. Curly marks open (“)
 * and close (”); a straight mark (") toggles, and so do two apostrophes
 * (''), which some New York Times texts in PolNeAR use for quotation marks. Every paragraph (text between
 * blank lines) starts outside, which handles the convention of reopening a
 * quotation at each paragraph it runs through.
 */
function quoteMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let inside = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\n') {
      let j = i + 1;
      while (text[j] === ' ' || text[j] === '\t') j += 1;
      if (text[j] === '\n') inside = false;
    }
    if (char === '“') inside = true;
    else if (char === '”') inside = false;
    else if (char === '"') inside = !inside;
    else if (char === "'" && text[i + 1] === "'") {
      inside = !inside;
      i += 1;
    } else if (inside) mask[i] = 1;
  }
  return mask;
}

/** Shared tokens relative to the longer of two sorted token-id lists; 0 when either is empty. */
export function overlap(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared / Math.max(a.length, b.length);
}
