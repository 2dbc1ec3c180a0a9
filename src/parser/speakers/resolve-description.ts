import { compatible, RECENT, type Known, type SpeakerMemory } from './memory';
import type { Mention } from './mentions';
import { describing, fallsBack, fit } from './words';
import type { Position } from '../types';

/**
 * `the senator`, `the former secretary of state`: the nearest person whose roles or earlier descriptions
 * have the head word (more shared words first: `the Florida senator` is the senator from Florida); else,
 * for a word for a public person, the person last named as a subject or speaker in this paragraph or the two
 * before, when the story named them (not only described them).
 */
export function resolveDescription(memory: SpeakerMemory, mention: Mention, at: Position): Known | null {
  const description = describing(mention.name);
  if (!description) return null;
  let best: { id: string; score: number } | null = null;
  let salient: string | null = null;
  const seen = new Set<string>();
  for (let k = memory.recentPeople.length - 1; k >= 0 && seen.size < RECENT; k--) {
    const record = memory.recentPeople[k] as (typeof memory.recentPeople)[number];
    const person = memory.personWords(record.id);
    if (!person || !compatible(person.gender, mention.gender)) continue;
    if (salient === null && record.salient && !person.described && person.credible && at.block - record.at.block <= 2)
      salient = record.id;
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    const score = fit(description, person.words);
    if (score > (best?.score ?? 0)) best = { id: record.id, score };
  }
  const fallback = fallsBack(description.head, mention.name);
  const id = best?.id ?? (fallback ? salient : null);
  if (id === null) return null;
  const speaker = memory.known.get(id) ?? memory.upsertNamed(id);
  if (!speaker) return null;
  speaker.aliases.add(`the ${mention.name}`);
  speaker.gender ??= mention.gender;
  return speaker;
}
