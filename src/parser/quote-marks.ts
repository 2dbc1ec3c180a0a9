/**
 * Direct quotes: pairs of double quotation marks (straight " or curly “ ”, also
 * „ « »). Single quotes inside are part of the quote (nested quotes,
 * apostrophes), never a quote of their own.
 *
 * A paragraph that opens a quote and does not close it continues into the next
 * paragraph when that one opens with a quotation mark (the news convention for
 * a quote over several paragraphs): one span per paragraph. An opening mark
 * that is never closed yields nothing, so a stray mark cannot turn the rest of
 * the article into a quote.
 */
import type { Block } from '@/article';

export type Offset = { block: number; offset: number };

/** A span in block-index terms; converted to `Span` (with block ids) at the end. */
export type RawSpan = { block: number; start: number; end: number };

export type RawQuote = {
  spans: RawSpan[];
  /** The opening mark. */
  open: Offset;
  /** The closing mark. */
  close: Offset;
};

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';
const isMark = (c: string) => c === STRAIGHT || OPENERS.has(c) || CLOSERS.has(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Trims blank space inside the marks; null when nothing is left. */
function trimmedSpan(text: string, block: number, start: number, end: number): RawSpan | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return e > s ? { block, start: s, end: e } : null;
}

type Open = { markAt: number; contentStart: number; curly: boolean };

export function findQuoteMarks(blocks: readonly Block[]): RawQuote[] {
  const quotes: RawQuote[] = [];
  // Spans of a quote still open at the end of the previous paragraph.
  let carried: { spans: RawSpan[]; open: Offset } | null = null;

  blocks.forEach((block, b) => {
    const text = block.text;
    if (block.kind === 'credit') {
      carried = null;
      return;
    }
    let open: Open | null = null;
    let pendingStart: { spans: RawSpan[]; open: Offset } | null = null;
    let from = 0;
    const first = text[0] ?? '';
    if (carried && (OPENERS.has(first) || first === STRAIGHT)) {
      open = { markAt: 0, contentStart: 1, curly: first !== STRAIGHT };
      pendingStart = carried;
      from = 1;
    }
    carried = null;

    for (let i = from; i < text.length; i++) {
      const c = text[i] ?? '';
      if (!isMark(c)) continue;
      const prev = text[i - 1];
      const next = text[i + 1];
      if (open === null) {
        // A closing curly mark or an inch mark (`12"`) does not open a quote.
        const opens = c === STRAIGHT ? !(isWordChar(prev) && isSpace(next)) : OPENERS.has(c) || (isSpace(prev) && !isSpace(next));
        if (opens) open = { markAt: i, contentStart: i + 1, curly: c !== STRAIGHT };
        continue;
      }
      // German style „…“ closes with the mark English opens with.
      const closesLow = c === '“' && text[open.markAt] === '„';
      if (OPENERS.has(c) && open.curly && OPENERS.has(text[open.markAt] ?? '') && !closesLow) {
        // A second opening mark: the first was never closed. Start over from here.
        open = { markAt: i, contentStart: i + 1, curly: true };
        pendingStart = null;
        continue;
      }
      const span = trimmedSpan(text, b, open.contentStart, i);
      const startedAt: Offset = pendingStart ? pendingStart.open : { block: b, offset: open.markAt };
      const spans = [...(pendingStart?.spans ?? []), ...(span ? [span] : [])];
      if (spans.length > 0) quotes.push({ spans, open: startedAt, close: { block: b, offset: i } });
      open = null;
      pendingStart = null;
    }

    const following = blocks[b + 1];
    const nextFirst = following?.text[0] ?? '';
    if (open && block.kind === 'paragraph' && following?.kind === 'paragraph' && (OPENERS.has(nextFirst) || nextFirst === STRAIGHT)) {
      const span = trimmedSpan(text, b, open.contentStart, text.length);
      const startedAt: Offset = pendingStart ? pendingStart.open : { block: b, offset: open.markAt };
      carried = { spans: [...(pendingStart?.spans ?? []), ...(span ? [span] : [])], open: startedAt };
    }
  });
  return quotes;
}
