/**
 * Noun phrases that name a speaker, read off the tokens next to an
 * attribution verb: `White House press secretary Sean Spicer`, `US Air Force
 * Col. John Dorrian, chief spokesman for …,`, `a spokesman, Maj. Adrian J.
 * Rankine-Galloway,`, `the Russian Ministry of Defense`, `Pentagon officials`,
 * `he`. Only words in a speaker position get here, which is what keeps places
 * and weekdays elsewhere in the sentence from becoming speakers.
 *
 * Here: the word classes and `phraseEndingAt`, which reads one phrase. Around
 * it, `mentions-named` reads the speaker next to a cue, `mentions-described`
 * a speaker described rather than named, and `mentions-clause-subject` the
 * subject of a whole clause.
 */
import {
  ARTICLES,
  CAPITALISED_NOT_ROLE,
  CONNECTORS,
  DEMONYMS,
  FOLLOWERS,
  GENDERED_ROLES,
  GROUP_MODIFIERS,
  GROUP_NOUNS,
  HONORIFICS,
  KNOWN_ORG_PHRASES,
  MEMBER_WORDS,
  MONTHS_BUT_MAY,
  NAMED_AFTER_HEADS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORG_COMMON_NOUNS,
  ORG_ROLE_NOUNS,
  ORG_WORDS,
  PERSON_HEADS,
  PLACES,
  PRONOUNS,
  ROLE_WORDS,
  THINGS,
  TIME_WORDS,
  TITLE_WORDS,
} from '../lexicon';
import { DESCRIBING_COMPOUND_END, firstNameGender } from '../lexicon';
import { isCapitalized, isWord, type Token } from '../text';

export type Gender = 'male' | 'female' | 'plural';

export type Mention = {
  /** `generic` is an organisation named by a common noun (`the ministry`), resolved to one named earlier. */
  kind: 'person' | 'organization' | 'group' | 'pronoun' | 'generic';
  /** As written: `Sean Spicer`, `Spicer`, `Russian Ministry of Defense`, `Pentagon officials`, `he`, `ministry`. */
  name: string;
  role: string | null;
  gender: Gender | null;
  /** The words naming the speaker (without appositives), as offsets in the text the tokens came from. */
  start: number;
  end: number;
  /** Another name the sentence gives the same speaker (`the group`). */
  alias?: string;
};

export const isTitle = (t: Token) =>
  TITLE_WORDS.has(t.lower) ||
  (ROLE_WORDS.has(t.lower) && (!isCapitalized(t) || !CAPITALISED_NOT_ROLE.has(t.lower))) ||
  (ORG_ROLE_NOUNS.has(t.lower) && !isCapitalized(t));

/** `Senators say`, `Democrats said`: the plural of a title or of a member word names a group, not a person called `Senators`. */
const isPluralRole = (t: Token): boolean => {
  if (!/^\p{L}{4,}s$/u.test(t.text)) return false;
  const stem = t.lower.slice(0, -1);
  return MEMBER_WORDS.has(stem) || TITLE_WORDS.has(stem) || ROLE_WORDS.has(stem);
};

/** Nouns that describe a person by what they do: `biologist`, `teacher`, `director`. */
export const isAgentNoun = (t: Token) =>
  !isCapitalized(t) &&
  /^\p{Ll}{3,}(?:ist|er|or|ian|ant|ent)$/u.test(t.text) &&
  !NOT_NAMES.has(t.lower) &&
  !THINGS.has(t.lower);

const isInitial = (t: Token) => /^\p{Lu}\.$/u.test(t.text);
export const isAcronym = (t: Token) => /^[\p{Lu}\d.&-]{2,}$/u.test(t.text) && !isInitial(t);

/** A token that can sit inside a capitalised name run. */
export function isNameToken(t: Token, left?: Token): boolean {
  if (!isCapitalized(t)) return false;
  // `Clean Taps Now`: inside a run of capitals a function word is part of the name; at its start (`But Pentagon …`) it is not.
  const inside = left !== undefined && isCapitalized(left) && !NOT_NAMES.has(left.lower);
  return inside || isAcronym(t) || !NOT_NAMES.has(t.lower) || MONTHS_BUT_MAY.has(t.lower) || t.lower === 'may';
}

