/**
 * Design B, "cue first": after the form rules (find-reported.ts) have read a
 * sentence, every word of the cue lexicon (lexicon/cue-first.ts) that no
 * attribution covers yet opens one, and one shared reader finds its content
 * and its source:
 *   X plans/wants/hopes/seeks to VP                (intention: the to-infinitive)
 *   X announced/endorsed/supports/wants NP          (an act whose object is the content)
 *   In a CNN poll, CLAUSE                           (evidence named before the clause)
 *   polls/records/documents show (that) CLAUSE      (evidence as the subject)
 * The source is the subject before the cue (a person, a group of people or an
 * organisation: `it plans to` opens nothing) or the evidence phrase. The form rules keep what they found: design B
 * only adds attributions that share no word with theirs.
 */
import {
  CUE_VERBS,
  EVIDENCE_NOUNS,
  EVIDENCE_OPENERS,
  EVIDENCE_VERBS,
  INTENTION_VERBS,
  NOT_VERB_AFTER_TO,
  OBJECT_ACT_VERBS,
} from '../lexicon';
import { accordingSource, describedPhrase } from '../speakers';
import { quoteAt } from '../text';
import { isWord, type Token } from '../text';
import type { Located } from '../types';
import { clauseAfter, clauseEnd, indexFrom, quotesInside, span } from './clause';
import { negated } from './cue';
import { firstBodyToken, relativeObject } from './forms';
import { someone, subjectOf, type Reading } from './reading';
import { THOUGHT_READERS } from './thoughts';
import { EVIDENCE_READERS } from './evidence';
import { INTENTION_READERS } from './intentions';
import { objectEndAfter, STANCE_READERS } from './stance';
import { OFFER_READERS } from './offered';
import type { Reported, SentenceReading } from './types';

/** `plans to sign`, `hopes to see`: a to-infinitive after an intention verb (not `to the …`). */
function intention(sentence: SentenceReading, v: number): Reading | null {
  const { context, tokens } = sentence;
  const t = tokens[v] as Token;
  const verb = tokens[v + 2] as Token;
  if (!INTENTION_VERBS.has(t.lower) || tokens[v + 1]?.lower !== 'to' || !isWord(verb)) return null;
  if (NOT_VERB_AFTER_TO.has(verb.lower) && verb.lower !== 'be') return null;
  const mention = subjectOf(sentence, v);
  if (!someone(mention) || relativeObject(tokens, v, mention)) return null;
  const content = span(context, tokens, v + 1, clauseEnd(tokens, v + 2, false, true), false, 3);
  return content ? { cue: [v, v + 1], content, mention } : null;
}

/** Words that show no object follows: `wants to` (an intention), `by` (a passive), `what X wants and …`. */
const NO_OBJECT = /^(?:to|by|and|or|but|is|was|are|were|has|have|had)$/;

/** `endorsed Ruiz`, `proposed a tax on …`: the object after the verb, or the clause after it. */
function objectAct(sentence: SentenceReading, v: number): Reading | null {
  const { context, tokens } = sentence;
  const t = tokens[v] as Token;
  const next = tokens[v + 1] as Token;
  if (!OBJECT_ACT_VERBS.has(t.lower) || !isWord(next) || NO_OBJECT.test(next.lower)) return null;
  if (negated(tokens, v)) return null;
  const mention = subjectOf(sentence, v);
  if (!someone(mention)) return null;
  const clause = clauseAfter(tokens, v, t);
  const start = clause ?? v + 1;
  // `endorsed Cruz last week`: a noun object ends before a phrase of time or a comma.
  const end = objectEndAfter(tokens, start, clause !== null);
  const content = span(context, tokens, start, end, true, 1);
  return content ? { cue: [v, v + 1], content, mention } : null;
}

/** `In a CNN national poll, CLAUSE`: a fronted phrase with an evidence noun, then a comma and the clause. */
function evidenceOpener(sentence: SentenceReading, v: number): Reading | null {
  const { context, source, base, tokens } = sentence;
  const t = tokens[v] as Token;
  if (!EVIDENCE_OPENERS.has(t.lower) || v !== firstBodyToken(context, tokens)) return null;
  const comma = indexFrom(tokens, v + 1, v + 12, (x) => !isWord(x) && x.text !== '-');
  if (comma < 0 || tokens[comma]?.text !== ',') return null;
  if (!tokens.slice(v + 1, comma).some((x) => EVIDENCE_NOUNS.has(x.lower))) return null;
  const mention = accordingSource(tokens, v + 1, comma, source, base);
  const content = span(context, tokens, comma + 1, clauseEnd(tokens, comma + 1), false, 3);
  return content && mention ? { cue: [v, v + 1], content, mention } : null;
}

/** `fundraising documents show (that) CLAUSE`: an evidence verb whose subject ends in an evidence noun. */
function evidenceSubject(sentence: SentenceReading, v: number): Reading | null {
  const { context, source, base, tokens } = sentence;
  const t = tokens[v] as Token;
  if (!EVIDENCE_VERBS.has(t.lower) || !EVIDENCE_NOUNS.has(tokens[v - 1]?.lower ?? '')) return null;
  let from = v - 1;
  while (from > 0 && isWord(tokens[from - 1]) && v - from < 6 && !CUE_VERBS.has(tokens[from - 1]?.lower ?? '')) from--;
  const mention = describedPhrase(tokens, from, v, source, base) ?? subjectOf(sentence, v);
  const start = clauseAfter(tokens, v, t) ?? v + 1;
  const content = span(context, tokens, start, clauseEnd(tokens, start), false, 3);
  return content ? { cue: [v, v + 1], content, mention } : null;
}

const READERS = [
  intention,
  objectAct,
  evidenceOpener,
  evidenceSubject,
  ...THOUGHT_READERS,
  ...EVIDENCE_READERS,
  ...INTENTION_READERS,
  ...STANCE_READERS,
  ...OFFER_READERS,
] as const;

/**
 * Design B's attributions in one sentence: each word no attribution in
 * `found` covers is tried by the readers in order; what a reader finds stays
 * when it shares no character with an earlier attribution.
 */
export function cueFirst(
  sentence: SentenceReading,
  found: readonly Reported[],
  verbAt: (v: number) => boolean,
): Reported[] {
  const { context, tokens } = sentence;
  const taken: Located[] = found.flatMap((r) => [
    r.content,
    ...(r.rest ? [r.rest] : []),
    ...(r.cueSpan ? [r.cueSpan] : []),
  ]);
  const free = (a: Located) => taken.every((b) => a.end <= b.start || b.end <= a.start);
  const added: Reported[] = [];
  tokens.forEach((t, v) => {
    if (!isWord(t) || !free(t as unknown as Located) || quoteAt(context, t.start) >= 0) return;
    if (!(verbAt(v) || EVIDENCE_OPENERS.has(t.lower))) return;
    const reading = READERS.reduce<Reading | null>((r, read) => r ?? read(sentence, v), null);
    if (!reading || !free(reading.content) || quoteAt(context, reading.content.start) >= 0) return;
    const first = tokens[reading.cue[0]] as Token;
    const last = tokens[reading.cue[1] - 1] as Token;
    const cueSpan: Located = { block: context.index, start: first.start, end: last.end };
    if (!free(cueSpan)) return;
    taken.push(reading.content, cueSpan);
    added.push({
      cue: context.block.text.slice(cueSpan.start, cueSpan.end),
      cueSpan,
      mention: reading.mention ? { ...reading.mention, block: context.index } : null,
      inherit: false,
      carry: false,
      content: reading.content,
      rest: null,
      quotes: quotesInside(context, reading.content),
    });
  });
  return added;
}
