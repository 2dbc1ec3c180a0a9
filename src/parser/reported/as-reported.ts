/**
 * A source named with a passive participle, as `according to` names one:
 * - `As reported by Western Journalism, investigators found 2,200 emails …`,
 *   `As stated in Davis' commentary, there are conflicting stories …`: the
 *   source opens the sentence and what was said is the clause after its comma;
 * - `…, Priorities USA started reserving ad time this week, as first reported
 *   by the New York Times on Tuesday.`: the source closes the sentence, and
 *   what was said is the clause before the comma.
 * The cue is the participle (`reported`), its source the phrase after `by` or `in`.
 */
import { CONNECTIVES } from '../lexicon';
import { accordingSource } from '../speakers';
import { quoteAt, type Token } from '../text';
import { clauseEnd, indexFrom, onlyAdverbial, quotesInside, span } from './clause';
import { statementAt, type Outcome, type SentenceReading } from './types';

/** Participles that name a source after `as … by`/`as … in` (not `as shown by`, which names evidence, not a speaker). */
const SOURCE_PARTICIPLES = /^(?:reported|noted|stated|described|detailed|documented|revealed|told|written)$/;

/** Words that make the source a part of the text itself: `in the section below`, `in Table 2`. */
const CROSS_REFERENCE = /^(?:below|above|section|chapter|figure|table|appendix|footnote)$/;

/** Adverbs that may stand between `as` and the participle: `as first reported by`. */
const BETWEEN = /^(?:first|previously|earlier|originally|initially|also|widely)$/;

/** The index of the `as` that opens the participle at `v` (`as reported`, `as first reported`), or -1. */
function asBefore(tokens: Token[], v: number): number {
  if (tokens[v - 1]?.lower === 'as') return v - 1;
  return BETWEEN.test(tokens[v - 1]?.lower ?? '') && tokens[v - 2]?.lower === 'as' ? v - 2 : -1;
}

/** Whether the tokens from `k` are the sentence's end, maybe after a phrase of time (`on Tuesday.`). */
function closesSentence(tokens: Token[], k: number): boolean {
  const end = tokens[k];
  if (!end || /^[.!?]$/.test(end.text)) return !end || k === tokens.length - 1;
  if (!/^(?:on|last|this|earlier|in)$/.test(end.lower) && !onlyAdverbial(tokens, k)) return false;
  const stop = indexFrom(tokens, k, k + 6, (x) => /^[.!?]$/.test(x.text));
  return stop === tokens.length - 1 && onlyAdverbial(tokens, end.lower === 'on' ? k + 1 : k);
}

/** `As reported by X, CLAUSE` or `CLAUSE, as first reported by X.`: the clause, said by X. */
export function asReported({ context, source, base, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  if (!SOURCE_PARTICIPLES.test(t.lower) || !/^(?:by|in)$/.test(tokens[v + 1]?.lower ?? '')) return null;
  const as = asBefore(tokens, v);
  if (as < 0) return null;
  const mention = accordingSource(tokens, v + 2, tokens.length, source, base);
  if (!mention) return null;
  const named = indexFrom(tokens, v + 2, tokens.length, (x) => x.end === mention.end);
  // `As described in the Queue section below, …`: a part of the same text is a cross-reference, not a source.
  if (named < 0 || tokens.slice(v + 2, named + 2).some((x) => CROSS_REFERENCE.test(x.lower))) return null;
  const opens = as === 0 || (as === 1 && CONNECTIVES.has(tokens[0]?.lower ?? ''));
  let content = null;
  if (opens && tokens[named + 1]?.text === ',')
    content = span(context, tokens, named + 2, clauseEnd(tokens, named + 2));
  else if (!opens && tokens[as - 1]?.text === ',' && closesSentence(tokens, named + 1)) {
    const first = CONNECTIVES.has(tokens[0]?.lower ?? '') ? (tokens[1]?.text === ',' ? 2 : 1) : 0;
    content = span(context, tokens, first, as - 1);
  }
  if (!content || quoteAt(context, content.start) >= 0 || quoteAt(context, content.end - 1) >= 0) return null;
  return {
    reported: statementAt(context, t, mention, content, { quotes: quotesInside(context, content) }),
    covers: Math.max(content.end, (tokens[named] as Token).end),
  };
}
