/**
 * The tense of the words around a time expression: `will`, `would`, `plans to`
 * make it future; a past-tense verb, `had`, or `has`/`have` with a participle
 * make it past; otherwise present. The verb nearest the expression in its
 * clause decides; a clause without a verb ("On Monday,") borrows from the
 * clauses next to it, nearest first, within the sentence and on the same
 * side of any quotation mark.
 */
import type { Tense } from '@/article';
import {
  FUTURE_BEFORE_TO,
  FUTURE_WORDS,
  IRREGULAR_PARTICIPLES,
  MODAL_FUTURES,
  NOT_PAST_ED,
  NOT_VERB_AFTER_TO,
  NOUN_DETERMINERS,
  PAST_FORMS,
  TENSE_ADVERBS,
  UNPAST_BE_FORMS,
  UN_VERBS_ED,
} from '../lexicon';

/** Words and marks that end a clause. */
const CLAUSE_BREAK =
  /``|''|[,;:()[\]"“”—–]|\s-\s|\b(?:that|but|while|because|although|though|who|which|whose|where|whereas|adding|saying|after|before|when)\b/gi;

/** A word that shows a tense, from `at` to `end`. */
type Marker = { at: number; end: number; tense: Exclude<Tense, 'present'> };

const WORD = /[A-Za-z][A-Za-z'’]*/y;
const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
/** The longest clause break is `although`; a break that starts inside a range ends at most this far past it. */
const LONGEST_BREAK = 8;

function apostrophes(word: string): string {
  return word.replace(/’/g, "'");
}

/** Tense markers in text[start, end), with their offsets. Linear in the range. */
function markersIn(text: string, start: number, end: number): Marker[] {
  const markers: Marker[] = [];
  const words: { word: string; at: number }[] = [];
  // Each word starts at a letter inside the range (and may run past its end, as a global search would
  // read it); looking for the letter by hand keeps the search from running on past the range.
  for (let i = start; i < end; i++) {
    if (!isAsciiLetter(text.charCodeAt(i))) continue;
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    if (!match) break;
    words.push({ word: apostrophes(match[0]), at: i });
    i = WORD.lastIndex - 1;
  }
  words.forEach(({ word, at }, index) => {
    const lower = word.toLowerCase();
    const next = words[index + 1]?.word.toLowerCase() ?? '';
    const afterNext = words[index + 2]?.word.toLowerCase() ?? '';
    const previous = words[index - 1]?.word.toLowerCase() ?? '';
    if (FUTURE_WORDS.has(lower) || lower.endsWith("'ll")) {
      markers.push({ at, end: at + word.length, tense: 'future' });
    } else if (MODAL_FUTURES.has(word)) {
      // `may rise` looks ahead; `may have risen` looks back.
      const verb = next === 'not' || next === 'also' || next === 'still' ? afterNext : next;
      if (verb !== 'have' && verb !== "'ve") markers.push({ at, end: at + word.length, tense: 'future' });
    } else if (FUTURE_BEFORE_TO.has(lower) && next === 'to' && afterNext !== '' && !NOT_VERB_AFTER_TO.has(afterNext)) {
      markers.push({ at, end: at + word.length, tense: 'future' });
    } else if (lower === 'has' || lower === 'have' || lower === "hasn't" || lower === "haven't") {
      let look = index + 1;
      while (look < words.length && look < index + 3 && TENSE_ADVERBS.has(words[look]?.word.toLowerCase() ?? ''))
        look += 1;
      const participle = words[look]?.word.toLowerCase() ?? '';
      if (FUTURE_BEFORE_TO.has(participle)) {
        // `has scheduled a news conference Thursday`, `have planned a vote`: what is scheduled lies ahead.
        markers.push({ at, end: at + word.length, tense: 'future' });
      } else if (IRREGULAR_PARTICIPLES.has(participle) || (participle.endsWith('ed') && !NOT_PAST_ED.has(participle))) {
        markers.push({ at, end: at + word.length, tense: 'past' });
      }
    } else if (PAST_FORMS.has(lower) && !UNPAST_BE_FORMS.has(previous)) {
      // `will be paid`, `is heard`: a passive participle, not a past tense.
      markers.push({ at, end: at + word.length, tense: 'past' });
    } else if (
      word === lower &&
      lower.length >= 4 &&
      lower.endsWith('ed') &&
      !NOT_PAST_ED.has(lower) &&
      // `unspecified`, `untouched`: an adjective, unless one of the few verbs in `un-`.
      !(lower.startsWith('un') && !lower.startsWith('under') && !UN_VERBS_ED.has(lower)) &&
      !NOUN_DETERMINERS.has(previous) &&
      !UNPAST_BE_FORMS.has(previous) &&
      !FUTURE_BEFORE_TO.has(lower)
    ) {
      markers.push({ at, end: at + word.length, tense: 'past' });
    } else if (lower === 'ago' || lower === 'yesterday') {
      markers.push({ at, end: at + word.length, tense: 'past' });
    }
  });
  return markers;
}

/** `participle`: the clause follows `saying` or `adding`, whose tense is the clause's before it. */
type Clause = { start: number; end: number; side: number; participle: boolean };

/**
 * Clause ranges of text[start, end), split at commas, quotation marks and
 * linking words. `side` counts the quotation marks before the clause, so a
 * quote and its attribution ("… on Friday," she said) are on different sides.
 */
function clauses(text: string, start: number, end: number): Clause[] {
  const ranges: Clause[] = [];
  const pattern = CLAUSE_BREAK;
  // Searched in a window of the range with one character either side for `\b` and room for a break
  // that starts inside the range, so the search never runs on through the rest of the block.
  const base = Math.max(0, start - 1);
  const window = text.slice(base, Math.min(text.length, end + LONGEST_BREAK + 1));
  pattern.lastIndex = start - base;
  let from = start;
  let side = 0;
  let participle = false;
  for (let match = pattern.exec(window); match && match.index + base < end; match = pattern.exec(window)) {
    const at = match.index + base;
    // Only clauses with words count (not the space between `,` and `saying`).
    if (at > from && /\S/.test(text.slice(from, at))) ranges.push({ start: from, end: at, side, participle });
    if (/["“”]|``|''/.test(match[0])) side += 1;
    from = at + match[0].length;
    participle = /^(?:saying|adding)$/i.test(match[0]);
  }
  if (end > from && /\S/.test(text.slice(from, end))) ranges.push({ start: from, end, side, participle });
  return ranges;
}

/** A sentence cut into clauses, each with its tense markers; built once per sentence. */
export type SentenceTenses = (Clause & { markers: Marker[] })[];

export function analyseSentence(text: string, sentenceStart: number, sentenceEnd: number): SentenceTenses {
  return clauses(text, sentenceStart, sentenceEnd).map((part) => ({
    ...part,
    markers: markersIn(text, part.start, part.end),
  }));
}

/** How many clauses on each side of the expression's own are consulted. */
const CLAUSE_REACH = 4;

/** The tense of the analysed sentence as it bears on the expression at [exprStart, exprEnd). */
export function tenseAt(parts: SentenceTenses, exprStart: number, exprEnd: number): Tense {
  let home = parts.findIndex((part) => part.start <= exprStart && exprStart < part.end);
  if (home < 0) home = parts.findIndex((part) => part.start >= exprStart);
  if (home < 0) return 'present';
  // The clause itself, then the one after (a fronted "On Monday,"), then the one before, and so on outwards;
  // after `saying`, `adding` the one before first, whose verb the participle shares (`he said, adding on Friday that …`).
  const before = parts[home]?.participle === true;
  const order = [home];
  for (let step = 1; step <= CLAUSE_REACH; step += 1) {
    if (before && home - step >= 0) order.push(home - step);
    if (home + step < parts.length) order.push(home + step);
    if (!before && home - step >= 0) order.push(home - step);
  }
  const side = parts[home]?.side;
  // The words of a quote don't take their tense from the attribution around them, nor the other way round;
  // only an attribution with no verb of its own reads the quote's ("White House on Thursday: ``We have been …").
  const outside = side === undefined || side % 2 === 0;
  return (
    nearestTense(parts, order, exprStart, exprEnd, side) ??
    (outside ? nearestTense(parts, order, exprStart, exprEnd, null) : null) ??
    'present'
  );
}

function nearestTense(
  parts: SentenceTenses,
  order: readonly number[],
  exprStart: number,
  exprEnd: number,
  side: number | null | undefined,
): Tense | null {
  for (const index of order) {
    if (side !== null && parts[index]?.side !== side) continue;
    let best: Marker | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const marker of parts[index]?.markers ?? []) {
      if (marker.at >= exprStart && marker.at < exprEnd) continue;
      // The gap between the words: from the end of a marker before, to the start of one after.
      const distance = marker.at < exprStart ? exprStart - marker.end : marker.at - exprEnd;
      if (distance < bestDistance) {
        best = marker;
        bestDistance = distance;
      }
    }
    if (best) return best.tense;
  }
  return null;
}
