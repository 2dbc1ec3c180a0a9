/**
 * The cue of a reported statement as the rules see it: whether a word is a
 * cue verb at all (`said`, `denied`, `citing`), the form the lexicon knows it
 * by (`is warning` reads as `warned`), and whether it is negated (`never said`).
 */

import { participleAfterConjunction } from './boundary';
import {
  BE_FORMS,
  CARRY_PARTICIPLES,
  CUE_VERBS,
  DENIAL_VERBS,
  DIRECT_ONLY_VERBS,
  NOUN_OBJECT_CUES,
  ISSUED_NOUNS,
  ISSUING_VERBS,
  OWN_ACT_NOUNS,
  OBJECT_VERBS,
  PARTICIPLE_PREPOSITIONS,
  PAST_OF_PARTICIPLE,
  THOUGHT_VERBS,
} from '../lexicon';
import { clauseStartsAt } from './clause';
import { subjectAfterWith } from './forms';
import type { Cue, SentenceReading } from './types';
import { isWord, type Token } from '../text';
import type { Located } from '../types';

/**
 * Whether the word at `v` is a cue verb (`said`, `denied`, `cited`) and how it
 * finds its speaker; null when it is none, or when a participle that carries
 * the subject before does not follow a comma.
 */
export function cueVerb({ context, source, base, tokens }: SentenceReading, v: number): Cue | null {
  const t = tokens[v] as Token;
  // `Smith never said the plan was dead`, `did not say that …`: a negated cue reports nothing said.
  if (negated(tokens, v)) return null;
  // `Trump is warning voters that …`, `He's claiming that …`: a progressive reads as its past form.
  const lower = progressiveForm(tokens, v) ?? t.lower;
  const objectVerb =
    (OBJECT_VERBS.has(lower) && !CUE_VERBS.has(lower) && !THOUGHT_VERBS.has(lower)) ||
    nounObjectAfter(tokens, v, lower);
  // `…, compared with 33 percent last month`: a comparison, not someone likening one thing to another.
  if (lower === 'compared' && /^(?:with|to)$/.test(tokens[v + 1]?.lower ?? '')) return null;
  if (
    !(CUE_VERBS.has(lower) || THOUGHT_VERBS.has(lower) || objectVerb) ||
    (DIRECT_ONLY_VERBS.has(lower) && !DENIAL_VERBS.has(lower))
  )
    return null;
  // `…, citing the audit`: a participle after a comma carries the subject of the clause before.
  let carry = CARRY_PARTICIPLES.has(lower) || (objectVerb && lower.endsWith('ing'));
  // `with 22 percent saying they would …`: the noun after `with` is the participle's subject.
  // `with Senator McCain telling reporters …`: any participle that carries a speaker.
  const withSubject = CARRY_PARTICIPLES.has(lower) ? subjectAfterWith(tokens, v, source, base) : null;
  // `Trump is insisting that …`: with a form of `be` the participle is the sentence's own verb.
  if (withSubject || BE_FORMS.has(tokens[v - 1]?.lower ?? '')) carry = false;
  // `landed in hot water by saying that …`, `after initially saying …`: a preposition before the participle carries the subject too.
  const left = tokens[v - 1]?.lower ?? '';
  const afterPreposition =
    PARTICIPLE_PREPOSITIONS.has(left) ||
    (/^(?:\p{Ll}+ly|also|then|still|even)$/u.test(left) && PARTICIPLE_PREPOSITIONS.has(tokens[v - 2]?.lower ?? ''));
  // `The campaign issued a statement saying …`: a participle after a document its subject issued.
  const issued = carry && issuedBefore(tokens, v);
  if (carry && !participleBreak(tokens, v) && !afterPreposition && !issued) return null;
  const cueSpan: Located = { block: context.index, start: t.start, end: t.end };
  return {
    cueSpan,
    form: lower,
    objectVerb,
    carry,
    withSubject,
    afterPreposition: carry && (afterPreposition || issued),
  };
}

/**
 * Whether the cue at `v` (`lower`, its form) is one of NOUN_OBJECT_CUES with a noun object right after it
 * (`announced his resignation`), not `that`, a clause of its own (`announced it was laying off …`) or `nothing`.
 */
function nounObjectAfter(tokens: Token[], v: number, lower: string): boolean {
  const next = tokens[v + 1];
  return (
    NOUN_OBJECT_CUES.has(lower) &&
    isWord(next) &&
    !/^(?:that|on|in|at|this|last|to|and|or|but|nothing|anything|little|no)$/.test(next?.lower ?? '') &&
    !clauseStartsAt(tokens, v + 1) &&
    // `Hale announced his campaign for governor`, `her presidential bid`: the speaker's own act is news, not words.
    !(
      /^(?:his|her|their|its)$/.test(next?.lower ?? '') &&
      tokens.slice(v + 2, v + 4).some((t) => OWN_ACT_NOUNS.has(t.lower))
    )
  );
}

/**
 * Whether the participle at `v` follows a break from its main clause: a comma, a dash (`flipped his choice –
 * saying …`) or a comma inside a closing quotation mark (`what had been called the “Golden Week,” saying …`).
 */
function participleBreak(tokens: Token[], v: number): boolean {
  const left = tokens[v - 1]?.text ?? '';
  return (
    left === ',' ||
    /^[—–]$/.test(left) ||
    (/^["”’]$/.test(left) && tokens[v - 2]?.text === ',') ||
    participleAfterConjunction(tokens, v)
  );
}

/**
 * Whether a document its subject issued stands just before the participle at `v`: `issued a statement
 * saying`, `released a statement Wednesday condemning`, `put out a joint statement calling` (ISSUED_NOUNS
 * after ISSUING_VERBS, each within a few words).
 */
function issuedBefore(tokens: Token[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(1, v - 4); k--) {
    const t = tokens[k] as Token;
    if (!isWord(t)) return false;
    if (!ISSUED_NOUNS.has(t.lower)) continue;
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      if (!isWord(tokens[j])) return false;
      if (ISSUING_VERBS.has(tokens[j]?.lower ?? '')) return true;
    }
    return false;
  }
  return false;
}

/** Auxiliaries and adverbs that may stand between a negation and its verb: `did not say`, `has never publicly said`. */
const NEGATION_GAP =
  /^(?:did|does|do|has|have|had|would|will|could|can|should|is|was|are|were|be|been|ever|yet|also|still|once|even|really|publicly|explicitly|directly|actually|specifically)$/;

/** Whether the cue at `v` is negated: `never said`, `did not say`, `isn't saying`. */
export function negated(tokens: Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 4; k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === 'not' || w === 'never' || /n['’]t$/.test(w)) return true;
    if (!NEGATION_GAP.test(w)) return false;
  }
  return false;
}

/**
 * The past form a progressive cue reads as (`is warning` → `warned`, `'s
 * claiming` → `claimed`), when that form is a cue, a thought or an object verb;
 * else null.
 */
function progressiveForm(tokens: Token[], v: number): string | null {
  const word = tokens[v]?.lower ?? '';
  const left = tokens[v - 1]?.lower ?? '';
  const be = BE_FORMS.has(left) || /^(?:he|she|it|they|we|i|you|who|that)['’](?:s|re|m)$/.test(left);
  if (!word.endsWith('ing') || !be) return null;
  const past = PAST_OF_PARTICIPLE.get(word) ?? `${word.slice(0, -3)}ed`;
  return CUE_VERBS.has(past) || THOUGHT_VERBS.has(past) || OBJECT_VERBS.has(past) ? past : null;
}
