/**
 * Cue families whose content or subject needs a rule of its own: demands and
 * intentions after a particle (`called for`, `agreed to`), characterisations
 * (`called him a …`), questions and requests (`asked whether`, `urged X to`),
 * what a poll or a document shows, and the subjects a cue may share or borrow
 * (`… and said`, `with 22 percent saying`).
 */
import type { BlockContext } from '../text';
import {
  BE_FORMS,
  CUE_VERBS,
  EVIDENCE_NOUNS,
  EVIDENCE_VERBS,
  FRONTED_PREPOSITIONS,
  IRREGULAR_PAST,
  MONTHS_BUT_MAY,
  NOT_AN_OBJECT,
  QUESTION_WORDS,
  PHYSICAL_SENSE_VERBS,
  SKIPPABLE_BEFORE_VERB,
  THOUGHT_VERBS,
  TIME_ADVERBS,
  TIME_WORDS,
} from '../lexicon';
import type { Mention } from '../speakers';
import { clauseSubject, mainSubject } from '../speakers';
import { describedPhrase, sourceAfter, subjectBefore } from '../speakers';
import { speakerAfter } from '../speakers';
import { indexFrom, startsAdverbial } from './clause';
import { isCapitalized, isLyAdverb, isWord, type Token } from '../text';

/**
 * Where a characterisation begins after `called`/`described` at `v`: the
 * object, when it is a pronoun or a name followed by what it is called
 * (`called him a political opportunist`, `described Clinton as weak`). Null for
 * `called the police`, `called for`, `called on`, `called back`, `called it quits`.
 */
export function characterisation(tokens: Token[], v: number): number | null {
  const object = tokens[v + 1];
  const next = tokens[v + 2];
  if (!object || !next || !isWord(next)) return null;
  const pronoun = /^(?:him|her|it|them|himself|herself|itself|themselves|this|that)$/.test(object.lower);
  // `called climate change a hoax`, `called the charges a fabrication`: a short object, then `a`/`an` and what it is called.
  if (!pronoun && !isCapitalized(object))
    return lowerCaseObjectCalled(tokens, v) || objectDescribedAs(tokens, v) || describedObject(tokens, v)
      ? v + 1
      : null;
  if (/^(?:for|on|back|off|up|out|in|to|quits|and|or|with|from)$/.test(next.lower)) return null;
  // `called Clinton`, then at least two words of what she was called.
  let k = v + 2;
  while (!pronoun && isCapitalized(tokens[k]) && k < v + 5) k++;
  return isWord(tokens[k]) && isWord(tokens[k + 1]) ? v + 1 : null;
}

/**
 * Whether a lower-case object of up to eight words follows `described` (or `portrayed`, `characterized`) at
 * `v`, then `as` and what it was described as: `described the country as beset by …`, `described themselves
 * as evangelical Christians`.
 */
function objectDescribedAs(tokens: Token[], v: number): boolean {
  if (!/^(?:describ|portray|characteri[sz])/.test(tokens[v]?.lower ?? '')) return false;
  for (let k = v + 2; k <= v + 9 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'as') return isWord(tokens[k + 1]);
    if (!isWord(t) || /^(?:that|who|which|to|and|or|is|was|are|were|has|had|have)$/.test(t.lower)) return false;
  }
  return false;
}

/**
 * `Schoen described the dire situation Clinton faces`, `donors described cascading changes …`: what someone
 * described, with no `as`, is their account too. Not a passive participle (`the country described by the
 * president`), nor `described as` (the relative forms' own), nor a new thing named (`described a new species`).
 */
function describedObject(tokens: Token[], v: number): boolean {
  return (
    /^describ/.test(tokens[v]?.lower ?? '') &&
    !/^(?:by|as|in|on|at|to|for|with|from|and|or|a|an)$/.test(tokens[v + 1]?.lower ?? '')
  );
}

