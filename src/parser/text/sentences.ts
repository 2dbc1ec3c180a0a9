import { SENTENCE_ABBREVIATIONS, SENTENCE_STARTERS } from '../lexicon';
/**
 * Sentence boundaries inside one block: Intl.Segmenter, then repaired where it
 * breaks after an abbreviation (`Col. John Dorrian`, `Adrian J. Rankine-Galloway`,
 * `the U.S. military`).
 */

export type Sentence = { start: number; end: number };

let segmenter: Intl.Segmenter | null = null;

function segments(text: string): Sentence[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Sentence[] = [];
  for (const part of segmenter.segment(text)) out.push({ start: part.index, end: part.index + part.segment.length });
  return out;
}

/** Whether a break right after `before` (which ends a segment) is an abbreviation and not a sentence end. */
function isFalseBreak(before: string, after: string): boolean {
  // `She declared "What a win!" and said …`: a quoted exclamation or question runs on when a lower-case word follows.
  if (/[!?]["”’']\s*$/.test(before) && /^\s*(?:and|but|or|as|while)\b/.test(after)) return true;
  const tail = /(?:^|[\s("“'‘])((?:\p{L}\.)+|\p{L}+\.)\s*$/u.exec(before);
  const word = tail?.[1];
  if (!word) return false;
  const nextWord = /^\s*["“'‘(]?(\p{L}+)/u.exec(after)?.[1] ?? '';
  const nextLower = nextWord.toLowerCase();
  if (/^\p{Ll}/u.test(nextWord) || /^\s*\d/.test(after)) return true;
  const bare = word.slice(0, -1).toLowerCase();
  // A single capital with a period is a middle initial: `Adrian J. Rankine-Galloway`.
  if (/^\p{Lu}\.$/u.test(word)) return !SENTENCE_STARTERS.has(nextLower);
  // Initialisms (`U.S.`) end sentences only before a word that usually starts one.
  if (/^(?:\p{L}\.){2,}$/u.test(word)) return !SENTENCE_STARTERS.has(nextLower);
  return SENTENCE_ABBREVIATIONS.has(bare);
}

/** Sentences of `text` as offsets (each includes its trailing space), covering the whole text. */
export function splitSentences(text: string): Sentence[] {
  const merged: Sentence[] = [];
  for (const part of segments(text)) {
    const last = merged[merged.length - 1];
    // Only the last few characters matter, so this stays linear.
    if (
      last &&
      isFalseBreak(text.slice(Math.max(last.start, last.end - 24), last.end), text.slice(part.start, part.start + 24))
    ) {
      last.end = part.end;
    } else {
      merged.push({ ...part });
    }
  }
  return merged;
}

/** The sentence containing `offset` (binary search). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = sentences[mid];
    if (s && s.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo] ?? { start: 0, end: offset };
}
