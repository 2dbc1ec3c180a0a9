/**
 * `…, despite a survey by the Civic Trust, which found that 62% of respondents
 * opposed the timetable`: a poll, a study or a report named before a relative
 * `which`/`that` with an evidence verb is the source of what it found. The
 * finding is what the relative clause says after the verb, and the verbs
 * inside it (`opposed`) are part of the finding, not attributions of their own.
 */
import { EVIDENCE_NOUNS, EVIDENCE_VERBS } from '../lexicon';
import { accordingSource } from '../speakers';
import { quoteAt, isWord, type Token } from '../text';
import { clauseEnd, quotesInside, span } from './clause';
import { statementAt, type Outcome, type SentenceReading } from './types';

/** Words that open the phrase of an evidence noun: `a survey`, `Gallup's latest poll`, `their study`. */
const DETERMINER = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|another)$|['’]s$/;

/** Where the phrase of the evidence noun at `noun` starts: its determiner within four words, else the noun. */
function phraseStart(tokens: Token[], noun: number): number {
  for (let j = noun - 1; j >= Math.max(0, noun - 4); j--) {
    const t = tokens[j] as Token;
    if (!isWord(t)) return noun;
    if (DETERMINER.test(t.lower)) return j;
  }
  return noun;
}

/** The evidence noun of the phrase that ends at the comma at `comma` (`a survey by the Civic Trust,`), or -1. */
function evidenceNoun(tokens: Token[], comma: number): number {
  for (let k = comma - 1; k >= Math.max(0, comma - 12); k--) {
    const t = tokens[k] as Token;
    if (/^[,;:()—–]$/.test(t.text)) return -1;
    if (EVIDENCE_NOUNS.has(t.lower)) return k;
  }
  return -1;
}

/** `a survey by X, which found that …`: the finding of a poll, a study or a report named before `which`. */
export function relativeFinding({ context, source, base, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  if (!(
    EVIDENCE_VERBS.has(t.lower) &&
    /^(?:which|that)$/.test(tokens[v - 1]?.lower ?? '') &&
    tokens[v - 2]?.text === ','
  ))
    return null;
  const noun = evidenceNoun(tokens, v - 2);
  if (noun < 0) return null;
  const mention = accordingSource(tokens, phraseStart(tokens, noun), v - 2, source, base);
  const from = tokens[v + 1]?.lower === 'that' ? v + 2 : v + 1;
  const contentSpan = mention && isWord(tokens[from]) ? span(context, tokens, from, clauseEnd(tokens, from)) : null;
  if (!mention || !contentSpan || quoteAt(context, contentSpan.start) >= 0) return null;
  return {
    reported: statementAt(context, t, mention, contentSpan, { quotes: quotesInside(context, contentSpan) }),
    covers: contentSpan.end,
  };
}
