import { EVENT_SENTENCE_ABBREVIATIONS } from '../lexicon';
import { startingAtOrBefore } from '../binary-search';
import type { Sentence } from '../types';
/**
 * Sentence boundaries inside one block, for the event text and the tense of
 * the words around a time expression. One linear pass; long runs without an
 * end mark are cut so no sentence is longer than `MAX_SENTENCE`.
 */

/** Longer "sentences" (lists, garbage, missing punctuation) are cut here. */
const MAX_SENTENCE = 600;

/** True when the full stop at `dot` is part of an abbreviation or an initial. */
function isAbbreviationDot(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[A-Za-z.]/.test(text.charAt(start - 1)) && dot - start < 12) start -= 1;
  const word = text.slice(start, dot).toLowerCase().replace(/^\.+/, '');
  if (word.length === 1) return true; // an initial: "John F. Kennedy", "U."
  return EVENT_SENTENCE_ABBREVIATIONS.has(word);
}

/** Splits `text` into sentence ranges that cover it from 0 to its length. */
export function sentenceRanges(text: string): Sentence[] {
  const ranges: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    while (end - start > MAX_SENTENCE) {
      // Look for a space only inside this piece, so a text without spaces stays linear.
      const space = text.slice(start + 1, start + MAX_SENTENCE).lastIndexOf(' ');
      const cut = space < 0 ? start + MAX_SENTENCE : start + 1 + space;
      ranges.push({ start, end: cut });
      start = cut;
    }
    if (end > start) ranges.push({ start, end });
    start = end;
  };
  // An opening quote may be typed as two backticks (``Yes), as wire copy does.
  const boundary = /[.!?]+["'”’)\]]*\s+(?=(?:["'“‘(]|``)?[A-Z0-9])/g;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const mark = match.index;
    if (text.charAt(mark) === '.' && match[0].startsWith('.') && !match[0].startsWith('..')) {
      if (isAbbreviationDot(text, mark)) continue;
    }
    push(match.index + match[0].length);
  }
  push(text.length);
  return ranges;
}

/** The range that holds offset `at` (ranges sorted and covering the text). */
export function rangeAt(ranges: readonly Sentence[], at: number): Sentence {
  return startingAtOrBefore(ranges, at) ?? { start: 0, end: 0 };
}
