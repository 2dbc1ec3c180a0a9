/**
 * A participle with a particle after an attribution that closes a quotation
 * (issue 14):
 *   "We need Chapter 9," said Ms. Acosta, referring to the bankruptcy chapter.
 *   "It's a revolution," Ramos said, talking about the Hispanic vote.
 * The participle goes on with the attribution before it, so its speaker is
 * carried from there (as `…," McCain said, citing low growth` is, rules.ts):
 * the sentence's own subject is the quotation, and `particleCue` (rules.ts)
 * finds no speaker to read.
 */
import { OBJECT_CUES } from '../lexicon';
import { isWord, quoteAt, type Token } from '../text';
import { clauseEnd, span } from './clause';
import { statementAt, type Outcome, type SentenceReading } from './types';

/** How far back, in tokens, the attribution's cue may stand: `said Ed Rendell, a former governor, referring to …`. */
const REACH = 16;

/**
 * The attribution verbs it follows: `said`, `says`, `told`. Not `added` (`"…," he added, referring to the
 * chiefs`): no such sentence on PolNeAR train or dev, and the seed's has to stay as it is.
 */
const SAYING =
  /^(?:said|says|told|tells|asked|asks|answered|noted|notes|continued|explained|replied|wrote|writes|recalled)$/;

/** A quotation mark standing alone as a token: the end of a quotation before its attribution. */
const MARK = /^["“”'‘’]{1,2}$/;

/**
 * Whether the comma before `v` closes an attribution of a quotation: an attribution verb (SAYING) within REACH
 * tokens before it, with a quotation mark within REACH tokens before the cue and no sentence end between.
 */
function afterAttribution(tokens: Token[], v: number): boolean {
  if (tokens[v - 1]?.text !== ',') return false;
  for (let k = v - 2; k >= 0 && k > v - REACH; k--) {
    const w = tokens[k] as Token;
    if (SAYING.test(w.lower)) return tokens.slice(Math.max(0, k - REACH), k).some((x) => MARK.test(x.text));
    if (/^[.;:!?]$/.test(w.text)) return false;
  }
  return false;
}

/** `…," said X, referring to Y`: the participle's object, its speaker carried from the attribution before. */
export function carriedParticiple({ context, tokens }: SentenceReading, v: number): Outcome {
  const t = tokens[v] as Token;
  const particle = OBJECT_CUES.get(t.lower);
  const next = tokens[v + 1];
  if (!particle || !t.lower.endsWith('ing') || next?.lower !== particle || !isWord(tokens[v + 2])) return null;
  if (!afterAttribution(tokens, v)) return null;
  // `referring to Condoleezza Rice, his national security adviser at the time`: what is referred to ends at the apposition.
  const comma = tokens.findIndex((x, k) => k > v + 2 && x.text === ',');
  const end = Math.min(clauseEnd(tokens, v + 2, false, true), comma < 0 ? tokens.length : comma);
  // `"Every time," Tester said, referring to the excuse, "you …"`: inside a split quote the participle only joins its halves.
  if (/^["“]$/.test(tokens[end + 1]?.text ?? '')) return null;
  const content = span(context, tokens, v + 2, end, false, 1);
  if (!content || quoteAt(context, content.start) >= 0) return null;
  const reported = statementAt(context, t, null, content);
  const cueSpan = { block: context.index, start: t.start, end: next.end };
  return {
    reported: { ...reported, cue: context.block.text.slice(cueSpan.start, cueSpan.end), cueSpan, carry: true },
    covers: content.end,
  };
}
