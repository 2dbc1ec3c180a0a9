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
import type { Speaker, SpeakerKind } from '@/article';
import { slugify } from '@/article';
import type { Located } from '../quotes';
import { comparePositions, type BlockContext, type Position } from '../text';
import { phraseEndingAt, type Gender, type Mention } from './mentions';
import {
  ANONYMOUS_HEADS,
  DEMONYMS,
  NAME_PARTICLES,
  PERSON_HEADS,
  TIME_WORDS,
  TITLE_ABBREVIATIONS,
  TITLE_WORDS,
} from '../lexicon';
import { isCapitalized, type Token } from '../text';

/** What the resolver reads of each block: its text, where the story proper starts, its tokens. */
type BlockText = Pick<BlockContext, 'block' | 'bodyStart' | 'tokens'>;

export type SpeakerItem = {
  position: Position;
  mention: (Mention & { block: number }) | null;
  /** Same speaker as the item resolved just before (`, adding that`). */
  carry: boolean;
};

export type Resolution = { speakerId: string | null; source: Located | null };

type Known = {
  id: string;
  name: string;
  role: string | null;
  kind: SpeakerKind;
  aliases: Set<string>;
  gender: Gender | null;
  /** Where this speaker last spoke: a pronoun's antecedent is the most recent of speakers and sentence subjects. */
  lastAt: Position | null;
};

type FullName = {
  name: string;
  role: string | null;
  gender: Gender | null;
  kind: 'person' | 'organization';
  /** Named at the start of a sentence or clause, where the subject stands: a pronoun's likely antecedent. */
  subject: boolean;
};

/** A person named or quoted at `at`; `salient` when as a subject or speaker. */
type RecentPerson = { id: string; at: Position; salient: boolean };

/** A full name as the resolver remembers it: the latest mention, with what earlier ones told. */
type NamedEntry = { id: string; full: FullName };

/** Two to four capitalised words: a name as people are named, not a description. */
const PLAIN_NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u;

/** How far back recency lists are read: antecedents are near. */
const RECENT = 40;

const compatible = (a: Gender | null, b: Gender | null) => a === null || b === null || a === b;

/**
 * Every person and every organisation named, in reading order: the antecedents of surnames, pronouns and
 * `the company`. A person named by one word (`Obama`, `Mr. Trump's`) counts only as a later mention of
 * someone named in full (see `resolveSpeakers`); a possessive `'s` is not part of a name.
 */
