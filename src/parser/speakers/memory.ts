import type { Speaker, SpeakerKind } from '@/article';
import { slugify } from '@/article';
import { NAME_PARTICLES } from '../lexicon';

import type { Gender } from './mentions';
import { nameWords, wordsToHead } from './words';
import type { Position } from '../types';

/** A speaker found so far. */
export type Known = {
  id: string;
  name: string;
  role: string | null;
  kind: SpeakerKind;
  aliases: Set<string>;
  gender: Gender | null;
  /** Where this speaker last spoke: a pronoun's antecedent is the most recent of speakers and sentence subjects. */
  lastAt: Position | null;
};

/** A person or organisation named in the text (as a speaker or not). */
export type FullName = {
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

/** What the memory knows of a person: the words that describe them, their gender, and how they were named. */
type PersonWords = { words: Set<string>; gender: Gender | null; described: boolean; credible: boolean };

/** Two to four capitalised words: a name as people are named, not a description. */
export const PLAIN_NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u;

/** How far back recency lists are read: antecedents are near. */
export const RECENT = 40;

export const compatible = (a: Gender | null, b: Gender | null) => a === null || b === null || a === b;

/**
 * How a speaker is listed: a description without its article starts with a
 * capital, like a name (`according to the city` -> `City`, `a spokesperson`
 * -> `Spokesperson`); a name that starts with a particle (`de Blasio`) stays, and so
 * does a handle or brand (`elmo666`, `eBay`).
 */
function displayName(name: string): string {
  const first = /^\S+/u.exec(name)?.[0] ?? '';
  // `elmo666`, `eBay`: a word with digits or a capital inside is written as its owner writes it.
  if (!/^\p{Ll}/u.test(first) || NAME_PARTICLES.has(first) || /[\p{N}\p{Lu}]/u.test(first)) return name;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * What speaker resolution remembers as it reads the article in order: the
 * speakers found so far, who was named (and where), who spoke last. Every
 * recency list is read only at its last RECENT entries and cut back when it
 * doubles, which keeps resolution linear in the article.
 */
export class SpeakerMemory {
  /** Speakers by id. */
  readonly known = new Map<string, Known>();
  /** People who spoke, most recent last (may repeat a speaker). */
  readonly people: Known[] = [];
  /** Organisations and groups who spoke, most recent last (may repeat a speaker). */
  readonly others: Known[] = [];
  /** The speaker of the item before (for `, adding that`). */
  last: Known | null = null;
  /** The most recent organisation named anywhere (not only as a speaker). */
  lastOrgNamed: FullName | null = null;
  /** The most recent person named as the subject of a sentence, and where. */
  lastSubject: { full: FullName; at: Position } | null = null;
  /** People named so far, most recent last (cut back to the RECENT newest when it doubles). */
  readonly namedPeople: FullName[] = [];
  /** People named or quoted so far, most recent last, each time: the antecedents of descriptions. */
  readonly recentPeople: RecentPerson[] = [];
  /** Each name word's first few people named in full anywhere in the article (a surname before the full name). */
  readonly firstByWord = new Map<string, FullName[]>();
  /** The remembered full names by id. */
  readonly entries = new Map<string, NamedEntry>();
  // name word -> the distinct full names carrying it (one entry per speaker id), most recently mentioned last.
  // A name mentioned again moves to the end, so a list holds each person once however often they are named,
  // and it is cut back to the RECENT newest when it doubles: a surname lookup reads at most RECENT entries.
  private readonly byWord = new Map<string, NamedEntry[]>();
  // Slugs and name words per distinct name, computed once: names repeat on every mention.
  private readonly slugs = new Map<string, string>();
  private readonly wordsByName = new Map<string, string[]>();

  constructor(
    /** The byline's one author, when it names a person: who `I` is outside quotation marks. */
    readonly author: string | null,
  ) {}

  slugOf(name: string): string {
    let slug = this.slugs.get(name);
    if (slug === undefined) {
      slug = slugify(name);
      this.slugs.set(name, slug);
    }
    return slug;
  }

  wordsOf(name: string): string[] {
    let words = this.wordsByName.get(name);
    if (!words) {
      words = nameWords(name);
      this.wordsByName.set(name, words);
    }
    return words;
  }

  /** Remembers a full name (an organisation as the last one named), keeping what earlier mentions told. */
  remember(full: FullName): void {
    if (full.kind === 'organization') {
      this.lastOrgNamed = full;
      return;
    }
    const id = this.slugOf(full.name);
    const previous = this.entries.get(id);
    // What an earlier mention told (`Mr.`, a role) stays known when a later one does not repeat it.
    const entry: NamedEntry = previous
      ? { id, full: { ...full, role: full.role ?? previous.full.role, gender: full.gender ?? previous.full.gender } }
      : { id, full };
    this.entries.set(id, entry);
    for (const word of this.wordsOf(full.name)) {
      let list = this.byWord.get(word);
      if (!list) {
        list = [];
        this.byWord.set(word, list);
      }
      if (previous) {
        const at = list.lastIndexOf(previous);
        if (at >= 0) list.splice(at, 1);
      }
      list.push(entry);
      if (list.length > 2 * RECENT) list.splice(0, list.length - RECENT);
    }
  }

  seenPerson(record: RecentPerson): void {
    this.recentPeople.push(record);
    if (this.recentPeople.length > 4 * RECENT) this.recentPeople.splice(0, this.recentPeople.length - 2 * RECENT);
  }

  /** The speaker named `name`, created on first use; a role or gender learnt later fills what was unknown. */
  upsert(name: string, kind: SpeakerKind, role: string | null, gender: Gender | null): Known {
    const id = this.slugOf(name);
    let speaker = this.known.get(id);
    if (!speaker) {
      speaker = { id, name, role, kind, aliases: new Set(), gender, lastAt: null };
      this.known.set(id, speaker);
    }
    speaker.role ??= role;
    speaker.gender ??= gender;
    return speaker;
  }

  /** The speaker for a person named (not yet quoted) under `id`. */
  upsertNamed(id: string): Known | null {
    const full = this.entries.get(id)?.full;
    return full ? this.upsert(full.name, 'person', full.role, full.gender) : null;
  }

  /** The most recent organisation or group that spoke and fits, among the last RECENT: antecedents are near. */
  recentOther(fits: (other: Known) => boolean): Known | null {
    for (let k = this.others.length - 1; k >= 0 && k >= this.others.length - RECENT; k--) {
      const other = this.others[k] as Known;
      if (fits(other)) return other;
    }
    return null;
  }

  private genderOfNamed(full: FullName): Gender | null {
    const id = this.slugOf(full.name);
    return this.known.get(id)?.gender ?? this.entries.get(id)?.full.gender ?? full.gender;
  }

  /**
   * The antecedent of a pronoun no speaker fits (`Carly Fiorina addressed students. "…," she said.`): the
   * nearest person named before it who is known to be of the pronoun's gender, else the nearest whose gender
   * is unknown. Named anywhere, not only as a subject: the first quote of a story often follows a sentence
   * about its speaker.
   */
  namedBefore(gender: Gender | null): FullName | null {
    let unknown: FullName | null = null;
    for (let k = this.namedPeople.length - 1; k >= 0 && k >= this.namedPeople.length - RECENT; k--) {
      const full = this.namedPeople[k] as FullName;
      const namedGender = this.genderOfNamed(full);
      if (namedGender !== null && namedGender === gender) return full;
      if (namedGender === null) unknown ??= full;
    }
    return unknown;
  }

  /** The nearest full name named so far that has `word`; one whose gender is known to match beats one whose gender is unknown. */
  sharing(word: string, mentionGender: Gender | null): FullName | undefined {
    const candidates = this.byWord.get(word) ?? [];
    let full: FullName | undefined;
    for (let k = candidates.length - 1; k >= 0 && k >= candidates.length - RECENT; k--) {
      const candidate = candidates[k] as NamedEntry;
      const gender = candidate.full.gender ?? this.known.get(candidate.id)?.gender ?? null;
      if (!compatible(mentionGender, gender)) continue;
      if (mentionGender !== null && gender === mentionGender) return candidate.full;
      full ??= candidate.full;
      // Someone who has spoken beats someone only named since: `Anne Marie Murphy` (a victim named once) is not `Murphy … told me`.
      // Only a plain name of capitalised words: a description that spoke (`Trump holds only 14 percent …`) is no better.
      if (
        this.known.has(candidate.id) &&
        full !== candidate.full &&
        !this.known.has(this.slugOf(full.name)) &&
        PLAIN_NAME.test(candidate.full.name)
      )
        return candidate.full;
    }
    return full;
  }

  /** The words known to describe a person: name, roles and the descriptions already read as them. */
  personWords(id: string): PersonWords | null {
    const speaker = this.known.get(id);
    const full = this.entries.get(id)?.full;
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
  }

  /** A name read in the text (not as a speaker): what pronouns and surnames after it may stand for. */
  named({ position, full: as }: { position: Position; full: FullName }): void {
    let full = as;
    if (full.kind === 'person' && !full.name.includes(' ')) {
      // `Obama said in March …`: one word names the person named in full with it, or nobody known.
      const found = this.sharing(this.wordsOf(full.name)[0] ?? '', full.gender);
      if (!found) return;
      full = { ...found, role: full.role ?? found.role, gender: full.gender ?? found.gender, subject: full.subject };
    }
    this.remember(full);
    if (full.kind !== 'person') return;
    this.namedPeople.push(full);
    if (this.namedPeople.length > 2 * RECENT) this.namedPeople.splice(0, this.namedPeople.length - RECENT);
    this.seenPerson({ id: this.slugOf(full.name), at: position, salient: full.subject });
    if (full.subject) this.lastSubject = { full, at: position };
  }

  /** Indexes the people named in full anywhere in the article by their name words: a surname may come first. */
  noteFirstNames(names: readonly { full: FullName }[]): void {
    for (const { full } of names) {
      if (full.kind !== 'person' || !full.name.includes(' ')) continue;
      for (const word of this.wordsOf(full.name)) {
        const list = this.firstByWord.get(word) ?? [];
        if (list.length < 4) list.push(full);
        this.firstByWord.set(word, list);
      }
    }
  }

  /** Records that `speaker` spoke at `at`: the most recent speaker of its kind, and the one a carried item keeps. */
  spoke(speaker: Known, at: Position): void {
    if (speaker.kind === 'person') this.seenPerson({ id: speaker.id, at, salient: true });
    const list = speaker.kind === 'person' ? this.people : this.others;
    if (list[list.length - 1] !== speaker) list.push(speaker);
    speaker.lastAt = at;
    this.last = speaker;
  }

  /** The speakers found, as the article lists them. */
  speakers(): Speaker[] {
    return [...this.known.values()].map((s) => ({
      id: s.id,
      name: displayName(s.name),
      role: s.role,
      kind: s.kind,
      aliases: [...s.aliases].filter((a) => a !== s.name),
    }));
  }
}
