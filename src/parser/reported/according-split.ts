/**
 * `At the heart of the trouble, according to Dennis Ross, was a decision by Mr. Obama …`: a source set off
 * by commas inside one clause. What was said is both sides of it when the words before the source are no
 * clause of their own (no verb: a subject, `About 10:03 p.m.`, `Among the precedents at risk`) or the words
 * after it go on with a verb that has no subject (`One of the decisions they made, according to a person
 * close to the process, is to turn …`).
 */
import { FINITE, IRREGULAR_PAST } from '../lexicon';
import { isCapitalized, type Token } from '../text';

/** Whether the token reads as a verb: an auxiliary, or a past form in lower case (`reduced`, `took`). */
function verbLike(t: Token | undefined): boolean {
  if (!t || isCapitalized(t)) return false;
  return FINITE.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /^\p{Ll}{3,}ed$/u.test(t.text);
}

/**
 * Whether the lead (tokens `from` to `end`, before the source's comma) and the words after the source (from
 * `after`) are one statement split by it.
 */
export function splitBySource(tokens: Token[], from: number, end: number, after: number): boolean {
  // `…, according to the poll, and has …`, `…, where 475 delegates …`: a clause joined after the source is another.
  if (/^(?:and|but|or|nor|where|which|who|while|when|as|so|although|though|because)$/.test(tokens[after]?.lower ?? ''))
    return false;
  if (FINITE.has(tokens[after]?.lower ?? '')) return true;
  for (let k = from; k < end; k++) if (verbLike(tokens[k])) return false;
  return end > from;
}

/**
 * Where the words after a source's comma at `from` go on, past an appositive about the source that ends in
 * a comma before a verb (`according to Dennis B. Ross, another former special envoy, was a decision …`);
 * `from` itself when there is none.
 */
export function pastAppositive(tokens: Token[], from: number): number {
  const first = tokens[from];
  if (!first || isCapitalized(first) || verbLike(first)) return from;
  for (let k = from + 1; k < tokens.length && k < from + 12; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') return FINITE.has(tokens[k + 1]?.lower ?? '') ? k + 1 : from;
    if (!/^[\p{L}\p{N}'’.-]+$/u.test(t.text) || verbLike(t)) return from;
  }
  return from;
}
