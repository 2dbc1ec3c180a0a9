/**
 * Direct quotes: pairs of double quotation marks (straight " or curly “ ”, also
 * „ « », and two apostrophes `''…''` as some newspapers' archives write them),
 * and pairs of single curly marks ‘…’ as the British press writes its quotes.
 * Whichever kind opens first is the quote; marks of the other kind inside it
 * are nested quotes (`“…‘…’…”`, `‘…“…”…’`) and part of it. A ‘ must open at
 * a word start and find its ’ at a word end, so apostrophes (`don’t`,
 * `voters’`, `’90s`, `rock ’n’ roll`) never open or close a quote; nor does
 * an inch mark (`5' 11"`) inside an open quote.
 * A comma just inside the closing mark
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
const SINGLE_OPEN = '‘';
const SINGLE_CLOSE = '’';
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

/** Whether a paragraph opens with a double quotation mark (a quote carried on from the paragraph before). */
function opensWithMark(text: string): boolean {
  const first = text[0] ?? '';
  return OPENERS.has(first) || first === STRAIGHT || markLength(text, 0) === 2;
}

/** Whether the double mark at `j` (of `length` characters) can only close a quote: a closing curly mark, or straight after a word. */
function closesOnly(text: string, j: number, length: number): boolean {
  const c = text[j] ?? '';
  if (c !== STRAIGHT && length === 1) return CLOSERS.has(c);
  return !isSpace(text[j - 1]) && !isWordChar(text[j + length]);
}

/**
 * Whether the straight mark at `i`, inside an open quote, is an inch mark
 * (`"He is 5' 11" and fast," she said`, `"a 12" pipe," he said`): it follows
 * a digit, and the next double mark in the paragraph can only close a quote,
 * so closing here would leave that one without a partner.
 */
function isInchMark(text: string, i: number, length: number): boolean {
  if (!/\p{N}/u.test(text[i - 1] ?? '')) return false;
  for (let j = i + length; j < text.length; j++) {
    const next = markLength(text, j);
    if (next > 0) return closesOnly(text, j, next);
  }
  return false;
}