/** Whether `name` (as tokens) can be a person's name. */
function isPersonName(tokens: Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 5) return false;
  const meaningful = tokens.filter((t) => !NAME_PARTICLES.has(t.lower) && !isInitial(t));
  if (meaningful.length === 0) return false;
  // `Trump Tower`, `Clinton Global Initiative`: a building or a body named after someone is no person.
  if (tokens.length > 1 && NAMED_AFTER_HEADS.has((tokens[tokens.length - 1] as Token).lower)) return false;
  if (meaningful.some((t) => !isCapitalized(t))) return false;
  // Not a place, weekday, month or acronym (ISIS, AP) standing alone or only with others of its kind.
  return !meaningful.every(
    (t) =>
      PLACES.has(t.lower) ||
      DEMONYMS.has(t.lower) ||
      TIME_WORDS.has(t.lower) ||
      MONTHS_BUT_MAY.has(t.lower) ||
      isAcronym(t) ||
      NOT_NAMES.has(t.lower),
  );
}

/**
 * A name run with `of` in it, read as who and where from: `Sen. Tom Carper of Delaware` and `Maria Lopez of
 * Human Rights Watch` are the person, the rest their role; `Supporters of Hillary Clinton` is a group, not
 * Clinton. A person is named by a title before the name or by a known first name, so `Communications Workers
 * of America` and `Georgia Institute of Technology` are left to the organisation rules.
 */
function personOf(named: Token[], home: Token[], roleTokens: Token[], source: string, base: number): Mention | null {
  const head = named[named.length - 1];
  const firstHome = home[0];
  const lastHome = home[home.length - 1];
  if (!head || !firstHome || !lastHome || home.length > 5) return null;
  const headWord = head.lower;
  if (roleTokens.length === 0 && named.length === 1 && (GROUP_NOUNS.has(headWord) || FOLLOWERS.has(headWord))) {
    const first = named[0] as Token;
    return {
      kind: 'group',
      name: textOf(source, base, first, lastHome),
      role: null,
      gender: 'plural',
      start: first.start,
      end: lastHome.end,
    };
  }
  const firstName = named.length >= 2 ? firstNameGender((named[0] as Token).text) : null;
  if (
    !(roleTokens.length > 0 || firstName !== null) ||
    named.some((t) => ORG_WORDS.has(t.lower)) ||
    !isPersonName(named)
  )
    return null;
  const of = source.slice(head.end - base, lastHome.end - base).trim();
  return {
    kind: 'person',
    name: textOf(source, base, named[0] as Token, head),
    role: [roleText(source, base, roleTokens), of].filter(Boolean).join(', '),
    gender: genderOf(roleTokens) ?? firstName,
    start: (named[0] as Token).start,
    end: lastHome.end,
  };
}

export function textOf(source: string, base: number, from: Token, to: Token): string {
  return source.slice(from.start - base, to.end - base);
}

export function genderOf(tokens: Token[]): Gender | null {
  for (const t of tokens) {
    const g = HONORIFICS.get(t.lower) ?? GENDERED_ROLES.get(t.lower);
    if (g) return g;
  }
  return null;
}

/** A role as written, minus honorifics and a leading article: `a spokesman` -> `spokesman`. */
export function roleText(source: string, base: number, tokens: Token[]): string | null {
  // Called for every name read: no arrays.
  let from = 0;
  while (from < tokens.length && (HONORIFICS.has(tokens[from]?.lower ?? '') || ARTICLES.has(tokens[from]?.lower ?? '')))
    from++;
  let to = tokens.length - 1;
  while (to >= from && HONORIFICS.has(tokens[to]?.lower ?? '')) to--;
  const first = tokens[from];
  const last = tokens[to];
  if (!first || !last || to < from) return null;
  return textOf(source, base, first, last) || null;
}

type Span = { from: number; to: number };

/** A phrase read: the mention and the tokens it spans. */
type Phrase = Mention & Span;

/** `he`, `she`, `they`; `I` (the writer, resolved to the byline's author); `it` (an organisation's pronoun). */
function readPronoun(last: Token, end: number): Phrase | null {
  const pronoun = PRONOUNS.get(last.lower);
  // `I said …` outside quotation marks: the writer, resolved to the byline's author (see resolve.ts).
  // `It said it would …`: an organisation's pronoun, resolved to the organisation last named (see resolve.ts).
  if (!pronoun && last.text !== 'I' && last.lower !== 'it') return null;
  return {
    kind: 'pronoun',
    name: pronoun || last.lower === 'it' ? last.text : 'I',
    role: null,
    gender: pronoun ?? null,
    start: last.start,
    end: last.end,
    from: end,
    to: end,
  };
}

