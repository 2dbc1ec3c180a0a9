/**
 * Expectations whose holder the sentence does not name, as a passive:
 * `The Fed is expected to raise rates`, `Clinton isn't expected to attend`,
 * `a vote that is widely expected to fail`.
 * What is expected is the subject and the to-infinitive, around the cue (one
 * quote in two pieces, as in PolNeAR: `The Fed … to raise rates`); the quote is
 * a thought (cue `expected`, THOUGHT_CUES) with no speaker: who expects it is
 * not in the text. `Smith expects to win`, with the holder as subject, is a
 * cue verb's (cue.ts); `expected by analysts to …` names its holder and is
 * left out.
 */
import { CUE_VERBS, FINITE, SUBORDINATORS } from '../lexicon';
import { quoteAt, isWord, type Token } from '../text';
import { clauseEnd, quotesInside, span } from './clause';
import { firstBodyToken } from './forms';
import { statementAt, type Outcome, type SentenceReading } from './types';

/** A form of `be` before the participle, contracted ones too: `isn’t`, `he’s`, `they’re`. */
const BE = /^(?:is|was|are|were|be|been|being|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|\p{L}+['’](?:s|re))$/u;

/** Words between a subject and the participle: `will be widely expected`, `is not yet expected`. */
const BETWEEN =
  /^(?:not|n['’]t|never|also|still|now|yet|already|once|originally|initially|generally|widely|largely|broadly|\p{Ll}+ly)$/u;

/** Auxiliaries before `be`: `will be expected`, `had been expected`, `might be expected`. */
const AUXILIARY = /^(?:will|would|shall|should|may|might|must|can|could|has|have|had|'d|’d|not)$/;

/** Words that open the clause the subject stands in; the subject starts after them. */
const OPENS = /^(?:and|but|or|so|nor|then|while|whereas|because|though|although|if|unless|when|where|once|until)$/;

/** A relative pronoun as the subject: `…, which is expected to …` (the quote's subject is the pronoun). */
const RELATIVE = /^(?:which|who|that)$/;

/** `250,000`: a comma inside a number, with no space either side. */
export function numberComma(tokens: Token[], j: number): boolean {
  const t = tokens[j] as Token;
  return t.text === ',' && tokens[j - 1]?.end === t.start && tokens[j + 1]?.start === t.end;
}

/** Where a phrase that ends at `k` (a form of `be`, minus what stands between) starts: the participle's subject. */
export function subjectStart(tokens: Token[], k: number, first: number): number | null {
  let start = k + 1;
  let comma = false;
  for (let j = k; j >= first; j--) {
    const t = tokens[j] as Token;
    // `250,000 Iowans`: a comma inside a number.
    if (numberComma(tokens, j)) continue;
    // `The central bank, which has held rates near zero, is expected …`: one aside between commas.
    if (t.text === ',' && j === k && !comma) {
      comma = true;
      continue;
    }
    if (t.text === ',' && comma && j < k) {
      comma = false;
      continue;
    }
    if (!isWord(t) && !/^["“”]$/.test(t.text)) break;
    if (comma) continue;
    if (RELATIVE.test(t.lower)) return j;
    if (OPENS.test(t.lower) || SUBORDINATORS.has(t.lower) || CUE_VERBS.has(t.lower) || FINITE.has(t.lower)) break;
    start = j;
  }
  return start <= k && !comma ? start : null;
}

/** `The Fed is expected to raise rates`: a passive expectation whose holder is not named, at the word `expected`. */
export function expectedWithoutHolder({ context, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  if (t.lower !== 'expected') return null;
  const to = v + 1;
  const verb = tokens[to + 1];
  if (tokens[to]?.lower !== 'to' || !isWord(verb) || /^(?:the|a|an)$/.test(verb?.lower ?? '')) return null;
  let b = v - 1;
  while (b > 0 && BETWEEN.test(tokens[b]?.lower ?? '')) b--;
  if (!BE.test(tokens[b]?.lower ?? '')) return null;
  let k = b - 1;
  // `he’s expected`, `they’re expected`: the subject is in the same word as `be`.
  if (/['’](?:s|re)$/.test(tokens[b]?.lower ?? '')) k = b;
  while (k > 0 && (AUXILIARY.test(tokens[k]?.lower ?? '') || BETWEEN.test(tokens[k]?.lower ?? ''))) k--;
  const first = firstBodyToken(context, tokens);
  if (k < first) return null;
  const from = subjectStart(tokens, k, first);
  if (from === null) return null;
  const subject = span(context, tokens, from, k + 1, false, 1);
  // `The speech, which is expected to draw crowds, starts at nine`, `… to attend, though …`: what is expected ends at a comma.
  let comma = to;
  while (comma < tokens.length && (tokens[comma]?.text !== ',' || numberComma(tokens, comma))) comma++;
  const rest = span(context, tokens, to, Math.min(clauseEnd(tokens, to), comma));
  if (!subject || !rest || quoteAt(context, subject.start) >= 0 || quoteAt(context, rest.start) >= 0) return null;
  const quotes = [...quotesInside(context, subject), ...quotesInside(context, rest)];
  return { reported: statementAt(context, t, null, subject, { rest, quotes }), covers: rest.end };
}
