/**
 * `Asked if he was ever bullied, the candidate said no.`, `75 percent of
 * Democrats said yes`, `after half said so in the earlier poll`, `He said no
 * to the Iraq war`: a one-word answer after a speech verb is what was said,
 * though it is no clause. Not after a negation (`did not say so`) or `to`
 * (`too soon to say so`).
 */
import { subjectBefore } from '../speakers';
import { isWord, quoteAt, type Token } from '../text';
import { clauseEnd, span } from './clause';
import { negated } from './cue';
import { firstBodyToken } from './forms';
import { statementAt, type Outcome, type SentenceReading } from './types';

/** Whether the word after the answer at `k` ends it: the sentence's end, a comma, or a phrase of time or place. */
function endsAnswer(tokens: Token[], k: number): boolean {
  const after = tokens[k + 1];
  return !after || !isWord(after) || /^(?:in|on|at|while|but|and|after|when|during|last|this|then)$/.test(after.lower);
}

/** `said yes`, `said no`, `said so`, `said no to …`: a one-word answer after `said`, `says`, `say`, `replied` or `answered`. */
export function shortAnswer({ context, source, base, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  const answer = tokens[v + 1];
  if (
    !/^(?:said|says|say|replied|answered)$/.test(t.lower) ||
    !answer ||
    !/^(?:yes|no|so)$/.test(answer.lower) ||
    tokens[v - 1]?.lower === 'to' ||
    negated(tokens, v)
  )
    return null;
  // `said no to the Iraq war`: what was refused goes with the answer.
  const refusal = answer.lower === 'no' && tokens[v + 2]?.lower === 'to';
  if (!refusal && !endsAnswer(tokens, v + 1)) return null;
  const mention = subjectBefore(tokens, v, Math.max(firstBodyToken(context, tokens), v - 40), source, base);
  const content = span(context, tokens, v + 1, refusal ? clauseEnd(tokens, v + 1) : v + 2, false, 1);
  if (!mention || !content || quoteAt(context, answer.start) >= 0) return null;
  return { reported: statementAt(context, t, mention, content), covers: content.end };
}
