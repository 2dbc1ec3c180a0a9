/**
 * What the readers of design B (cue-first.ts, thoughts.ts) share: the shape of
 * what a reader finds, and the subject right before its cue.
 */
import { subjectBefore, type Mention } from '../speakers';
import type { Token } from '../text';
import type { Located } from '../types';
import { firstBodyToken } from './forms';
import type { SentenceReading } from './types';

/** A candidate: its cue tokens [from, to), its content, its source (null: none in the text). */
export type Reading = { cue: [number, number]; content: Located; mention: Mention | null };

/** Pronouns that name no one who can intend or back something: `it wants to`, `which plans to`. */
const NOT_PEOPLE = /^(?:it|this|that|which|these|those|what)$/;

/** Whether a subject can hold an intention or take a stand: a person, a group of people, an organisation. */
export function someone(mention: Mention | null): mention is Mention {
  return mention !== null && !(mention.kind === 'pronoun' && NOT_PEOPLE.test(mention.name.toLowerCase()));
}

/** Words that may stand between a subject and its cue: `Ruiz has long wanted`, `voters also support`. */
const BETWEEN = /^(?:has|have|had|is|was|are|were|will|would|also|now|still|already|once|do|does|did|\p{Ll}+ly)$/u;

/**
 * The subject right before the cue at `v`: a noun phrase that ends at most
 * three auxiliaries or adverbs before it (not a clause's subject far back).
 */
export function subjectOf({ context, source, base, tokens }: SentenceReading, v: number): Mention | null {
  const first = firstBodyToken(context, tokens);
  const mention = subjectBefore(tokens, v, Math.max(first, v - 40), source, base);
  if (!mention) return null;
  let k = v - 1;
  while (k >= 0 && k >= v - 3 && (tokens[k] as Token).start >= mention.end && BETWEEN.test(tokens[k]?.lower ?? '')) k--;
  const last = tokens[k];
  return last && last.end >= mention.end && last.start < mention.end ? mention : null;
}
