/**
 * From speaker phrases to speakers. Read in reading order so that
 *  - a surname (`Spicer`) or first name (`Laura`) means the nearest full name
 *    before it that shares it (two Kellys stay apart), of a compatible gender
 *    when `Mr.`/`Ms.`/`spokeswoman` or an earlier pronoun tells it;
 *  - `he`/`she` means the most recent person speaker of a compatible gender,
 *    or, before any, the nearest person named of that gender; `they` the most
 *    recent group or organisation;
 *  - `the senator`, `the billionaire` mean the nearest person named or
 *    described with that word, or, for a word for a public figure that is not
 *    an office, the subject or speaker the story was just about;
 *  - `the ministry` means the most recent organisation speaker so named;
 *  - `…, adding that` keeps the speaker of the clause before.
 */
import type { Speaker } from '@/article';

import { comparePositions } from '../text';
import { PLAIN_NAME, SpeakerMemory, type Known } from './memory';
import type { Mention } from './mentions';
import { cleanMention } from './clean-mention';
import { fullNames, type BlockText } from './names';
import { resolveDescription } from './resolve-description';
import { resolveGeneric, resolveOrganisation } from './resolve-organisation';
import { resolvePerson } from './resolve-person';
import { resolvePronoun } from './resolve-pronoun';
import type { Located, Position } from '../types';

export type SpeakerItem = {
  position: Position;
  mention: (Mention & { block: number }) | null;
  /** Same speaker as the item resolved just before (`, adding that`). */
  carry: boolean;
};

export type Resolution = { speakerId: string | null; source: Located | null };

/** What the resolvers share: the memory of the article so far, and the blocks (to see how a mention is written). */
type Reading = { memory: SpeakerMemory; contexts: readonly BlockText[] };

/** `the senator said`: a description (its name is its role) with the definite article. */
function isDefiniteDescription(contexts: readonly BlockText[], mention: Mention & { block: number }): boolean {
  return (
    mention.role !== null &&
    mention.name === mention.role &&
    /^the\s/i.test((contexts[mention.block] as BlockText).block.text.slice(mention.start, mention.end))
  );
}

/**
 * `His campaign said`, `her spokesman`: the owner is the antecedent of the possessive's pronoun, and the speaker
 * is named by both (`Hillary Clinton’s campaign`). Null when the phrase has no such possessive or the owner is unknown.
 */
function resolvePossessed(reading: Reading, mention: Mention & { block: number }, at: Position): Known | null {
  // Only `his` and `her`: the thing `its sponsors` belong to is often no speaker (`A bill … its sponsors`).
  const possessed = /^(his|her)\s+(\S.*)$/i.exec(mention.name);
  const word = possessed?.[1]?.toLowerCase();
  // `His campaign manager Jeff Weaver`: a phrase that ends in a name is that person's, read by the other rules.
  if (!possessed || !word || mention.kind === 'pronoun' || /\p{Lu}\S* \p{Lu}\S*$/u.test(possessed[2] ?? ''))
    return null;
  const owner = resolve(
    reading,
    {
      ...mention,
      kind: 'pronoun',
      name: word === 'his' ? 'he' : 'she',
      gender: word === 'his' ? 'male' : 'female',
      role: null,
    },
    at,
  );
  // Only an owner named as people are named: a misread name would spread.
  if (owner?.kind !== 'person' || !PLAIN_NAME.test(owner.name)) return null;
  return reading.memory.upsert(
    `${owner.name}’s ${possessed[2] ?? ''}`,
    mention.kind === 'generic' ? 'organization' : mention.kind,
    mention.role,
    null,
  );
}

/** The speaker a mention stands for, by its kind: one resolver per kind of mention. */
function resolve(reading: Reading, mention: Mention & { block: number }, at: Position): Known | null {
  const { memory, contexts } = reading;
  const possessed = resolvePossessed(reading, mention, at);
  if (possessed) return possessed;
  switch (mention.kind) {
    case 'person':
      return (
        (isDefiniteDescription(contexts, mention) ? resolveDescription(memory, mention, at) : null) ??
        resolvePerson(memory, mention)
      );
    case 'pronoun':
      return resolvePronoun(memory, mention, at);
    case 'generic':
      return resolveGeneric(memory, mention);
    case 'organization':
    case 'group':
      return resolveOrganisation(memory, mention);
  }
}

export function resolveSpeakers(
  contexts: readonly BlockText[],
  items: readonly SpeakerItem[],
  /** The byline's one author, when it names a person: who `I` is outside quotation marks. */
  author: string | null = null,
): { speakers: Speaker[]; resolutions: Resolution[] } {
  const memory = new SpeakerMemory(author);
  const reading: Reading = { memory, contexts };
  const names = fullNames(contexts);
  memory.noteFirstNames(names);
  const order = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => comparePositions(a.item.position, b.item.position) || a.index - b.index);
  const resolutions: Resolution[] = items.map(() => ({ speakerId: null, source: null }));
  let nextName = 0;
  for (const { item, index } of order) {
    // The names read before this item are what its mention may stand for.
    while (
      nextName < names.length &&
      comparePositions((names[nextName] as (typeof names)[number]).position, item.position) <= 0
    ) {
      memory.named(names[nextName] as (typeof names)[number]);
      nextName++;
    }
    let speaker: Known | null = null;
    let source: Located | null = null;
    if (item.carry) {
      speaker = memory.last;
    } else if (item.mention) {
      const mention = cleanMention(item.mention, (contexts[item.mention.block] as BlockText).block.text);
      speaker = mention ? resolve(reading, mention, item.position) : null;
      // `About 9 percent said` with no group before it to be a share of: the share is all the text says.
      if (!speaker && mention?.name === 'they' && item.mention.kind !== 'pronoun')
        speaker = resolve(reading, item.mention, item.position);
      // `They said …` with no group before it: the article's words for the speaker are still `they`, though
      // no one is named for it (the speaker stays unknown).
      if (mention && (speaker || mention.kind === 'pronoun'))
        source = { block: mention.block, start: mention.start, end: mention.end };
    }
    if (speaker) memory.spoke(speaker, item.position);
    resolutions[index] = { speakerId: speaker?.id ?? null, source };
  }
  return { speakers: memory.speakers(), resolutions };
}