/** Whether a lower-case object of up to four words follows `called` at `v`, then `a`/`an` and a noun: `called climate change a hoax`. */
function lowerCaseObjectCalled(tokens: Token[], v: number): boolean {
  if (
    !/^call/.test(tokens[v]?.lower ?? '') ||
    /^(?:for|on|off|up|out|back|in|to|it|and|or)$/.test(tokens[v + 1]?.lower ?? '')
  )
    return false;
  for (let k = v + 2; k <= v + 5 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!isWord(t) || /^(?:that|who|which|to|for|on|at|in|and|or|is|was|are|were)$/.test(t.lower)) return false;
    if (/^(?:a|an)$/.test(t.lower))
      return (
        isWord(tokens[k + 1]) &&
        !/^(?:few|lot|bit|couple|number|day|week|month|year|time|second|third|fourth)$/.test(tokens[k + 1]?.lower ?? '')
      );
  }
  return false;
}

/**
 * Where what was asked begins after `asked` at `v`: at the question word
 * (`asked [the students] whether …`, `asked Trump about …`), or at the listener
 * of a request (`asked her to call …`). Null when neither follows within a
 * short object.
 */
export function askedContent(tokens: Token[], v: number, requestOnly = false): number | null {
  for (let k = v + 1; k < v + 8 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!isWord(t)) return null;
    if (QUESTION_WORDS.has(t.lower)) return isWord(tokens[k + 1]) && !requestOnly ? k : null;
    if (t.lower === 'to')
      return k > v + 1 && isWord(tokens[k + 1]) && !/^(?:the|a|an)$/.test(tokens[k + 1]?.lower ?? '') ? v + 1 : null;
  }
  return null;
}

/** `Schultz supported Democrats and said …`: the subject that opens the sentence, for a verb after `and`. */
export function coordinatedSubject(tokens: Token[], v: number, source: string, base: number): Mention | null {
  let i = v - 1;
  // `… and has said`, `… and later told`, `… and flatly denied`.
  while (i > 0 && (isLyAdverb(tokens[i]) || SKIPPABLE_BEFORE_VERB.has(tokens[i]?.lower ?? ''))) i--;
  if (!/^(?:and|but)$/.test(tokens[i]?.lower ?? '') || i < 2) return null;
  // The subject before the sentence's first verb: `Opposition leader Sam Reyes called …`, `The judge rubbed his chin, and then said …`.
  for (let k = 1; k < i && k < 12; k++) {
    const t = tokens[k] as Token;
    if (!isWord(t)) break;
    if (!/\p{Ll}ed$/u.test(t.text) && !CUE_VERBS.has(t.lower) && !IRREGULAR_PAST.has(t.lower)) continue;
    const subject = subjectBefore(tokens, k, 0, source, base);
    if (subject && (subject.start === tokens[0]?.start || subject.start === tokens[1]?.start)) return subject;
    break;
  }
  // `Walking to the next address, Ebeling reminisced …, and said`, `In April, Twitter reported …, and said`: the
  // subject after an opening phrase.
  if (/^\p{Lu}\p{Ll}+ing$/u.test(tokens[0]?.text ?? '')) return mainSubject(tokens, i, 0, source, base);
  const opened = FRONTED_PREPOSITIONS.has(tokens[0]?.lower ?? '') ? mainSubject(tokens, i, 0, source, base) : null;
  if (opened) return opened;
  // Else the name or pronoun that opens the sentence: its capitalised words.
  let names = 0;
  while (names < i && (isCapitalized(tokens[names]) || /^(?:of|for|de|von|van)$/.test(tokens[names]?.lower ?? '')))
    names++;
  const mention = speakerAfter(tokens, 0, Math.max(1, names), source, base);
  return mention && mention.start === tokens[0]?.start ? mention : null;
}

/** `with 22 percent of voters saying …`, `left 62 percent saying …`: the phrase between `with` and the participle. */
export function subjectAfterWith(tokens: Token[], v: number, source: string, base: number): Mention | null {
  for (let k = v - 1; k >= 0 && k >= v - 8; k--) {
    const t = tokens[k] as Token;
    if (!isWord(t)) return null;
    if (t.lower !== 'with' && t.lower !== 'left') continue;
    const mention = sourceAfter(tokens, k + 1, v, source, base) ?? describedPhrase(tokens, k + 1, v, source, base);
    return mention && mention.end === tokens[v - 1]?.end ? mention : null;
  }
  return null;
}

