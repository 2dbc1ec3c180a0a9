/**
 * `The Club for Growth is reportedly spending $1.5 million on ads`, `Reportedly, he made comments to
 * co-workers`: the adverb says the clause around it was reported by someone the sentence does not name. The
 * clause is an attribution with no speaker (speech, cue `reportedly`), its content the clause without the
 * adverb. Not before a cue of its own (`Trump reportedly said …` is the said rule's, with Trump speaking).
 */
import { CUE_VERBS, SUBORDINATORS } from '../lexicon';
import { quoteAt, isWord, type Token } from '../text';
import { clauseEnd, indexFrom, quotesInside, span } from './clause';
import { statementAt, type Outcome, type SentenceReading } from './types';

/** Words after which the reported clause begins: `With Bloomberg reportedly considering a run, …`. */
const OPENS_CLAUSE = /^(?:with|and|but|that|as|so|while)$/;

/** Where the clause around the adverb at `v` begins: after the last comma, semicolon or opening word before it. */
function clauseStart(tokens: Token[], v: number): { start: number; opened: boolean } {
  for (let k = v - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (/^[,;:—–(]$/.test(t.text)) return { start: k + 1, opened: false };
    if (OPENS_CLAUSE.test(t.lower) || SUBORDINATORS.has(t.lower)) return { start: k + 1, opened: true };
  }
  return { start: 0, opened: false };
}

/** `X is reportedly considering …`: the clause around `reportedly`, with no speaker. */
export function reportedly({ context, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  if (t.lower !== 'reportedly') return null;
  // `Trump reportedly said …`, `reportedly told aides …`: the cue after it has a speaker of its own.
  if ([v + 1, v + 2].some((k) => CUE_VERBS.has(tokens[k]?.lower ?? ''))) return null;
  // `with Donald Trump reportedly yelling: "Get him out of here!"`: a quote right after is that person's words.
  if ([v + 2, v + 3, v + 4].some((k) => tokens[k] !== undefined && quoteAt(context, (tokens[k] as Token).start) >= 0))
    return null;
  const { start, opened } = clauseStart(tokens, v);
  const from = tokens[v + 1]?.text === ',' ? v + 2 : v + 1;
  if (!isWord(tokens[from])) return null;
  // In an opening phrase (`With Bloomberg reportedly considering a run, a poll found …`) the clause ends at its comma.
  const comma = opened ? indexFrom(tokens, from, tokens.length, (x) => x.text === ',') : -1;
  const end = Math.min(clauseEnd(tokens, from, opened), comma < 0 ? tokens.length : comma);
  const rest = span(context, tokens, from, end);
  if (!rest || quoteAt(context, rest.start) >= 0) return null;
  const head = start < v ? span(context, tokens, start, v, false, 1) : null;
  const content = head ?? rest;
  const quotes = quotesInside(context, content);
  if (!head) return { reported: statementAt(context, t, null, rest, { quotes }), covers: rest.end };
  return {
    reported: statementAt(context, t, null, head, { rest, quotes: [...quotes, ...quotesInside(context, rest)] }),
    covers: rest.end,
  };
}
