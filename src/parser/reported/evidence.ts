/**
 * Design B readers for evidence the form rules and cue-first.ts leave open (issue 14):
 *   Recent polls showing her well behind …    (an evidence noun with a participle of showing)
 * The source is the evidence phrase; the act stays speech (what a source published).
 * Measured and left out: a clause followed by the poll it is read in (`Kasich was at 25 percent in the
 * latest Fox poll`): on PolNeAR train 17 of 64 such readings matched an annotation.
 */
import { EVIDENCE_NOUNS, EVIDENCE_PARTICIPLES, EVIDENCE_VERBS } from '../lexicon';
import { describedPhrase } from '../speakers';
import { isWord, type Token } from '../text';
import { clauseAfter, clauseEnd, span } from './clause';
import { firstBodyToken } from './forms';
import type { Reading } from './reading';
import type { SentenceReading } from './types';

/** Words a noun phrase before the participle never reaches back past: `with two new polls`, `released records`. */
const OUTSIDE_PHRASE =
  /^(?:with|of|in|on|for|by|to|from|and|or|but|has|have|had|is|was|are|were|that|which|\p{Ll}+ed)$/u;

/** Where the evidence phrase ending before `v` starts: back over at most five words, to its determiner. */
function phraseStart(tokens: Token[], v: number): number {
  let from = v - 1;
  while (from > 0 && v - from < 6) {
    const w = tokens[from - 1] as Token;
    if (!isWord(w) || OUTSIDE_PHRASE.test(w.text)) break;
    from--;
    if (/^(?:a|an|the|this|these|those|its|their|his|her)$/.test(w.lower)) break;
  }
  return from;
}

/** `polls showing her well behind`, `ledgers showing he was …`: an evidence noun, then a participle of showing. */
function evidenceParticiple(sentence: SentenceReading, v: number): Reading | null {
  const { context, source, base, tokens } = sentence;
  const t = tokens[v] as Token;
  if (!EVIDENCE_PARTICIPLES.has(t.lower) || !EVIDENCE_NOUNS.has(tokens[v - 1]?.lower ?? '')) return null;
  const mention = describedPhrase(tokens, phraseStart(tokens, v), v, source, base);
  const start = clauseAfter(tokens, v, t) ?? v + 1;
  const content = span(context, tokens, start, clauseEnd(tokens, start, false, true), false, 3);
  return content && mention ? { cue: [v, v + 1], content, mention } : null;
}

/**
 * `Much of that money came from companies that no longer exist, campaign and corporate records show.`: an
 * evidence phrase and verb that close the sentence after a comma, as `…, X said.` does; what they show is the
 * clause before the comma, from the start of the sentence.
 */
function evidenceAfter(sentence: SentenceReading, v: number): Reading | null {
  const { context, source, base, tokens } = sentence;
  const t = tokens[v] as Token;
  if (!EVIDENCE_VERBS.has(t.lower) || !EVIDENCE_NOUNS.has(tokens[v - 1]?.lower ?? '')) return null;
  if (v + 1 < tokens.length && !/^[.!?]$/.test(tokens[v + 1]?.text ?? '')) return null;
  const first = firstBodyToken(context, tokens);
  // `, campaign and corporate records show.`: the phrase runs back over words to the comma.
  let from = v - 1;
  while (from > first && isWord(tokens[from - 1]) && v - from < 7) from--;
  if (tokens[from - 1]?.text !== ',' || from - 1 <= first) return null;
  const mention =
    describedPhrase(tokens, from, v, source, base) ?? describedPhrase(tokens, phraseStart(tokens, v), v, source, base);
  const content = span(context, tokens, first, from - 1, false, 3);
  return content && mention ? { cue: [v, v + 1], content, mention } : null;
}

/** The evidence readers, in the order cue-first.ts tries them after its own. */
export const EVIDENCE_READERS = [evidenceParticiple, evidenceAfter] as const;
