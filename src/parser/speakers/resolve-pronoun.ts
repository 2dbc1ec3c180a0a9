import { comparePositions } from '../text';
import { compatible, RECENT, type Known, type SpeakerMemory } from './memory';
import type { Gender, Mention } from './mentions';
import type { Position } from '../types';

/**
 * `Roscosmos said in a statement … It said …`: a speaker known by one word only, with no title, role, first name or
 * gender, that spoke in this paragraph or the one before, is the body `it` stands for; it was read as a person
 * because nothing said otherwise, and is an organisation from here on.
 */
function bodyReadAsPerson(memory: SpeakerMemory, at: Position): Known | null {
  const last = memory.last;
  if (!last?.lastAt || last.kind !== 'person' || last.gender !== null || last.role !== null) return null;
  if (/\s/.test(last.name) || last.aliases.size > 0 || at.block - last.lastAt.block > 1) return null;
  last.kind = 'organization';
  memory.others.push(last);
  return last;
}

/** `it` stands for an organisation: the one that last spoke, else the one last named. */
function organisationPronoun(memory: SpeakerMemory, at: Position): Known | null {
  const body = bodyReadAsPerson(memory, at);
  if (body) return body;
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
    if (person.kind === 'person' && compatible(person.gender, gender)) return person;
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
  if (mention.gender === null) return organisationPronoun(memory, at);
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
