import { compatible, type FullName, type Known, type SpeakerMemory } from './memory';
import type { Mention } from './mentions';
import { COMPASS_WORDS } from '../lexicon';

/**
 * A person named: a surname (`Spicer`) or first name (`Laura`) is the nearest
 * full name before it that shares it (two Kellys stay apart), of a compatible
 * gender, or one named in full only later; a full name is its own speaker.
 */
export function resolvePerson(memory: SpeakerMemory, mention: Mention): Known {
  const words = memory.wordsOf(mention.name);
  if (words.length === 1) {
    const word = words[0] as string;
    // Named in full only later in the text: still the same person. Not a place (`Sudan` is not `South Sudan`).
    const person = (n: FullName | null | undefined) =>
      n && !COMPASS_WORDS.has(memory.wordsOf(n.name)[0] ?? '') ? n : undefined;
    const full =
      person(memory.sharing(word, mention.gender)) ??
      memory.firstByWord.get(word)?.find((n) => compatible(mention.gender, n.gender) && person(n));
    if (full) {
      const speaker = memory.upsert(full.name, 'person', mention.role ?? full.role, mention.gender ?? full.gender);
      if (mention.name !== speaker.name) speaker.aliases.add(mention.name);
      memory.remember(full);
      return speaker;
    }
  }
  const full: FullName = {
    name: mention.name,
    role: mention.role,
    gender: mention.gender,
    kind: 'person',
    subject: true,
  };
  memory.remember(full);
  return memory.upsert(mention.name, 'person', mention.role, mention.gender);
}
