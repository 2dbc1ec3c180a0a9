import { RECENT, type Known, type SpeakerMemory } from './memory';
import type { Mention } from './mentions';
import { SELF_NAMED_BODIES } from '../lexicon';

/**
 * `the company`, `the union`: the most recent organisation that spoke under those words, else the
 * organisation last named (`Halvorsen Motors is recalling …, the company said`), else one the article
 * calls only by them.
 */
export function resolveGeneric(memory: SpeakerMemory, mention: Mention): Known {
  const { others } = memory;
  for (let k = others.length - 1; k >= 0 && k >= others.length - RECENT; k--) {
    const other = others[k] as Known;
    const sameWords = other.name.toLowerCase().includes(mention.name) || other.aliases.has(`the ${mention.name}`);
    if (other.kind === 'organization' && sameWords) {
      other.aliases.add(`the ${mention.name}`);
      return other;
    }
  }
  const named = SELF_NAMED_BODIES.has(mention.name) ? null : memory.lastOrgNamed;
  if (named) {
    const speaker = memory.upsert(named.name, 'organization', null, null);
    speaker.aliases.add(`the ${mention.name}`);
    return speaker;
  }
  // Nothing named before it: the article calls it only `the union` (or `the Russian space agency`, by all its words).
  return memory.upsert(mention.role ?? mention.name, 'organization', null, null);
}

/**
 * An organisation or group named: its own speaker, but one word that ends the name of an organisation
 * that spoke before (`the Journal`, `the Times`) is that organisation.
 */
export function resolveOrganisation(memory: SpeakerMemory, mention: Mention): Known | null {
  // `the union and the company`: a pair keeps its first article, as it keeps its second (not `Union and the company`).
  const pair = mention.kind === 'group' && /\sand\s+(?:the|a|an|his|her|their|its)\s/i.test(mention.name);
  const name = pair ? mention.name : mention.name.replace(/^the\s+/i, '');
  if (!name) return null;
  const fuller =
    mention.kind === 'organization' && !name.includes(' ')
      ? memory.recentOther((o) => o.kind === 'organization' && o.name.endsWith(` ${name}`))
      : null;
  if (fuller) {
    fuller.aliases.add(name);
    return fuller;
  }
  const speaker = memory.upsert(name, mention.kind as 'organization' | 'group', mention.role, null);
  if (mention.alias) speaker.aliases.add(mention.alias);
  return speaker;
}
