/** Per-block data the attribution rules share, computed once per block. */
import type { Block } from '@/article';
import type { RawQuote } from '../quotes';
import { splitSentences } from './sentences';
import { findDateline } from './structure';
import { tokenize, type Token } from './tokens';
import { firstIndex } from '../binary-search';
import type { Position, Sentence } from '../types';

export type BlockContext = {
  block: Block;
  index: number;
  sentences: Sentence[];
  /** Direct quotes that touch this block, as [open mark, close mark] offsets (inclusive), in order. */
  quoteRanges: { from: number; to: number; quote: number }[];
  /** Where the text proper begins: after the dateline (`WASHINGTON (AP) — `) in the paragraph that has one, else 0. */
  bodyStart: number;
  /** The block's tokens, read once: the rules take the stretches they look at with `tokensIn`. */
  tokens: Token[];
};

export function buildContexts(blocks: readonly Block[], quotes: readonly RawQuote[]): BlockContext[] {
  const found = findDateline(blocks);
  const contexts: BlockContext[] = blocks.map((block, index) => ({
    block,
    index,
    sentences: splitSentences(block.text),
    quoteRanges: [],
    bodyStart: index === found?.index ? found.dateline.length : 0,
    tokens: tokenize(block.text),
  }));
  quotes.forEach((quote, q) => {
    for (let b = quote.open.block; b <= quote.close.block; b++) {
      const context = contexts[b];
      if (!context) continue;
      const from = b === quote.open.block ? quote.open.offset : 0;
      const to = b === quote.close.block ? quote.close.offset : context.block.text.length - 1;
      context.quoteRanges.push({ from, to, quote: q });
    }
  });
  for (const context of contexts) context.sentences = joinQuotedBreaks(context.sentences, context.quoteRanges);
  return contexts;
}

/**
 * Sentences with no break inside a quotation: `He said Cruz "has courage. He
 * is unafraid."` is one sentence of the paragraph, whose quote holds two.
 */
function joinQuotedBreaks(sentences: Sentence[], ranges: readonly Range[]): Sentence[] {
  if (ranges.length === 0) return sentences;
  const out: Sentence[] = [];
  let r = 0;
  for (const sentence of sentences) {
    const previous = out[out.length - 1];
    while (r < ranges.length && (ranges[r] as Range).to < sentence.start) r++;
    const range = ranges[r];
    // A break at the closing mark itself (`… 2008.” Chatwal …`) is the segmenter's slip, not a break inside.
    if (previous && range && range.from < sentence.start && sentence.start < range.to) previous.end = sentence.end;
    else out.push({ ...sentence });
  }
  return out;
}

export const comparePositions = (a: Position, b: Position): number => a.block - b.block || a.offset - b.offset;

type Range = BlockContext['quoteRanges'][number];

/** Index of the first item whose `key` is >= value, in items sorted by it (ranges by `from`, `to` and `quote`; tokens by `start`). */
function lowerBound<K extends string, T extends Record<K, number>>(items: readonly T[], value: number, key: K): number {
  return firstIndex(items, (item) => item[key] >= value);
}

/** The direct quote whose marks enclose `offset` in this block, or -1. */
export function quoteAt(context: BlockContext, offset: number): number {
  const range = context.quoteRanges[lowerBound(context.quoteRanges, offset, 'to')];
  return range && range.from <= offset ? range.quote : -1;
}

/** Direct quotes lying wholly inside [start, end) of this block. */
export function quotesWithin(context: BlockContext, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = lowerBound(context.quoteRanges, start, 'from'); i < context.quoteRanges.length; i++) {
    const range = context.quoteRanges[i] as Range;
    if (range.to >= end) break;
    out.push(range.quote);
  }
  return out;
}

/** The end of the quote before quote `q` in this block (-1 if none) and the start of the one after (text length if none). */
export function neighbours(context: BlockContext, q: number): { prevEnd: number; nextStart: number } {
  const ranges = context.quoteRanges;
  const at = lowerBound(ranges, q, 'quote');
  const prev = ranges[at - 1];
  const same = ranges[at]?.quote === q;
  const next = ranges[same ? at + 1 : at];
  return { prevEnd: prev ? prev.to : -1, nextStart: next ? next.from : context.block.text.length };
}

/**
 * The block's tokens that lie wholly inside [from, to): what tokenising that stretch alone gives, but
 * for a word the stretch cuts (which is no word of it). Rules read many overlapping stretches of a
 * block; tokenising each one again was an eighth of the parse.
 */
export function tokensIn(context: BlockContext, from: number, to: number): Token[] {
  const tokens = context.tokens;
  const lo = lowerBound(tokens, from, 'start');
  let end = lo;
  while (end < tokens.length && (tokens[end] as Token).end <= to) end++;
  return tokens.slice(lo, end);
}
