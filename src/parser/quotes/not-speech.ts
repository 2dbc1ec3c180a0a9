import type { BlockContext } from '../text';
import type { Attribution } from './attribution';
import type { RawQuote } from './quote-marks';
import { ASSERTION_VERBS, BARE_CLAUSE_VERBS, LISTENER_VERBS, TITLE_SMALL_WORDS, WORK_NOUNS } from '../lexicon';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Words inside a quote's marks (past 8, the count stops: only short quotes matter). */
function wordCount(raw: RawQuote, contexts: readonly BlockContext[]): number {
  let count = 0;
  for (const span of raw.spans) {
    const text = (contexts[span.block] as BlockContext).block.text.slice(span.start, span.end);
    count += text.match(WORD)?.length ?? 0;
    if (count > 8) return count;
  }
  return count;
}

/** Whether a quote opens after a word of its own sentence (`a call for "…"`), not at a sentence start or after `:`. */
function insideSentence(raw: RawQuote, contexts: readonly BlockContext[]): boolean {
  const text = (contexts[raw.open.block] as BlockContext).block.text;
  let k = raw.open.offset - 1;
  while (k >= 0 && k > raw.open.offset - 4 && /\s/.test(text[k] ?? '')) k--;
  return k >= 0 && /[\p{L}\p{N}]/u.test(text[k] ?? '');
}

/** A noun that introduces a work by its title, shortly before the quote: `in his 2012 book, "An American Son."`. */
const WORK_NOUN_BEFORE = new RegExp(`\\b(?:${[...WORK_NOUNS].join('|')})\\b[^.!?]{0,40}$`, 'i');

/**
 * Whether a quote is the title of a work, not speech: a few words in title
 * case (`''Tales From the Crypt,''`), quoted with no speaker, after a word
 * that names a work (`said in his book, ''An American Son.''`), or used as a
 * name inside its sentence, with no stop at its close and more of the sentence
 * after it (`told "Fox and Friends" that …`, `"Broad City" star Arturo Castro`).
 */
function isWorkTitle(raw: RawQuote, contexts: readonly BlockContext[], attribution: Attribution): boolean {
  const only = raw.spans.length === 1 ? raw.spans[0] : undefined;
  if (!only) return false;
  const text = (contexts[only.block] as BlockContext).block.text;
  const words = text.slice(only.start, only.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w, i) => i === 0 || !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 2 || words.length > 14 || content.length < 2) return false;
  if (!content.every((w) => /^\p{Lu}/u.test(w)) || words.every((w) => w === w.toUpperCase())) return false;
  return (
    attribution.mention === null ||
    WORK_NOUN_BEFORE.test(text.slice(Math.max(0, raw.open.offset - 60), raw.open.offset)) ||
    (usedAsName(text, raw.close.offset) && !objectOfCue(text, raw.open.offset, attribution))
  );
}

/** No stop before the closing mark and a word right after it: the quoted words name something in the sentence. */
function usedAsName(text: string, close: number): boolean {
  return !/[.!?,;:…—–-]['’]?\s*$/.test(text.slice(0, close)) && /^\s+[\p{L}\p{N}]/u.test(text.slice(close + 1));
}

/**
 * `He said "The Hispanics" and …`: a quote right after a cue that takes no
 * listener is what was said; after `told` or `warned` it may be the listener
 * (`told "Fox and Friends" that …`).
 */
function objectOfCue(text: string, open: number, attribution: Attribution): boolean {
  const cue = attribution.cueSpan;
  if (!cue || !attribution.cue || cue.end > open || !/^\s*$/.test(text.slice(cue.end, open))) return false;
  const verb = attribution.cue.toLowerCase();
  return !/^tol[dl]|^tells?$/.test(verb) && !LISTENER_VERBS.has(verb);
}

/**
 * `RT is ''providing a perspective you won't get …''`: whether a quote opens in
 * lower case, a piece of the writer's sentence. With no cue, no one named and
 * no speaker to carry on, such a quote is a fragment of reported speech whose
 * attribution was not found: it is kept, as `mixed` (see docs/parser.md,
 * "Quotes with no speaker").
 */
export function opensLowerCase(raw: RawQuote, contexts: readonly BlockContext[]): boolean {
  const first = raw.spans[0];
  if (!first) return false;
  const text = (contexts[first.block] as BlockContext).block.text.slice(first.start, first.end);
  return /^[^\p{L}\p{N}]*\p{Ll}/u.test(text);
}

/**
 * Whether a quote that opens in lower case, with a speaker or a cue, is a piece of the writer's sentence: the
 * quoted words finish a sentence of the writer's, so the quote is `mixed`, not a quoted sentence of its own.
 * - No cue, right after a word of its sentence (`that Cruz and his campaign "don't forget us …"`), even when the
 *   quote carries on the speaker before it.
 * - After its cue, with words between and no comma, colon or dash (`called on leaders "not to feed …"`,
 *   `told CNN Clinton "has a number of super PACs …"`).
 * - Right after a cue that takes no bare clause (`which he called "an evil, hateful act."`, `admitted "one or
 *   two instances"`). After `said`, `says`, `told` or `insisted` (`says "nothing will change …"`) a quote is the
 *   words said, whole, as a quote set off by a comma or colon is (`said, "the damage is done."`).
 * Of the 62 quotes on PolNeAR train this reads as mixed instead of direct, 13 matched an annotated direct quote
 * and 49 did not (most are annotated mixed).
 */
export function fragmentOfSentence(
  raw: RawQuote,
  contexts: readonly BlockContext[],
  attribution: Attribution,
): boolean {
  if (!opensLowerCase(raw, contexts)) return false;
  const text = (contexts[raw.open.block] as BlockContext).block.text;
  if (attribution.cue === null) return insideSentence(raw, contexts);
  const cue = attribution.cueSpan;
  if (!cue || cue.block !== raw.open.block || cue.end > raw.open.offset) return false;
  const gap = text.slice(cue.end, raw.open.offset);
  if (/[,:—–]/.test(gap)) return false;
  if (/\p{L}/u.test(gap)) return true;
  const verb = attribution.cue.toLowerCase();
  return !/\S/.test(gap) && !BARE_CLAUSE_VERBS.has(verb) && !ASSERTION_VERBS.has(verb);
}

/**
 * Whether quoted words are not speech: a few words nobody is said to say (a
 * title, a nickname or scare quotes), the title of a work, or a short
 * unattributed fragment inside a sentence (`found there had been "3,210
 * shooting victims" …`).
 */
export function notSpeech(raw: RawQuote, contexts: readonly BlockContext[], attribution: Attribution): boolean {
  if (attribution.cue === null && wordCount(raw, contexts) <= 3) return true;
  if (isWorkTitle(raw, contexts, attribution)) return true;
  return (
    attribution.cue === null && !attribution.inherit && wordCount(raw, contexts) <= 8 && insideSentence(raw, contexts)
  );
}
