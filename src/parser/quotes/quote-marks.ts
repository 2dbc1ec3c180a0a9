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
import type { Located, Position } from '../types';

export type RawQuote = {
  spans: Located[];
  /** The opening mark. */
  open: Position;
  /** The closing mark. */
  close: Position;
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
function trimmedSpan(text: string, block: number, start: number, end: number, closing = false): Located | null {
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
type Carried = { spans: Located[]; open: Position; single: boolean };

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

/** What a scan keeps across paragraphs: the quotes so far, how many opened with ‘, a quote still open. */
type Scan = { quotes: RawQuote[]; singles: number; carried: Carried | null };

/** What a scan keeps inside one paragraph: the quote open in it, and the spans of one carried into it. */
type Reading = { text: string; b: number; open: Open | null; pendingStart: Carried | null };

/** Records the quote whose content runs from `start` to `end` (its closing mark's last character at `closeAt`). */
function push(scan: Scan, r: Reading, start: number, end: number, closeAt: number, markAt: number, single: boolean) {
  const span = trimmedSpan(r.text, r.b, start, end, true);
  const startedAt: Position = r.pendingStart ? r.pendingStart.open : { block: r.b, offset: markAt };
  const spans = [...(r.pendingStart?.spans ?? []), ...(span ? [span] : [])];
  // The closing offset is the mark's last character, so the words after it start at close + 1.
  if (spans.length > 0) scan.quotes.push({ spans, open: startedAt, close: { block: r.b, offset: closeAt } });
  if (spans.length > 0 && single) scan.singles++;
  r.pendingStart = null;
}

/** A paragraph's reading, with a quote carried on from the one before (`"…` then `"…"`) already open. */
function startReading(scan: Scan, text: string, b: number): { reading: Reading; from: number } {
  const reading: Reading = { text, b, open: null, pendingStart: null };
  let from = 0;
  const carried = scan.carried;
  if (carried && !carried.single && opensWithMark(text)) {
    const length = markLength(text, 0);
    reading.open = { markAt: 0, contentStart: length, curly: text[0] !== STRAIGHT && length === 1, single: false };
    reading.pendingStart = carried;
    from = length;
  } else if (carried?.single && singleOpensAt(text, 0)) {
    reading.pendingStart = carried;
  }
  scan.carried = null;
  return { reading, from };
}

/** A ‘ that opens a quote at `i`: the quote to its closing ’, or open to the paragraph's end. Returns where reading goes on. */
function readSingle(scan: Scan, r: Reading, i: number): number {
  const close = singleCloser(r.text, i + 1);
  if (close >= 0 && close < r.text.length) push(scan, r, i + 1, close, close, i, true);
  if (close === r.text.length) r.open = { markAt: i, contentStart: i + 1, curly: true, single: true };
  if (close >= 0) return close;
  r.pendingStart = null;
  return i;
}

/** The mark (if any) at `i`: it opens a quote, closes the open one, or is no quotation mark. Returns where reading goes on. */
function readMark(scan: Scan, r: Reading, i: number, singles: boolean): number {
  const { text } = r;
  if (singles && r.open === null && singleOpensAt(text, i)) return readSingle(scan, r, i);
  const length = markLength(text, i);
  if (length === 0) return i;
  // Two apostrophes read as a straight mark.
  const c = length === 2 ? STRAIGHT : (text[i] ?? '');
  const prev = text[i - 1];
  const next = text[i + length];
  if (r.open === null) {
    // A closing curly mark or an inch mark (`12"`) does not open a quote.
    const opens =
      c === STRAIGHT ? !(isWordChar(prev) && isSpace(next)) : OPENERS.has(c) || (isSpace(prev) && !isSpace(next));
    if (opens) r.open = { markAt: i, contentStart: i + length, curly: c !== STRAIGHT, single: false };
    return i + length - 1;
  }
  // German style „…“ closes with the mark English opens with.
  const closesLow = c === '“' && text[r.open.markAt] === '„';
  if (OPENERS.has(c) && r.open.curly && OPENERS.has(text[r.open.markAt] ?? '') && !closesLow) {
    // A second opening mark: the first was never closed. Start over from here.
    r.open = { markAt: i, contentStart: i + 1, curly: true, single: false };
    r.pendingStart = null;
    return i;
  }
  if (c === STRAIGHT && isInchMark(text, i, length)) return i + length - 1;
  push(scan, r, r.open.contentStart, i, i + length - 1, r.open.markAt, false);
  r.open = null;
  return i + length - 1;
}

/** A quote still open at the paragraph's end that the next paragraph carries on: its spans so far. */
function carryOver(scan: Scan, r: Reading, block: Block, following: Block | undefined): void {
  const { open } = r;
  if (!open || !carriesOn(open, block, following)) return;
  const span = trimmedSpan(r.text, r.b, open.contentStart, r.text.length);
  const startedAt: Position = r.pendingStart ? r.pendingStart.open : { block: r.b, offset: open.markAt };
  scan.carried = {
    spans: [...(r.pendingStart?.spans ?? []), ...(span ? [span] : [])],
    open: startedAt,
    single: open.single,
  };
}

/** One pass over the paragraphs; `singles`: whether ‘…’ open quotes too. */
function scan(blocks: readonly Block[], singles: boolean): { quotes: RawQuote[]; singles: number } {
  const state: Scan = { quotes: [], singles: 0, carried: null };
  blocks.forEach((block, b) => {
    if (block.kind === 'credit') {
      state.carried = null;
      return;
    }
    const { reading, from } = startReading(state, block.text, b);
    for (let i = from; i < block.text.length; i++) i = readMark(state, reading, i, singles);
    carryOver(state, reading, block, blocks[b + 1]);
  });
  return { quotes: state.quotes, singles: state.singles };
}
