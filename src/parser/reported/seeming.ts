/**
 * How things seem, with no one named who sees them so (issue 14):
 *   The race seems to be tightening.          Clinton appeared irritated.
 *   It seems that the plan will fail.         It appears likely Gowdy is right.
 * PolNeAR marks these as thoughts whose holder is the writer's unnamed
 * observer: the content is the subject and what follows the cue (one quote in
 * two pieces, as for `is expected to`, expectations.ts), and with the dummy
 * subject `it` only what follows. The quote is a thought (cue `seems`,
 * THOUGHT_CUES) with no speaker. `appeared on Fox News` is an appearance, not
 * a thought: `appear` opens one only before `to` or `that`.
 */
import { FINITE } from '../lexicon';
import { isCapitalized, quoteAt, isWord, type Token } from '../text';
import { clauseEnd, quotesInside, span } from './clause';
import { numberComma, subjectStart } from './expectations';
import { firstBodyToken } from './forms';
import { statementAt, type Outcome, type SentenceReading } from './types';

const SEEM = /^(?:seem|seems|seemed|appear|appears|appeared)$/;

/** Words between the subject and the cue: `would seem`, `has also appeared`, `doesn't seem`, `now seems`. */
const BETWEEN =
  /^(?:will|would|shall|should|may|might|must|can|could|has|have|had|does|do|did|not|n['’]t|never|also|still|now|yet|already|once|often|\p{Ll}+ly|\p{Ll}+n['’]t)$/u;

/** What the cue is followed by: `to` (an infinitive) or a clause (`that …`, `like …`, `likely …`). */
function after(tokens: Token[], v: number): 'to' | 'clause' | null {
  const t = tokens[v] as Token;
  const next = tokens[v + 1];
  if (!next || !isWord(next)) return null;
  if (next.lower === 'to')
    return isWord(tokens[v + 2]) && !/^(?:the|a|an|me|him|her|us|them)$/.test(tokens[v + 2]?.lower ?? '') ? 'to' : null;
  if (/^appear/.test(t.lower)) return next.lower === 'that' ? 'clause' : null;
  return 'clause';
}

/**
 * Where what seems ends: at a comma, a colon or a dash, or before a clause of the writer's own
 * (`to be on the upswing after a strong showing`, `to be shrinking even if …`).
 */
const ENDS = /^(?:[,:—–-]|after|when|while|because|though|although|even|whereas|until|since)$/;

/** The end of what follows the cue: its clause, or the first word of ENDS. */
function restEnd(tokens: Token[], from: number): number {
  let end = from + 1;
  while (end < tokens.length && (!ENDS.test(tokens[end]?.lower ?? '') || numberComma(tokens, end))) end++;
  return Math.min(clauseEnd(tokens, from), end);
}

/**
 * Subjects that open no seeming of the writer's: a relative pronoun (`a system that seems rigged`,
 * `who appeared to …`: what seems is the noun's, read inside another statement) and a phrase the walk
 * back over the subject started at a preposition (`of earnest public service seems …`).
 */
const NOT_SUBJECT = /^(?:who|whom|which|that|what|of|for|in|on|at|to|with|by|from|as|about)$/;

/** `The race seems to be tightening`, `It appears that …`: a seeming with no holder, at the word `seems`. */
export function seemingWithoutHolder({ context, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  if (!SEEM.test(t.lower)) return null;
  const form = after(tokens, v);
  if (!form) return null;
  let k = v - 1;
  // `Ms. Kelly seemed …`: a capitalised `-ly` word is a name, not an adverb.
  while (k > 0 && BETWEEN.test(tokens[k]?.lower ?? '') && !isCapitalized(tokens[k])) k--;
  const first = firstBodyToken(context, tokens);
  if (k < first || !isWord(tokens[k]) || FINITE.has(tokens[k]?.lower ?? '')) return null;
  const from = subjectStart(tokens, k, first);
  if (from === null || NOT_SUBJECT.test(tokens[from]?.lower ?? '')) return null;
  // `Clinton seemed irritated`: what the writer saw, annotated as a thought 1 time in 2 on PolNeAR train.
  if (form === 'clause' && tokens[k]?.lower !== 'it') return null;
  const rest = span(context, tokens, v + 1, restEnd(tokens, v + 1), false, 1);
  if (!rest || quoteAt(context, rest.start) >= 0) return null;
  // `It seems that …`, `It seemed likely …`: the dummy subject is no part of what seems.
  if (form === 'clause')
    return { reported: statementAt(context, t, null, rest, { quotes: quotesInside(context, rest) }), covers: rest.end };
  const subject = span(context, tokens, from, k + 1, false, 1);
  if (!subject || quoteAt(context, subject.start) >= 0) return null;
  const quotes = [...quotesInside(context, subject), ...quotesInside(context, rest)];
  return { reported: statementAt(context, t, null, subject, { rest, quotes }), covers: rest.end };
}