/** `senior US officials`, `local residents`: a group noun with the words that may stand before it. */
function readGroup(tokens: Token[], end: number, min: number, source: string, base: number): Phrase {
  const last = tokens[end] as Token;
  let from = end;
  while (from - 1 >= min && from > end - 6) {
    const t = tokens[from - 1];
    // `40,000 adults`: a number with a thousands comma is one number, not `000 adults`.
    if (
      t?.text === ',' &&
      /^\d{3}$/.test(tokens[from]?.text ?? '') &&
      /^\d{1,3}$/.test(tokens[from - 2]?.text ?? '') &&
      from - 2 >= min
    ) {
      from -= 2;
      continue;
    }
    if (!t || !isWord(t) || ARTICLES.has(t.lower)) break;
    if (
      GROUP_MODIFIERS.has(t.lower) ||
      (isCapitalized(t) && (!NOT_NAMES.has(t.lower) || isAcronym(t))) ||
      /^\d+$/.test(t.text)
    )
      from--;
    else break;
  }
  const first = tokens[from] ?? last;
  return {
    kind: 'group',
    name: textOf(source, base, first, last),
    role: null,
    gender: 'plural',
    start: first.start,
    end: last.end,
    from,
    to: end,
  };
}

/**
 * `the ministry`, `the company`: an organisation named before; null without `the`. Words before the noun
 * (`the Russian space agency`) are kept as its role, the name it goes by when nothing was named before.
 */
function readGeneric(tokens: Token[], end: number, min: number, source: string, base: number): Phrase | null {
  const last = tokens[end] as Token;
  let from = end;
  while (
    from - 1 >= min &&
    tokens[from - 1] &&
    !ARTICLES.has(tokens[from - 1]?.lower ?? '') &&
    /^\p{L}+$/u.test(tokens[from - 1]?.text ?? '') &&
    from > end - 3
  )
    from--;
  const det = tokens[from - 1];
  if (!det || det.lower !== 'the' || from - 1 < min) return null;
  return {
    kind: 'generic',
    name: last.lower,
    role: from < end ? textOf(source, base, tokens[from] as Token, last) : null,
    gender: 'plural',
    start: det.start,
    end: last.end,
    from: from - 1,
    to: end,
  };
}

/** Where the run of name, title and role tokens that ends at `end` starts. */
function runStart(tokens: Token[], end: number, min: number, source: string, base: number): number {
  let from = end;
  let modifiers = 0;
  let modifierAt = -1;
  // Capped: a name with its title is never longer than this, and the cap keeps the scan linear.
  while (from - 1 >= min && from > end - 12) {
    const t = tokens[from - 1];
    const right = tokens[from];
    if (!t || !isWord(t)) break;
    // A line break ends a name: `… It's All CNN's Fault⏎Ted Cruz apologized` (a heading run into its paragraph).
    if (right && source.slice(t.end - base, right.start - base).includes('\n')) break;
    const left = from - 2 >= min ? tokens[from - 2] : undefined;
    if (isNameToken(t, left) || isTitle(t) || HONORIFICS.has(t.lower)) {
      from--;
    } else if (
      (CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower)) &&
      right &&
      (isCapitalized(right) || NAME_PARTICLES.has(right.lower)) &&
      left &&
      (isCapitalized(left) || isTitle(left) || NAME_PARTICLES.has(left.lower))
    ) {
      from--;
    } else if (
      right &&
      !isCapitalized(t) &&
      !NOT_NAMES.has(t.lower) &&
      !/(?:ed|ing)$/.test(t.lower) &&
      from - 1 < end &&
      (isTitle(right) || (modifiers > 0 && from === modifierAt) || (isAgentNoun(t) && isCapitalized(right))) &&
      modifiers < 2
    ) {
      // `festival director Keith Marlowe`, `biologist Lucía Paredes`: the words describing a role.
      modifiers++;
      from--;
      modifierAt = from;
    } else {
      break;
    }
  }
  return from;
}

/** `Amazon-owned`, `Seattle-based`: a capitalised compound that describes the name after it, not part of it. */
const DESCRIBING_TOKEN = new RegExp(`^\\p{Lu}[\\p{L}.&]*${DESCRIBING_COMPOUND_END}$`, 'u');
export const isDescribingCompound = (token: Token | undefined) => DESCRIBING_TOKEN.test(token?.text ?? '');