/** Elisions typed with an opening mark (`the ‘90s`, `‘em`, `‘til`, `rock ‘n’ roll`): apostrophes, not quotes. */
const ELISION = /^(?:\d\ds?(?![\p{L}\p{N}])|n[’'](?!\p{L})|(?:em|til|tis|twas|cause|cos|bout)(?!\p{L}))/iu;

/** Whether the ‘ at `i` may open a quote: at a word start (after space, a bracket, a dash or a double mark), not an elision. */
function singleOpensAt(text: string, i: number): boolean {
  if (text[i] !== SINGLE_OPEN || isSpace(text[i + 1])) return false;
  const prev = text[i - 1];
  if (prev !== undefined && !/[\s([—–\-/"“„«]/.test(prev)) return false;
  return !ELISION.test(text.slice(i + 1, i + 6));
}

/**
 * How surely the ’ at `i` closes a single quote. It must end a word (`don’t`
 * and `’90s` do not); `rock ’n’ roll` is no mark at all; `the voters’ anger`,
 * a plural possessive, closes only when no surer mark follows.
 */
function singleClosing(text: string, i: number): 'none' | 'weak' | 'strong' {
  if (text[i] !== SINGLE_CLOSE) return 'none';
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isSpace(prev) || isWordChar(next)) return 'none';
  if (prev === 'n' && /[‘’']/.test(text[i - 2] ?? '') && isSpace(text[i - 3])) return 'none';
  if ((prev === 's' || prev === 'S') && next !== undefined && /\s/.test(next) && isWordChar(text[i + 2])) return 'weak';
  return 'strong';
}

/**
 * Where the single quote whose content starts at `from` closes: the first
 * strong ’, else the first weak one, looking no further than the next ‘ that
 * could open a quote (then -1: this one was never closed). A ’ while a double
 * quote inside is still open (`‘Look: “…residents’ routines”`) closes
 * nothing: quotes nest, they do not cross. `text.length` when the paragraph
 * ends with the quote still open.
 */
function singleCloser(text: string, from: number): number {
  let weak = -1;
  let inner = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === STRAIGHT) inner = !inner;
    else if (OPENERS.has(c) || CLOSERS.has(c)) inner = OPENERS.has(c) && !(c === '“' && inner);
    if (inner) continue;
    if (singleOpensAt(text, i)) return weak;
    const closing = singleClosing(text, i);
    if (closing === 'strong') return i;
    if (closing === 'weak' && weak < 0) weak = i;
  }
  return weak >= 0 ? weak : text.length;
}

type Open = { markAt: number; contentStart: number; curly: boolean; single: boolean };
type Carried = { spans: RawSpan[]; open: Offset; single: boolean };

/** Whether the next paragraph carries on a quote still open at the end of this one. */
function carriesOn(open: Open, block: Block, following: Block | undefined): boolean {
  if (block.kind !== 'paragraph' || following?.kind !== 'paragraph') return false;
  return open.single ? singleOpensAt(following.text, 0) : opensWithMark(following.text);
}

/**
 * The quotes of an article. ‘…’ are its quotation marks when more quotes open
 * with them than with double marks, outside one another (the British press);
 * otherwise they are nested quotes or scare quotes inside an American-style
 * text, read exactly as before.
 */
export function findQuoteMarks(blocks: readonly Block[]): RawQuote[] {
  const british = scan(blocks, true);
  return british.singles * 2 > british.quotes.length ? british.quotes : scan(blocks, false).quotes;
}

/** One pass over the paragraphs; `singles`: whether ‘…’ open quotes too. */
function scan(blocks: readonly Block[], singles: boolean): { quotes: RawQuote[]; singles: number } {
  const quotes: RawQuote[] = [];
  let singleCount = 0;
  // Spans of a quote still open at the end of the previous paragraph.
  let carried: Carried | null = null;

  blocks.forEach((block, b) => {
    const text = block.text;
    if (block.kind === 'credit') {
      carried = null;
      return;
    }
    let open: Open | null = null;
    let pendingStart: Carried | null = null;
    let from = 0;
    if (carried && !carried.single && opensWithMark(text)) {
      const length = markLength(text, 0);
      open = { markAt: 0, contentStart: length, curly: text[0] !== STRAIGHT && length === 1, single: false };
      pendingStart = carried;
      from = length;
    } else if (carried?.single && singleOpensAt(text, 0)) {
      pendingStart = carried;
    }
    carried = null;

    const push = (start: number, end: number, closeAt: number, markAt: number, single: boolean) => {
      const span = trimmedSpan(text, b, start, end, true);
      const startedAt: Offset = pendingStart ? pendingStart.open : { block: b, offset: markAt };
      const spans = [...(pendingStart?.spans ?? []), ...(span ? [span] : [])];
      // The closing offset is the mark's last character, so the words after it start at close + 1.
      if (spans.length > 0) quotes.push({ spans, open: startedAt, close: { block: b, offset: closeAt } });
      if (spans.length > 0 && single) singleCount++;
      pendingStart = null;
    };

    for (let i = from; i < text.length; i++) {
      if (singles && open === null && singleOpensAt(text, i)) {
        const close = singleCloser(text, i + 1);
        if (close >= 0 && close < text.length) push(i + 1, close, close, i, true);
        if (close === text.length) open = { markAt: i, contentStart: i + 1, curly: true, single: true };
        if (close >= 0) i = close;
        else pendingStart = null;
        continue;
      }
      const length = markLength(text, i);
      if (length === 0) continue;
      // Two apostrophes read as a straight mark.
      const c = length === 2 ? STRAIGHT : (text[i] ?? '');
      const prev = text[i - 1];
      const next = text[i + length];
      if (open === null) {
        // A closing curly mark or an inch mark (`12"`) does not open a quote.
        const opens =
          c === STRAIGHT ? !(isWordChar(prev) && isSpace(next)) : OPENERS.has(c) || (isSpace(prev) && !isSpace(next));
        if (opens) open = { markAt: i, contentStart: i + length, curly: c !== STRAIGHT, single: false };
        i += length - 1;
        continue;
      }
      // German style „…“ closes with the mark English opens with.
      const closesLow = c === '“' && text[open.markAt] === '„';
      if (OPENERS.has(c) && open.curly && OPENERS.has(text[open.markAt] ?? '') && !closesLow) {
        // A second opening mark: the first was never closed. Start over from here.
        open = { markAt: i, contentStart: i + 1, curly: true, single: false };
        pendingStart = null;
        continue;
      }
      if (c === STRAIGHT && isInchMark(text, i, length)) {
        i += length - 1;
        continue;
      }
      push(open.contentStart, i, i + length - 1, open.markAt, false);
      i += length - 1;
      open = null;
    }

    if (open && carriesOn(open, block, blocks[b + 1])) {
      const span = trimmedSpan(text, b, open.contentStart, text.length);
      const startedAt: Offset = pendingStart ? pendingStart.open : { block: b, offset: open.markAt };
      carried = {
        spans: [...(pendingStart?.spans ?? []), ...(span ? [span] : [])],
        open: startedAt,
        single: open.single,
      };
    }
  });
  return { quotes, singles: singleCount };
}