/**
 * `A Monmouth poll out Monday showed Clinton with a healthy lead`: after an
 * evidence verb whose subject is a poll, a study or a document, the object
 * is what it tells, with or without `that`. Null for any other subject.
 */
export function evidenceObject(tokens: Token[], v: number, source: string, base: number, min: number): number | null {
  const verb = tokens[v] as Token;
  const next = tokens[v + 1];
  if (
    !EVIDENCE_VERBS.has(verb.lower) ||
    !next ||
    !isWord(next) ||
    /^(?:to|that|it|them|him|her|up|off|out)$/.test(next.lower) ||
    startsAdverbial(tokens, v + 1)
  )
    return null;
  const subject =
    subjectBefore(tokens, v, Math.max(min, v - 40), source, base) ?? clauseSubject(tokens, v, min, source, base);
  if (!subject) return null;
  const words =
    source
      .slice(subject.start - base, subject.end - base)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return words.some((w) => EVIDENCE_NOUNS.has(w)) || evidenceHead(tokens, v, min) ? v + 1 : null;
}

/** Words after the head noun of a subject that go on with it: `The poll by …`, `A survey released Monday`. */
const POSTMODIFIERS = /^(?:by|of|from|in|on|for|conducted|released|published|taken|commissioned|out|that|which|,|\()$/;

/**
 * Whether the subject before an evidence verb at `v` has an evidence noun for
 * its head, with what qualifies it after it (`The poll by the Public Policy
 * Institute of California showed …`, `The little polling that was done in the
 * state showed …`), where the speaker found is the name inside.
 */
function evidenceHead(tokens: Token[], v: number, min: number): boolean {
  for (let k = v - 1; k >= Math.max(min, v - 25); k--) {
    const t = tokens[k] as Token;
    if (/^[;:]$/.test(t.text)) return false;
    if (EVIDENCE_NOUNS.has(t.lower) && (k === v - 1 || POSTMODIFIERS.test(tokens[k + 1]?.lower ?? ''))) return true;
  }
  return false;
}

/**
 * Whether a stance verb at `v` has `mention` for a speaking subject: a name, a
 * pronoun, a person or a group, right before an active verb. A description
 * that is neither (`tremendous support`, `every question`) reads the verb as a noun.
 */
export function objectSubject(tokens: Token[], v: number, mention: Mention): boolean {
  if (NOT_AN_OBJECT.has(tokens[v + 1]?.lower ?? '') || blow(tokens, v, mention) || toCome(tokens, v)) return false;
  if (BE_FORMS.has(tokens[v - 1]?.lower ?? '') && !(tokens[v]?.lower ?? '').endsWith('ing')) return false;
  // `The terrorist attack in Munich`, `the disputed territory`: after a determiner or a singular noun a bare form is a noun or an adjective.
  if (/^(?:the|a|an|this|that|his|her|its|their|our|my|your)$/.test(tokens[v - 1]?.lower ?? '')) return false;
  const verb = tokens[v]?.lower ?? '';
  const bare = !/(?:s|ed|ing)$/.test(verb);
  if (
    bare &&
    !/^(?:i|we|you|they|to|will|would|could|should|can|did|do|does|may|might|must|not|also|never|often|still)$/.test(
      tokens[v - 1]?.lower ?? '',
    ) &&
    mention.gender !== 'plural'
  )
    return false;
  // `statements that he welcomed …`: a clause that is itself what someone said.
  const at = indexFrom(tokens, Math.max(0, v - 14), v, (x) => x.start === mention.start);
  if (at > 0 && /^(?:that|which)$/.test(tokens[at - 1]?.lower ?? '')) return false;
  if (mention.kind !== 'organization') return true;
  const lastWord = /(\S+)$/u.exec(mention.name)?.[1] ?? '';
  return /^\p{Lu}/u.test(lastWord);
}

/**
 * Whether the subject of the cue at `v` opens a relative clause on a noun with its determiner (`the order that
 * Obama plans to sign`, `a bill which she vowed to veto`): the noun is the object of what follows the cue.
 */
export function relativeObject(tokens: Token[], v: number, mention: Mention): boolean {
  let at = indexFrom(tokens, Math.max(0, v - 12), v, (x) => x.start === mention.start);
  // `that President Obama`: a title before the name.
  while (at > 2 && isCapitalized(tokens[at - 1]) && at > v - 6) at--;
  if (at < 2 || !/^(?:that|which|whom)$/.test(tokens[at - 1]?.lower ?? '')) return false;
  for (let k = at - 2; k >= 0 && k >= at - 4; k--) {
    const t = tokens[k] as Token;
    if (!isWord(t) || CUE_VERBS.has(t.lower) || THOUGHT_VERBS.has(t.lower)) return false;
    if (/^(?:the|a|an|this|these|those|his|her|its|their|our)$/.test(t.lower)) return k < at - 2;
  }
  return false;
}

/**
 * Whether the stance verb at `v` names a blow rather than a statement: a bare plural noun for a subject (`thieves`,
 * `Salafists`, `gunmen`) with a physical-sense verb (`attacked`, `blasted`, `slammed`) and an indefinite or bare
 * plural object (`attacked a sperm whale`, `attacked bars and galleries`). A person or a body attacking someone
 * (`Trump attacked a federal judge`, `the senator assailed policies`) is still read as speaking.
 */
function blow(tokens: Token[], v: number, mention: Mention): boolean {
  const next = tokens[v + 1];
  if (!next || !PHYSICAL_SENSE_VERBS.has(tokens[v]?.lower ?? '')) return false;
  if (mention.kind === 'pronoun' || !/^\p{L}+(?:[^s]s|men)$/u.test(mention.name)) return false;
  return (
    /^(?:a|an)$/.test(next.lower) || (/^\p{Ll}{3,}s$/u.test(next.text) && !/^(?:his|its|this|us)$/.test(next.lower))
  );
}

/** `will announce a new strategy`: a thing still to be made known, with nothing said of it yet. */
function toCome(tokens: Token[], v: number): boolean {
  return (
    /^(?:will|shall)$|['’]ll$/.test(tokens[v - 1]?.lower ?? '') &&
    !/(?:s|ed|ing)$/.test(tokens[v]?.lower ?? '') &&
    /^(?:a|an)$/.test(tokens[v + 1]?.lower ?? '')
  );
}

/** The first token after the dateline (`WASHINGTON — `), where a sentence's subject can start. */
export function firstBodyToken(context: BlockContext, tokens: Token[]): number {
  let k = 0;
  while (k < tokens.length && (tokens[k] as Token).start < context.bodyStart) k++;
  return k;
}

/** Words that open a clause of when or why, which belongs to the act: `endorsed Trump while …`, `because …`. */
const AFTER_OBJECT = /^(?:when|while|because|despite|amid|during)$/;

/**
 * Where a noun object after a stance or speech verb at `from` ends, before
 * `until`: at a phrase of time (`endorsed Clinton last week`, `on Friday`,
 * `in June`, `yesterday`), which belongs to the act, not to what was backed or
 * said. `a ban on plastic bags` keeps its `on`; `the cuts since the ’90s` its `since`.
 */
export function objectEnd(tokens: Token[], from: number, until: number): number {
  for (let k = from + 1; k < until; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1]?.lower ?? '';
    if (TIME_ADVERBS.has(t.lower) || AFTER_OBJECT.test(t.lower)) return k;
    if (/^(?:on|in|last|this|next|early|late)$/.test(t.lower) && (TIME_WORDS.has(next) || MONTHS_BUT_MAY.has(next)))
      return k;
  }
  return until;
}
