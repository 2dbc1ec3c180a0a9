/**
 * Design B readers for stance the form rules and cue-first.ts leave open (issue 14):
 *   About three-quarters support a temporary ban on …      (a share of voters, the whole subject of its clause)
 *   …, while about 6 in 10 white men supported Sanders    (the same after a word that joins clauses)
 *   Pate backed both John Edwards and Chris Dodd          (`backed`, not in OBJECT_ACT_VERBS)
 * The content is the noun object; the source is the holder. PolNeAR marks these
 * with the cue alone (`support`); `support`, `oppose`, `favor` and `prefer` are thoughts (THOUGHT_CUES), what
 * someone wants or holds; `backed` stays speech, an act of public support.
 * Measured and left out (PolNeAR train, share of readings that matched an annotation): the holder before a
 * relative `who` (`activists who backed Ron Paul`, 3 in 8), and a participle after the noun that holds the
 * stance (`a super PAC supporting Clinton`, `those backing Trump`: `supporting` 12 in 44, `backing` 8 in 19).
 */
import { MONTH_NAMES, OBJECT_ENDS, STANCE_VERBS, TIME_WORDS, WEEKDAY_WORDS } from '../lexicon';
import { clauseSubject, isQuantity, type Mention } from '../speakers';
import { isWord, type Token } from '../text';
import { clauseEnd, indexFrom, span } from './clause';
import { negated } from './cue';
import { firstBodyToken, relativeObject } from './forms';
import { someone, subjectOf, type Reading } from './reading';
import type { SentenceReading } from './types';

const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);

/**
 * Whether the word `x` ends a noun object (OBJECT_ENDS): `on` and `at` only before a time (`on Tuesday`,
 * `on 4 March`, `at 9 a.m.`) or a determiner (`at the rally`, `on that day`, as before), so `a strike at every
 * depot` and `a tax on imported steel` keep their preposition.
 */
function endsObject(tokens: Token[], x: Token): boolean {
  if (!OBJECT_ENDS.has(x.lower)) return false;
  if (!/^(?:on|at)$/.test(x.lower)) return true;
  const after = tokens[tokens.indexOf(x) + 1];
  const word = after?.lower ?? '';
  return TIME_WORDS.has(word) || MONTHS.has(word) || /^\d/.test(word) || /^(?:the|that|this|which)$/.test(word);
}

/** `prefer Gary Johnson and 1 percent support Jill Stein`: `and`, `but` or `while` before another share's clause. */
function shareFollows(tokens: Token[], x: Token): boolean {
  if (!/^(?:and|but|while|whereas)$/.test(x.lower)) return false;
  const k = tokens.indexOf(x) + 1;
  return isQuantity(tokens, k) && /^\d/.test(tokens[k]?.text ?? '');
}

/**
 * Where the object of a verb at `v` ends, starting at `start` (`clause`: a clause follows the verb, which runs
 * to its end): a noun object ends before a phrase of time, a comma or a weekday (`endorsed Cruz last week`).
 */
export function objectEndAfter(tokens: Token[], start: number, clause: boolean): number {
  const end = clauseEnd(tokens, start, false, !clause);
  if (clause) return end;
  const stop = indexFrom(
    tokens,
    start + 1,
    end,
    (x) => x.text === ',' || endsObject(tokens, x) || WEEKDAY_WORDS.has(x.lower) || shareFollows(tokens, x),
  );
  return Math.min(end, stop >>> 0);
}

/** Words that show no object follows: `backed by`, `backed away`, `opposed to` (an adjective), `what X favors and …`. */
const NO_OBJECT =
  /^(?:to|by|and|or|but|is|was|are|were|has|have|had|away|off|down|out|up|into|it|this|that|which|them|themselves|of|from|among|for|in|on|at|with|as|within|across|behind)$/;

/** The object after the stance verb at `v`, with `mention` as its holder. */
function stanceObject(sentence: SentenceReading, v: number, mention: Mention): Reading | null {
  const { context, tokens } = sentence;
  const content = span(context, tokens, v + 1, objectEndAfter(tokens, v + 1, false), true, 1);
  return content ? { cue: [v, v + 1], content, mention } : null;
}

/** The whole subject of the clause before `v` when it is a share of people: `About three-quarters`, `6 in 10 white men`. */
function shareSubject({ context, source, base, tokens }: SentenceReading, v: number): Mention | null {
  const mention = clauseSubject(tokens, v, firstBodyToken(context, tokens), source, base);
  const at = mention ? tokens.findIndex((x) => x.start === mention.start) : -1;
  return at >= 0 && isQuantity(tokens, at) ? mention : null;
}

/**
 * `About three-quarters support a ban on …`, `Pate backed John Edwards`: a stance verb whose holder is the
 * subject right before it or, failing that, the whole subject of its clause (a share, a group).
 */
function shareStance(sentence: SentenceReading, v: number): Reading | null {
  const { tokens } = sentence;
  const t = tokens[v] as Token;
  const next = tokens[v + 1];
  if (!STANCE_VERBS.has(t.lower) || !next || !isWord(next) || NO_OBJECT.test(next.lower)) return null;
  // `is opposed`, `were backed`: a passive or an adjective, whose holder is not the subject; `free to support`:
  // an infinitive; `activists who backed Ron Paul`: measured and left out (PolNeAR train: 3 of 8 readings matched).
  if (/^(?:is|are|was|were|be|been|being|get|got|to|who)$/.test(tokens[v - 1]?.lower ?? '') || negated(tokens, v))
    return null;
  const mention = subjectOf(sentence, v) ?? shareSubject(sentence, v);
  if (!someone(mention) || relativeObject(tokens, v, mention)) return null;
  return stanceObject(sentence, v, mention);
}

/** The stance readers, in the order cue-first.ts tries them after its own. */
export const STANCE_READERS = [shareStance] as const;
