/**
 * Where what was said ends when the attribution stands inside a clause that
 * is not the sentence's main one: a relative clause set off by commas
 * (`Canova, who cited trade as his major issue, cast himself as …`). The
 * helpers here read tokens only; clause.ts calls them from clauseEnd.
 */

import { BARE_CLAUSE_VERBS, CARRY_PARTICIPLES, CUE_VERBS, FINITE, IRREGULAR_PAST } from '../lexicon';
import { isQuantity } from '../speakers';
import { isWord, type Token } from '../text';

/** Words that may stand before the main clause's verb: `, ultimately did not`, `, also supported`. */
const BEFORE_VERB = /^(?:also|then|later|still|never|now|soon|again|quickly|not)$|^\p{Ll}{3,}ly$/u;

/**
 * Whether the clause that starts at `from` stands in a relative clause after a comma (`X, who said …`,
 * `X, who endorsed Y in May and said …`): only words lie between `, who` and `from`.
 */
export function inRelativeClause(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= 1 && k >= from - 10; k--) {
    const t = tokens[k] as Token;
    if (!isWord(t)) return false;
    if (t.lower === 'who') return tokens[k - 1]?.text === ',';
  }
  return false;
}

/** Whether a verb of the sentence's main clause (with no subject of its own) follows the comma at `k`. */
export function predicateAfter(tokens: Token[], k: number): boolean {
  let at = k + 1;
  while (at < k + 3 && BEFORE_VERB.test(tokens[at]?.text ?? '')) at++;
  const t = tokens[at];
  if (!t || !isWord(t)) return false;
  return (
    FINITE.has(t.lower) ||
    /n[’']t$/.test(t.lower) ||
    IRREGULAR_PAST.has(t.lower) ||
    /^\p{Ll}{3,}ed$/u.test(t.text) ||
    BARE_CLAUSE_VERBS.has(t.lower) ||
    (CUE_VERBS.has(t.lower) && !/ing$/.test(t.lower) && /s$/.test(t.lower))
  );
}

/**
 * Whether `compared with` / `compared to` at `k` sets a share against what was said from `from`
 * (`52 percent said Mr. Trump would be better, compared with 41 percent for …`): a quantity follows it and
 * none stands in what was said, which then is not a comparison of its own (`won 758 delegates, compared to Cruz’s 538`).
 */
export function comparisonAt(tokens: Token[], from: number, k: number): boolean {
  if (tokens[k]?.lower !== 'compared' || !/^(?:with|to)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  if (!isQuantity(tokens, k + 2)) return false;
  for (let m = from; m < k; m++) if (isQuantity(tokens, m)) return false;
  return true;
}

/**
 * Whether `and` or `but` at `k` joins an act of the speaker's own in the present perfect (`…, and has championed
 * an agenda`, `… but has said she will …`): `has` or `have` and a participle, with no subject of its own.
 */
export function perfectActAt(tokens: Token[], k: number): boolean {
  if (!/^(?:and|but)$/.test(tokens[k]?.lower ?? '') || !/^(?:has|have)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  const participle = tokens[k + 2];
  return (
    participle !== undefined &&
    (IRREGULAR_PAST.has(participle.lower) || /^(?:been|\p{Ll}{3,}(?:ed|en))$/u.test(participle.text))
  );
}

/**
 * `painting others as weak and suggesting that …`, `saying she is experienced but suggesting …`: a participle
 * joined to another participle's phrase by `and` or `but` (maybe with `also`), after a comma earlier in the
 * sentence, carries the same subject.
 */
export function participleAfterConjunction(tokens: Token[], v: number): boolean {
  const at = tokens[v - 1]?.lower === 'also' ? v - 2 : v - 1;
  if (!/^(?:and|but)$/.test(tokens[at]?.lower ?? '') || !CARRY_PARTICIPLES.has(tokens[v]?.lower ?? '')) return false;
  for (let k = at - 1; k >= 1 && k >= at - 25; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',' || /^[—–]$/.test(t.text)) return /ing$/.test(tokens[k + 1]?.lower ?? '');
  }
  return false;
}