/** The index in `run` of its last title or role word: the name is what follows it. */
function lastTitleIn(run: Token[]): number {
  let lastTitle = -1;
  run.forEach((t, i) => {
    const describing = !isCapitalized(t) && !CONNECTORS.has(t.lower) && !NAME_PARTICLES.has(t.lower);
    // `Mr. King`, `Ms. Major`: after an honorific a capitalised title word is a surname.
    const afterHonorific = i > 0 && HONORIFICS.has(run[i - 1]?.lower ?? '') && isCapitalized(t);
    if ((isTitle(t) && !afterHonorific) || HONORIFICS.has(t.lower) || describing || isDescribingCompound(t))
      lastTitle = i;
  });
  // `Billionaire Donald Trump`, `House Republican Thomas Massie`, `National Review’s Ian Tuttle`: a capitalised word for a
  // person, a party or a possessive before a known first name and a surname ends the role.
  for (let i = lastTitle + 1; i + 2 < run.length; i++) {
    const t = run[i] as Token;
    const firstName = firstNameGender((run[i + 1] as Token).text) !== null;
    // After a possessive, two or three capitalised words are a name even when the first name is not a known one (`Mick Lynch`).
    if ((PERSON_HEADS.has(t.lower) && firstName) || (/['’]s$/.test(t.text) && (firstName || run.length - i - 1 <= 3)))
      lastTitle = i;
  }
  return lastTitle;
}

/** A run split into its role and its name. */
type RoleAndName = { lastTitle: number; roleTokens: Token[]; nameTokens: Token[] };

/** The run's role and name: the name follows the last title, and after `of` it starts with the rest of the role. */
function splitRun(run: Token[]): RoleAndName {
  const lastTitle = lastTitleIn(run);
  let nameTokens = run.slice(lastTitle + 1);
  let roleTokens = run.slice(0, lastTitle + 1);
  // `Secretary of State John Kerry`: a name after `of` starts with the rest of the role.
  const ofAt = nameTokens.findIndex((t) => t.lower === 'of');
  if (ofAt >= 0 && roleTokens.length > 0) {
    const afterOf = nameTokens.slice(ofAt + 1);
    const keep = Math.min(
      afterOf.length - 1,
      afterOf.length >= 3 && afterOf[afterOf.length - 2] && isInitial(afterOf[afterOf.length - 2] as Token) ? 3 : 2,
    );
    if (keep >= 1) {
      roleTokens = run.slice(0, lastTitle + 1 + ofAt + 1 + afterOf.length - keep);
      nameTokens = afterOf.slice(afterOf.length - keep);
    }
  }
  return { lastTitle, roleTokens, nameTokens };
}

/** A run of name, title and role tokens, split, with where it stands. */
type Run = RoleAndName & {
  tokens: Token[];
  run: Token[];
  from: number;
  end: number;
  min: number;
  source: string;
  base: number;
};

const namesOrg = (ts: Token[]) =>
  ts.some((t) => ORG_WORDS.has(t.lower)) || KNOWN_ORG_PHRASES.has(ts.map((t) => t.lower).join(' '));

/** An organisation: a name with an organisation word (`Russian Ministry of Defense`), or one a role calls so (`passenger group Transport Focus`). */
function asOrganisation(r: Run): Phrase | null {
  const { run, from, end, source, base, lastTitle, nameTokens, roleTokens } = r;
  const last = run[run.length - 1] as Token;
  const firstCap = run.findIndex(
    (t) => isCapitalized(t) && !isTitle(t) && !HONORIFICS.has(t.lower) && !isDescribingCompound(t),
  );
  const whole = firstCap >= 0 ? run.slice(firstCap) : [];
  // `Amazon-owned Whole Foods`: the compound describes the organisation.
  const describing = run.slice(0, Math.max(0, firstCap)).filter(isDescribingCompound);
  // The phrase still starts at the compound, so what stands before it (`on the`, `, a`) reads as it did.
  const phraseFrom = describing.length > 0 ? run.indexOf(describing[0] as Token) : firstCap;
  const named =
    (nameTokens.length > 0 && namesOrg(nameTokens) && roleTokens.every((t) => isCapitalized(t))) ||
    (nameTokens.length === 0 && whole.length > 0 && namesOrg(whole) && lastTitle === run.length - 1 && !isTitle(last));
  if (named) {
    const first = whole[0] as Token;
    const name = textOf(source, base, first, last);
    return {
      kind: 'organization',
      name,
      role: describing.length > 0 ? describing.map((t) => t.text).join(' ') : null,
      gender: 'plural',
      start: (run[phraseFrom] as Token).start,
      end: last.end,
      from: from + phraseFrom,
      to: end,
    };
  }
  // `passenger group Transport Focus`: the role says the name is an organisation.
  const roleHead = roleTokens[roleTokens.length - 1];
  if (
    nameTokens.length > 0 &&
    roleHead &&
    ORG_ROLE_NOUNS.has(roleHead.lower) &&
    nameTokens.every((t) => isCapitalized(t) || CONNECTORS.has(t.lower))
  ) {
    const name = textOf(source, base, nameTokens[0] as Token, last);
    const role = roleText(source, base, roleTokens);
    return {
      kind: 'organization',
      name,
      role,
      gender: 'plural',
      start: (run[0] as Token).start,
      end: last.end,
      from,
      to: end,
    };
  }
  return null;
}

/** A person's name, with the role before it; or a role with no name (`a spokesman`), useful only next to a name in apposition. */
function asPersonOrRole(r: Run): Phrase | null {
  const { tokens, run, from, end, min, source, base, nameTokens, roleTokens } = r;
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  if (nameTokens.length > 0 && !namesOrg(nameTokens) && isPersonName(nameTokens)) {
    return {
      kind: 'person',
      name: textOf(source, base, nameTokens[0] as Token, last),
      role: roleText(source, base, roleTokens),
      // Mr./Ms. or a gendered role first; else a common first name (`Maria Lopez`), when the name has a surname too.
      gender: genderOf(roleTokens) ?? (nameTokens.length >= 2 ? firstNameGender((nameTokens[0] as Token).text) : null),
      start: first.start,
      end: last.end,
      from,
      to: end,
    };
  }
  if (nameTokens.length > 0 || roleTokens.length === 0) return null;
  let detFrom = from;
  if (tokens[from - 1] && ARTICLES.has(tokens[from - 1]?.lower ?? '') && from - 1 >= min) detFrom = from - 1;
  return {
    kind: 'group',
    name: '',
    role: roleText(source, base, roleTokens),
    gender: genderOf(roleTokens),
    start: first.start,
    end: last.end,
    from: detFrom,
    to: end,
  };
}

/** A phrase of names, titles and roles: a person, an organisation, or a role alone. */
function readNamed(tokens: Token[], end: number, min: number, source: string, base: number): Phrase | null {
  const last = tokens[end] as Token;
  const from = runStart(tokens, end, min, source, base);
  const run = tokens.slice(from, end + 1);
  if (run.length === 0 || !isWord(last)) return null;
  const split = splitRun(run);
  let { nameTokens, roleTokens } = split;
  const connectorAt = nameTokens.map((t) => CONNECTORS.has(t.lower)).lastIndexOf(true);
  const ofPhrase =
    connectorAt > 0 && nameTokens[connectorAt]?.lower === 'of'
      ? personOf(nameTokens.slice(0, connectorAt), nameTokens.slice(connectorAt + 1), roleTokens, source, base)
      : null;
  if (ofPhrase) return { ...ofPhrase, start: (run[0] as Token).start, end: last.end, from, to: end };
  if (connectorAt >= 0 && !run.some((t) => ORG_WORDS.has(t.lower))) {
    roleTokens = [...roleTokens, ...nameTokens.slice(0, connectorAt + 1)];
    nameTokens = nameTokens.slice(connectorAt + 1);
  }
  const r: Run = { ...split, nameTokens, roleTokens, tokens, run, from, end, min, source, base };
  return asOrganisation(r) ?? asPersonOrRole(r);
}

/**
 * The noun phrase that ends at token `end` (inclusive), reading leftwards but
 * not past `min`. `source`/`base` give the text the token offsets index. One
 * reader per kind: a pronoun, a group, an organisation named before (`the
 * ministry`), or a run of names, titles and roles.
 */
export function phraseEndingAt(tokens: Token[], end: number, min: number, source: string, base: number): Phrase | null {
  const last = tokens[end];
  if (!last || end < min) return null;
  const pronoun = readPronoun(last, end);
  if (pronoun) return pronoun;
  if (GROUP_NOUNS.has(last.lower) || isPluralRole(last)) return readGroup(tokens, end, min, source, base);
  if (ORG_COMMON_NOUNS.has(last.lower) && !isCapitalized(last)) return readGeneric(tokens, end, min, source, base);
  return readNamed(tokens, end, min, source, base);
}
