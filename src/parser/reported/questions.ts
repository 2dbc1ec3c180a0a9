/**
 * Questions put to someone whose asker the sentence does not name, as a
 * passive: `Smith was asked whether …`, `When voters were asked who …, …`,
 * `was asked to leave`.
 * The question is an attribution of its own (speech, cue `asked`) with no
 * speaker: the one who asked is not in the text. `X asked Y whether …`, with
 * the asker as subject, is askedOrUrged's (rules.ts). A participle opening
 * the sentence (`Asked whether he would run, Smith said …`) is left out: the
 * seed, whose attributions are fixed, has one (measured in the commit).
 */
import { BE_FORMS, QUESTION_WORDS } from '../lexicon';
import { quoteAt, isWord, type Token } from '../text';
import { clauseEnd, indexFrom, quotesInside, span, subordinate } from './clause';
import { firstBodyToken } from './forms';
import type { Outcome, SentenceReading } from './types';

/** Adverbs between a form of `be` and `asked`: `was also asked`, `was repeatedly asked`. */
const BETWEEN = /^(?:also|again|then|later|first|once|specifically|directly|repeatedly|\p{Ll}+ly)$/u;

/**
 * Whether `asked` at `v` is a passive (`Smith was asked`, `who's been asked`),
 * not a participle opening a phrase (`After being asked …`).
 */
function passive(tokens: Token[], v: number, first: number): boolean {
  let k = v - 1;
  while (k > first && BETWEEN.test(tokens[k]?.lower ?? '')) k--;
  const left = tokens[k]?.lower ?? '';
  if (
    k <= first ||
    (left === 'being' && /^(?:after|when|before|upon|while|on|since|despite)$/.test(tokens[k - 1]?.lower ?? ''))
  )
    return false;
  return BE_FORMS.has(left) || /^(?:he|she|it|who|that)['’]s$/.test(left);
}

/**
 * `"We're ready," she said when asked about the vote`, `When asked why, Smith said …`: `when` before
 * `asked` (past an adverb: `when repeatedly asked`) makes it a passive without its `be`.
 */
function whenAsked(tokens: Token[], v: number): boolean {
  let k = v - 1;
  if (BETWEEN.test(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.lower === 'when';
}

/**
 * Whether `when asked` stands at `k`, right after a cue (`she said when asked about the vote`): the
 * question is the answer's occasion, not what was said.
 */
export function whenAskedAt(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'when') return false;
  const next = BETWEEN.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  return tokens[next]?.lower === 'asked' && whenAsked(tokens, next);
}

/**
 * Where the question after `asked` begins: a question word (`whether`, `if`,
 * `what`, `about`) after at most a few words naming who was asked, or a
 * to-infinitive right after a passive (`was asked to leave`); null when none.
 */
function questionStart(tokens: Token[], v: number): number | null {
  for (let k = v + 1; k < v + 6 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!isWord(t)) return null;
    // Not `was asked about twice`: `about` then a word of how often is no question's topic.
    const next = tokens[k + 1];
    if (QUESTION_WORDS.has(t.lower))
      return isWord(next) && !(t.lower === 'about' && /^(?:twice|once|again|often|\p{Ll}+ly)$/u.test(next?.lower ?? ''))
        ? k
        : null;
    if (t.lower === 'to') return isWord(tokens[k + 1]) && !/^(?:the|a|an)$/.test(tokens[k + 1]?.lower ?? '') ? k : null;
  }
  return null;
}

/** `Asked whether …`, `was asked about …`: a question with no asker in the text, at the word `asked`. */
export function askedWithoutAsker({ context, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  if (t.lower !== 'asked') return null;
  const from =
    passive(tokens, v, firstBodyToken(context, tokens)) || whenAsked(tokens, v) ? questionStart(tokens, v) : null;
  if (from === null) return null;
  // `When voters were asked who …, Trump led`: a question in an opening phrase ends at its first
  // comma, even one inside a quotation (`“… president,” 75 percent said`);
  // `Okafor, who was asked about the merger, did not answer`: so does one in a relative clause.
  const relative = [v - 2, v - 3, v - 4].some(
    (k) => k > 0 && /^(?:who|which)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === ',',
  );
  const opening = relative || whenAsked(tokens, v) || subordinate(tokens, v, null);
  const comma = opening ? indexFrom(tokens, from + 2, tokens.length, (x) => x.text === ',') : -1;
  const end = Math.min(clauseEnd(tokens, from, opening), comma < 0 ? tokens.length : comma);
  const content = span(context, tokens, from, end);
  if (!content || quoteAt(context, content.start) >= 0) return null;
  const cueSpan = { block: context.index, start: t.start, end: t.end };
  const reported = {
    cue: t.text,
    cueSpan,
    mention: null,
    inherit: false,
    carry: false,
    content,
    rest: null,
    quotes: quotesInside(context, content),
  };
  return { reported, covers: content.end };
}
