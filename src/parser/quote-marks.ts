/**
 * Direct quotes: pairs of double quotation marks (straight " or curly “ ”, also
 * „ « », and two apostrophes `''…''` as some newspapers' archives write them).
 * Single quotes inside are part of the quote (nested quotes, apostrophes),
 * never a quote of their own. A comma just inside the closing mark
 * (`"…it," he said`) belongs to the attribution and is left out of the span;
 * `.`, `?` and `!` belong to the quoted sentence and stay.
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

/** Trims blank space inside the marks (and, before a closing mark, a comma); null when nothing is left. */
function trimmedSpan(text: string, block: number, start: number, end: number, closing = false): RawSpan | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (closing && e - 1 > s && text[e - 1] === ',') e--;
  while (e > s && isSpace(text[e - 1])) e--;
  return e > s ? { block, start: s, end: e } : null;
}

/** How many characters the mark at `i` takes: 1 for `"` `“` `”` `„` `«` `»`, 2 for a lone pair of apostrophes `''`, 0 for none. */
function markLength(text: string, i: number): number {
  const c = text[i] ?? '';
  if (isMark(c)) return 1;
  return c === "'" && text[i + 1] === "'" && text[i - 1] !== "'" && text[i + 2] !== "'" ? 2 : 0;
}

/** Whether a paragraph opens with a quotation mark (a quote carried on from the paragraph before). */
function opensWithMark(text: string): boolean {
  const first = text[0] ?? '';
  return OPENERS.has(first) || first === STRAIGHT || markLength(text, 0) === 2;
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
    if (carried && opensWithMark(text)) {
      const length = markLength(text, 0);
      open = { markAt: 0, contentStart: length, curly: text[0] !== STRAIGHT && length === 1 };
      pendingStart = carried;
      from = length;
    }
    carried = null;

    for (let i = from; i < text.length; i++) {
      const length = markLength(text, i);
      if (length === 0) continue;
      // Two apostrophes read as a straight mark.
      const c = length === 2 ? STRAIGHT : (text[i] ?? '');
      const prev = text[i - 1];
      const next = text[i + length];
      if (open === null) {
        // A closing curly mark or an inch mark (`12"`) does not open a quote.
        const opens = c === STRAIGHT ? !(isWordChar(prev) && isSpace(next)) : OPENERS.has(c) || (isSpace(prev) && !isSpace(next));
        if (opens) open = { markAt: i, contentStart: i + length, curly: c !== STRAIGHT };
        i += length - 1;
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
      const span = trimmedSpan(text, b, open.contentStart, i, true);
      const startedAt: Offset = pendingStart ? pendingStart.open : { block: b, offset: open.markAt };
      const spans = [...(pendingStart?.spans ?? []), ...(span ? [span] : [])];
      // The closing offset is the mark's last character, so the words after it start at close + 1.
      if (spans.length > 0) quotes.push({ spans, open: startedAt, close: { block: b, offset: i + length - 1 } });
      i += length - 1;
      open = null;
      pendingStart = null;
    }

    const following = blocks[b + 1];
    if (open && block.kind === 'paragraph' && following?.kind === 'paragraph' && opensWithMark(following.text)) {
      const span = trimmedSpan(text, b, open.contentStart, text.length);
      const startedAt: Offset = pendingStart ? pendingStart.open : { block: b, offset: open.markAt };
      carried = { spans: [...(pendingStart?.spans ?? []), ...(span ? [span] : [])], open: startedAt };
    }
  });
  return quotes;
}
