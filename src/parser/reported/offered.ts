/**
 * Design B reader for a speech act whose object is what was said (issue 14):
 *   Rubio offered a defense of the "Gang of Eight" bill.      Mr. Manafort offered an olive branch to the party.
 * The content is the noun object, ending as the other objects of design B do (stance.ts); the source is the
 * subject right before the cue, a person, a group of people or a pronoun for one: `California offered a unique
 * opportunity` and `Global trade offers …` (present) are no one's words. Not a passive (`Mourners were offered
 * two stamps`), nor `offered up` or `offered himself as …`.
 */
import { OFFER_VERBS } from '../lexicon';
import { isWord, type Token } from '../text';
import { span } from './clause';
import { negated } from './cue';
import { subjectOf, type Reading } from './reading';
import { objectEndAfter } from './stance';
import type { SentenceReading } from './types';

/** Words after the verb that show no object said follows: `offered to` (an intention), `offered up`, `by`. */
const NO_OBJECT = /^(?:to|by|up|and|or|but|as|himself|herself|themselves|itself|that|this|it|in|on|at|for)$/;

/** Pronouns that stand for a person or people: `he offered`, `they offered`. */
const PERSONAL = /^(?:he|she|they|we|i)$/;

/** `Rubio offered a defense of the bill`: a person's offer, its object the content. */
function offeredObject(sentence: SentenceReading, v: number): Reading | null {
  const { context, tokens } = sentence;
  const t = tokens[v] as Token;
  const next = tokens[v + 1];
  if (!OFFER_VERBS.has(t.lower) || !next || !isWord(next) || NO_OBJECT.test(next.lower)) return null;
  if (/^(?:is|are|was|were|be|been|being|get|got)$/.test(tokens[v - 1]?.lower ?? '') || negated(tokens, v)) return null;
  const mention = subjectOf(sentence, v);
  if (!mention) return null;
  const personal =
    mention.kind === 'pronoun' ? PERSONAL.test(mention.name.toLowerCase()) : mention.kind !== 'organization';
  if (!personal || mention.kind === 'generic') return null;
  const content = span(context, tokens, v + 1, objectEndAfter(tokens, v + 1, false), true, 1);
  return content ? { cue: [v, v + 1], content, mention } : null;
}

/** The readers of this file, in the order cue-first.ts tries them after its own. */
export const OFFER_READERS = [offeredObject] as const;