function fullNames(contexts: readonly BlockText[]): { position: Position; full: FullName }[] {
  const out: { position: Position; full: FullName }[] = [];
  contexts.forEach(({ block, bodyStart, tokens }, b) => {
    if (block.kind === 'credit') return;
    let i = 0;
    // The dateline's agency (`(Reuters)`) is not an organisation of the story.
    while (i < tokens.length && (tokens[i] as Token).start < bodyStart) i++;
    // Names inside quotation marks are the speaker's words (`"What a Super Tuesday!"`), not people the story names.
    let quoted = false;
    while (i < tokens.length) {
      const mark = (tokens[i] as Token).text;
      if (mark === '“' || mark === '”' || mark === '"') quoted = mark === '“' ? true : mark === '”' ? false : !quoted;
      if (quoted || !isCapitalized(tokens[i]) || TIME_WORDS.has((tokens[i] as Token).lower)) {
        i++;
        continue;
      }
      let j = i;
      // A weekday or another word of time ends a name: `Trump Wednesday said` is Trump.
      while (
        j + 1 < tokens.length &&
        j - i < 12 &&
        ((isCapitalized(tokens[j + 1]) && !TIME_WORDS.has(tokens[j + 1]?.lower ?? '')) ||
          /^(?:of|von|van|de|der|al|bin)$/.test(tokens[j + 1]?.lower ?? ''))
      )
        j++;
      const phrase = phraseEndingAt(tokens, j, Math.max(0, i - 3), block.text, 0);
      if (phrase?.kind === 'person' || phrase?.kind === 'organization') {
        const before = tokens[phrase.from - 1];
        const subject = !before || /^[.!?"“”:;]$/.test(before.text) || bodyStart >= before.end;
        const name = phrase.name.replace(/['’]s$/u, '');
        out.push({
          position: { block: b, offset: (tokens[j] as Token).start },
          full: { name, role: phrase.role, gender: phrase.gender, kind: phrase.kind, subject },
        });
      }
      i = j + 1;
    }
  });
  return out;
}

/**
 * How a speaker is listed: a description without its article starts with a
 * capital, like a name (`according to the city` -> `City`, `a spokesperson`
 * -> `Spokesperson`); a name that starts with a particle (`de Blasio`) stays.
 */
export function displayName(name: string): string {
  const first = /^\S+/u.exec(name)?.[0] ?? '';
  if (!/^\p{Ll}/u.test(first) || NAME_PARTICLES.has(first)) return name;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !/^\p{L}\.$/u.test(w));
}

/** A role's or description's words, lower case, without a possessive, abbreviated titles spelt out. */
function roleWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,()]+/)
    .map((w) => w.replace(/['’]s$/u, ''))
    .filter((w) => w.length > 0)
    .map((w) => TITLE_ABBREVIATIONS.get(w) ?? w);
}

/** A role's words up to its head: `secretary of state` -> `secretary`; `in a statement released by …` -> nothing. */
function wordsToHead(text: string): string[] {
  const words = roleWords(text);
  const cut = words.findIndex((w) => /^(?:of|for|at|in|on|with|from|by|who|which|and)$/.test(w));
  return cut >= 0 ? words.slice(0, cut) : words;
}

/** The words that describe someone: the head (`senator` in `the former Florida senator`, `secretary` in `the secretary of state`) and the words before it. */
function describing(description: string): { head: string; modifiers: string[] } | null {
  const before = wordsToHead(description);
  const head = before[before.length - 1];
  return head
    ? {
        head,
        modifiers: before
          .slice(0, -1)
          .filter((w) => !/^(?:the|a|an|former|then|now|current|longtime|veteran)$/.test(w)),
      }
    : null;
}

/** How well a description fits what is known of someone: 0 unless the head is among their words, then 1 plus each modifier that is. */
function fit(description: { head: string; modifiers: string[] }, words: ReadonlySet<string>): number {
  if (!words.has(description.head)) return 0;
  return 1 + description.modifiers.filter((w) => words.has(w)).length;
}

/**
 * Whether a description no earlier role fits may stand for the person the story is about: a word for a public
 * figure (`the billionaire`, `the candidate`, `the 70-year-old`), but not an office (`the president` the story
 * never named is somebody else), an anonymous source (`the official`) or somebody's (`the company's chief executive`).
 */
function fallsBack(head: string, description: string): boolean {
  const personHead = PERSON_HEADS.has(head) || DEMONYMS.has(head) || /^\d+-year-old$/.test(head);
  return personHead && !TITLE_WORDS.has(head) && !ANONYMOUS_HEADS.has(head) && !/['’]s\b/u.test(description);
}

export function resolveSpeakers(
  contexts: readonly BlockText[],
  items: readonly SpeakerItem[],
  /** The byline's one author, when it names a person: who `I` is outside quotation marks. */
  author: string | null = null,
): { speakers: Speaker[]; resolutions: Resolution[] } {
  const known = new Map<string, Known>();
  const people: Known[] = [];
  const others: Known[] = [];
  // Slugs and name words per distinct name, computed once: names repeat on every mention.
  const slugs = new Map<string, string>();
  const slugOf = (name: string): string => {
    let slug = slugs.get(name);
    if (slug === undefined) {
      slug = slugify(name);
      slugs.set(name, slug);
    }
    return slug;
  };
  const wordsByName = new Map<string, string[]>();
  const wordsOf = (name: string): string[] => {
    let words = wordsByName.get(name);
    if (!words) {
      words = nameWords(name);
      wordsByName.set(name, words);
    }
    return words;
  };
  // name word -> the distinct full names carrying it (one entry per speaker id), most recently mentioned last.
  // A name mentioned again moves to the end, so a list holds each person once however often they are named,
  // and it is cut back to the RECENT newest when it doubles: a surname lookup reads at most RECENT entries.
  const byWord = new Map<string, NamedEntry[]>();
  const entries = new Map<string, NamedEntry>();
  const remember = (full: FullName) => {
    if (full.kind === 'organization') {
      lastOrgNamed = full;
      return;
    }
    const id = slugOf(full.name);
    const previous = entries.get(id);
    // What an earlier mention told (`Mr.`, a role) stays known when a later one does not repeat it.
    const entry: NamedEntry = previous
      ? { id, full: { ...full, role: full.role ?? previous.full.role, gender: full.gender ?? previous.full.gender } }
      : { id, full };
    entries.set(id, entry);
    for (const word of wordsOf(full.name)) {
      let list = byWord.get(word);
      if (!list) {
        list = [];
        byWord.set(word, list);
      }
      if (previous) {
        const at = list.lastIndexOf(previous);
        if (at >= 0) list.splice(at, 1);
      }
      list.push(entry);
      if (list.length > 2 * RECENT) list.splice(0, list.length - RECENT);
    }
  };

  const names = fullNames(contexts);
  // The most recent organisation named anywhere (not only as a speaker).
  let lastOrgNamed: FullName | null = null;
  // The most recent person named as the subject of a sentence, and where.
  let lastSubject: { full: FullName; at: Position } | null = null;
  const firstByWord = new Map<string, FullName[]>();
  for (const { full } of names) {
    if (full.kind !== 'person' || !full.name.includes(' ')) continue;
    for (const word of wordsOf(full.name)) {
      const list = firstByWord.get(word) ?? [];
      if (list.length < 4) list.push(full);
      firstByWord.set(word, list);
    }
  }
  const order = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => comparePositions(a.item.position, b.item.position) || a.index - b.index);
  const resolutions: Resolution[] = items.map(() => ({ speakerId: null, source: null }));
  let nextName = 0;
  // People named so far, most recent last (cut back to the RECENT newest when it doubles).
  const namedPeople: FullName[] = [];
  // People named or quoted so far, most recent last, each time: the antecedents of descriptions.
  const recentPeople: RecentPerson[] = [];
  const seenPerson = (record: RecentPerson) => {
    recentPeople.push(record);
    if (recentPeople.length > 4 * RECENT) recentPeople.splice(0, recentPeople.length - 2 * RECENT);
  };
  let last: Known | null = null;

  const upsert = (name: string, kind: SpeakerKind, role: string | null, gender: Gender | null): Known => {
    const id = slugOf(name);
    let speaker = known.get(id);
    if (!speaker) {
      speaker = { id, name, role, kind, aliases: new Set(), gender, lastAt: null };
      known.set(id, speaker);
    }
    speaker.role ??= role;
    speaker.gender ??= gender;
    return speaker;
  };
  // Recency lists may repeat a speaker; readers look only at the last few entries, which keeps resolution linear.
  /** The most recent organisation or group that spoke and fits, among the last RECENT: antecedents are near. */
  const recentOther = (fits: (other: Known) => boolean): Known | null => {
    for (let k = others.length - 1; k >= 0 && k >= others.length - RECENT; k--) {
      const other = others[k] as Known;
      if (fits(other)) return other;
    }
    return null;
  };
  const touch = (list: Known[], speaker: Known) => {
    if (list[list.length - 1] !== speaker) list.push(speaker);
  };

  const genderOfNamed = (full: FullName): Gender | null => {
    const id = slugOf(full.name);
    return known.get(id)?.gender ?? entries.get(id)?.full.gender ?? full.gender;
  };
  /**
   * The antecedent of a pronoun no speaker fits (`Carly Fiorina addressed students. "…," she said.`): the
   * nearest person named before it who is known to be of the pronoun's gender, else the nearest whose gender
   * is unknown. Named anywhere, not only as a subject: the first quote of a story often follows a sentence
   * about its speaker.
   */
  const namedBefore = (gender: Gender | null): FullName | null => {
    let unknown: FullName | null = null;
    for (let k = namedPeople.length - 1; k >= 0 && k >= namedPeople.length - RECENT; k--) {
      const full = namedPeople[k] as FullName;
      const namedGender = genderOfNamed(full);
      if (namedGender !== null && namedGender === gender) return full;
      if (namedGender === null) unknown ??= full;
    }
    return unknown;
  };

  /** The nearest full name named so far that has `word`; one whose gender is known to match beats one whose gender is unknown. */
  const sharing = (word: string, mentionGender: Gender | null): FullName | undefined => {
    const candidates = byWord.get(word) ?? [];
    let full: FullName | undefined;
    for (let k = candidates.length - 1; k >= 0 && k >= candidates.length - RECENT; k--) {
      const candidate = candidates[k] as NamedEntry;
      const gender = candidate.full.gender ?? known.get(candidate.id)?.gender ?? null;
      if (!compatible(mentionGender, gender)) continue;
      if (mentionGender !== null && gender === mentionGender) return candidate.full;
      full ??= candidate.full;
      // Someone who has spoken beats someone only named since: `Anne Marie Murphy` (a victim named once) is not `Murphy … told me`.
      // Only a plain name of capitalised words: a description that spoke (`Trump holds only 14 percent …`) is no better.
      if (
        known.has(candidate.id) &&
        full !== candidate.full &&
        !known.has(slugOf(full.name)) &&
        PLAIN_NAME.test(candidate.full.name)
      )
        return candidate.full;
    }
    return full;
  };

  const resolvePerson = (mention: Mention): Known => {
    const words = wordsOf(mention.name);
    if (words.length === 1) {
      const word = words[0] as string;
      // Named in full only later in the text: still the same person.
      const full =
        sharing(word, mention.gender) ?? firstByWord.get(word)?.find((n) => compatible(mention.gender, n.gender));
      if (full) {
        const speaker = upsert(full.name, 'person', mention.role ?? full.role, mention.gender ?? full.gender);
        if (mention.name !== speaker.name) speaker.aliases.add(mention.name);
        remember(full);
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
    remember(full);
    return upsert(mention.name, 'person', mention.role, mention.gender);
  };

  /** The words known to describe a person: name, roles and the descriptions already read as them. */
  const personWords = (
    id: string,
  ): { words: Set<string>; gender: Gender | null; described: boolean; credible: boolean } | null => {
    const speaker = known.get(id);
    const full = entries.get(id)?.full;
    const name = speaker?.name ?? full?.name;
    if (name === undefined) return null;
    const texts = [name, speaker?.role ?? '', full?.role ?? '', ...(speaker?.aliases ?? [])];
    // Only up to the head: `spokesman for the Pentagon` is not a `Pentagon`, nor is someone `in a statement`.
    const words = new Set(texts.flatMap(wordsToHead));
    const role = speaker?.role ?? full?.role ?? null;
    const gender = speaker?.gender ?? full?.gender ?? null;
    return {
      words,
      gender,
      described: name.toLowerCase() === role?.toLowerCase(),
      // Named with a title, a role, Mr./Ms. or a common first name: a capitalised run can be a place, a firm or a slogan.
      credible: gender !== null || role !== null,
    };
  };

  /**
   * `the senator`, `the former secretary of state`: the nearest person whose roles or earlier descriptions
   * have the head word (more shared words first: `the Florida senator` is the senator from Florida); else,
   * for a word for a public person, the person last named as a subject or speaker in this paragraph or the two
   * before, when the story named them (not only described them).
   */
  const resolveDescription = (mention: Mention, at: Position): Known | null => {
    const description = describing(mention.name);
    if (!description) return null;
    let best: { id: string; score: number } | null = null;
    let salient: string | null = null;
    const seen = new Set<string>();
    for (let k = recentPeople.length - 1; k >= 0 && seen.size < RECENT; k--) {
      const record = recentPeople[k] as RecentPerson;
      const person = personWords(record.id);
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
    const speaker = known.get(id) ?? upsertNamed(id);
    if (!speaker) return null;
    speaker.aliases.add(`the ${mention.name}`);
    speaker.gender ??= mention.gender;
    return speaker;
  };

  /** The speaker for a person named (not yet quoted) under `id`. */
  const upsertNamed = (id: string): Known | null => {
    const full = entries.get(id)?.full;
    return full ? upsert(full.name, 'person', full.role, full.gender) : null;
  };

  /** A name read in the text (not as a speaker): what pronouns and surnames after it may stand for. */
  const named = ({ position, full: as }: { position: Position; full: FullName }) => {
    let full = as;
    if (full.kind === 'person' && !full.name.includes(' ')) {
      // `Obama said in March …`: one word names the person named in full with it, or nobody known.
      const found = sharing(wordsOf(full.name)[0] ?? '', full.gender);
      if (!found) return;
      full = { ...found, role: full.role ?? found.role, gender: full.gender ?? found.gender, subject: full.subject };
    }
    remember(full);
    if (full.kind !== 'person') return;
    namedPeople.push(full);
    if (namedPeople.length > 2 * RECENT) namedPeople.splice(0, namedPeople.length - RECENT);
    seenPerson({ id: slugOf(full.name), at: position, salient: full.subject });
    if (full.subject) lastSubject = { full, at: position };
  };

  /** `the senator said`: a description (its name is its role) with the definite article. */
  const isDefiniteDescription = (mention: Mention & { block: number }): boolean =>
    mention.role !== null &&
    mention.name === mention.role &&
    /^the\s/i.test((contexts[mention.block] as BlockText).block.text.slice(mention.start, mention.end));

  /**
   * `His campaign said`, `her spokesman`: the owner is the antecedent of the possessive's pronoun, and the speaker
   * is named by both (`Hillary Clinton’s campaign`). Null when the phrase has no such possessive or the owner is unknown.
   */
  const resolvePossessed = (mention: Mention & { block: number }, at: Position): Known | null => {
    // Only `his` and `her`: the thing `its sponsors` belong to is often no speaker (`A bill … its sponsors`).
    const possessed = /^(his|her)\s+(\S.*)$/i.exec(mention.name);
    const word = possessed?.[1]?.toLowerCase();
    // `His campaign manager Jeff Weaver`: a phrase that ends in a name is that person's, read by the other rules.
    if (!possessed || !word || mention.kind === 'pronoun' || /\p{Lu}\S* \p{Lu}\S*$/u.test(possessed[2] ?? ''))
      return null;
    const owner = resolve(
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
    return upsert(
      `${owner.name}’s ${possessed[2] ?? ''}`,
      mention.kind === 'generic' ? 'organization' : mention.kind,
      mention.role,
      null,
    );
  };

  const resolve = (mention: Mention & { block: number }, at: Position): Known | null => {
    const possessed = resolvePossessed(mention, at);
    if (possessed) return possessed;
    switch (mention.kind) {
      case 'person':
        return (isDefiniteDescription(mention) ? resolveDescription(mention, at) : null) ?? resolvePerson(mention);
      case 'pronoun': {
        // `I said …` in the writer's own words: the author, or nobody when the byline names no one person.
        if (mention.name === 'I') return author ? upsert(author, 'person', 'author', null) : null;
        if (mention.gender === 'plural') return others[others.length - 1] ?? null;
        // `it` stands for an organisation: the one that last spoke, else the one last named.
        if (mention.gender === null) {
          const organisation = recentOther((o) => o.kind === 'organization');
          if (organisation) return organisation;
          const named = lastOrgNamed as FullName | null;
          return named ? upsert(named.name, 'organization', null, null) : null;
        }
        let speaker: Known | null = null;
        for (let k = people.length - 1; k >= 0 && k >= people.length - RECENT; k--) {
          const person = people[k] as Known;
          if (compatible(person.gender, mention.gender)) {
            speaker = person;
            break;
          }
        }
        // `Council member Maria Lopez disagreed. She said …`: the subject of the sentence before (or of this
        // paragraph or the one before), named since that speaker last spoke, is the nearer antecedent.
        const subject = lastSubject as { full: FullName; at: Position } | null;
        if (
          subject &&
          at.block - subject.at.block <= 1 &&
          (!speaker?.lastAt || comparePositions(subject.at, speaker.lastAt) > 0)
        ) {
          // Only a subject known to be of the pronoun's gender (by first name, Mr./Ms. or role): a capitalised
          // run at a sentence start is not always a person.
          const gender = known.get(slugOf(subject.full.name))?.gender ?? subject.full.gender;
          if (gender === mention.gender) return upsert(subject.full.name, 'person', subject.full.role, gender);
        }
        if (speaker) {
          speaker.gender ??= mention.gender;
          return speaker;
        }
        // Nobody compatible has spoken yet: a person named before it.
        const named = namedBefore(mention.gender);
        return named ? upsert(named.name, 'person', named.role, mention.gender) : null;
      }
      case 'generic': {
        for (let k = others.length - 1; k >= 0 && k >= others.length - RECENT; k--) {
          const other = others[k] as Known;
          const sameWords = other.name.toLowerCase().includes(mention.name) || other.aliases.has(`the ${mention.name}`);
          if (other.kind === 'organization' && sameWords) {
            other.aliases.add(`the ${mention.name}`);
            return other;
          }
        }
        // `Halvorsen Motors is recalling …, the company said`: the organisation last named.
        const named = lastOrgNamed as FullName | null;
        if (named) {
          const speaker = upsert(named.name, 'organization', null, null);
          speaker.aliases.add(`the ${mention.name}`);
          return speaker;
        }
        // Nothing named before it: the article calls it only `the union`.
        return upsert(mention.name, 'organization', null, null);
      }
      case 'organization':
      case 'group': {
        const name = mention.name.replace(/^the\s+/i, '');
        if (!name) return null;
        // `the Journal`, `the Times`: one word that ends the name of an organisation that spoke before is that organisation.
        const fuller =
          mention.kind === 'organization' && !name.includes(' ')
            ? recentOther((o) => o.kind === 'organization' && o.name.endsWith(` ${name}`))
            : null;
        if (fuller) {
          fuller.aliases.add(name);
          return fuller;
        }
        const speaker = upsert(name, mention.kind, mention.role, null);
        if (mention.alias) speaker.aliases.add(mention.alias);
        return speaker;
      }
    }
  };

  for (const { item, index } of order) {
    while (
      nextName < names.length &&
      comparePositions((names[nextName] as (typeof names)[number]).position, item.position) <= 0
    ) {
      named(names[nextName] as (typeof names)[number]);
      nextName++;
    }
    let speaker: Known | null = null;
    let source: Located | null = null;
    if (item.carry) {
      speaker = last;
    } else if (item.mention) {
      speaker = resolve(item.mention, item.position);
      if (speaker) source = { block: item.mention.block, start: item.mention.start, end: item.mention.end };
    }
    if (speaker) {
      if (speaker.kind === 'person') seenPerson({ id: speaker.id, at: item.position, salient: true });
      touch(speaker.kind === 'person' ? people : others, speaker);
      speaker.lastAt = item.position;
      last = speaker;
    }
    resolutions[index] = { speakerId: speaker?.id ?? null, source };
  }

  const speakers: Speaker[] = [...known.values()].map((s) => ({
    id: s.id,
    name: displayName(s.name),
    role: s.role,
    kind: s.kind,
    aliases: [...s.aliases].filter((a) => a !== s.name),
  }));
  return { speakers, resolutions };
}
