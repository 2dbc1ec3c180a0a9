import { comparePositions } from '../text';
import { compatible, RECENT, type Known, type SpeakerMemory } from './memory';
import type { Gender, Mention } from './mentions';
import type { Position } from '../types';

/** `it` stands for an organisation: the one that last spoke, else the one last named. */
function organisationPronoun(memory: SpeakerMemory): Known | null {
  const organisation = memory.recentOther((o) => o.kind === 'organization');
  if (organisation) return organisation;
  const named = memory.lastOrgNamed;
  return named ? memory.upsert(named.name, 'organization', null, null) : null;
}

/** The most recent person speaker of a compatible gender, among the last RECENT. */
function lastSpeakerOf(memory: SpeakerMemory, gender: Gender): Known | null {
  const { people } = memory;
  for (let k = people.length - 1; k >= 0 && k >= people.length - RECENT; k--) {
    const person = people[k] as Known;
    if (compatible(person.gender, gender)) return person;
  }
  return null;
}

/**
 * `Council member Maria Lopez disagreed. She said …`: the subject of the sentence before (or of this paragraph
 * or the one before), named since `speaker` last spoke, is the nearer antecedent. Only a subject known to be of
 * the pronoun's gender (by first name, Mr./Ms. or role): a capitalised run at a sentence start is not always a person.
 */
function subjectBefore(memory: SpeakerMemory, gender: Gender, at: Position, speaker: Known | null): Known | null {
  const subject = memory.lastSubject;
  if (!subject || at.block - subject.at.block > 1) return null;
  if (speaker?.lastAt && comparePositions(subject.at, speaker.lastAt) <= 0) return null;
  const subjectGender = memory.known.get(memory.slugOf(subject.full.name))?.gender ?? subject.full.gender;
  return subjectGender === gender ? memory.upsert(subject.full.name, 'person', subject.full.role, subjectGender) : null;
}

/**
 * A pronoun: `I` in the writer's own words is the author; `they` the most recent group or organisation;
 * `it` an organisation; `he`/`she` the most recent person speaker of a compatible gender (or the subject
 * named just before), or, before any, the nearest person named of that gender.
 */
export function resolvePronoun(memory: SpeakerMemory, mention: Mention, at: Position): Known | null {
  // `I said …` in the writer's own words: the author, or nobody when the byline names no one person.
  if (mention.name === 'I') return memory.author ? memory.upsert(memory.author, 'person', 'author', null) : null;
  if (mention.gender === 'plural') return memory.others[memory.others.length - 1] ?? null;
  if (mention.gender === null) return organisationPronoun(memory);
  const speaker = lastSpeakerOf(memory, mention.gender);
  const subject = subjectBefore(memory, mention.gender, at, speaker);
  if (subject) return subject;
  if (speaker) {
    speaker.gender ??= mention.gender;
    return speaker;
  }
  // Nobody compatible has spoken yet: a person named before it.
  const named = memory.namedBefore(mention.gender);
  return named ? memory.upsert(named.name, 'person', named.role, mention.gender) : null;
}
