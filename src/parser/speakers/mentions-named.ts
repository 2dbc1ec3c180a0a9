/**
 * The speaker named right before or after a cue: `Spicer on Monday said`,
 * `X, chief spokesman for …, called`, `a spokesman, Maj. Y, said`,
 * `said Sean Spicer, the press secretary.` The phrase itself is read by
 * `phraseEndingAt`; this adds what may stand around it (adverbs, appositives,
 * a parenthesis).
 */
import {
  ADVERBIAL_PREPOSITIONS,
  ARTICLES,
  COMPANY_ABBREVIATIONS,
  UNDOTTED_COMPANY_SUFFIXES,
  COMPASS_WORDS,
  CONNECTORS,
  FRONTED_PREPOSITIONS,
  GROUP_MODIFIERS,
  GROUP_NOUNS,
  HONORIFICS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORG_COMMON_NOUNS,
  ORG_ROLE_NOUNS,
  PAIR_COUNTS,
  PLACES,
  POSSESSIVES,
  PRONOUNS,
  SKIPPABLE_BEFORE_VERB,
  STOP_WORDS,
  TIME_WORDS,
  WEEKDAY_WORDS,
} from '../lexicon';
import { genderOf, isNameToken, isTitle, phraseEndingAt, roleText, textOf, type Mention } from './mentions';
import { isCapitalized, isLyAdverb, isWord, type Token } from '../text';

const isRoleOnly = (m: Mention | null) => m !== null && m.kind === 'group' && m.name === '';
export const isNamed = (m: Mention | null): m is Mention => m !== null && !isRoleOnly(m);

function joinRoles(...roles: (string | null)[]): string | null {
  const kept = roles.filter((r): r is string => !!r && !/^\p{Lu}\p{Ll}{0,4}\.$/u.test(r));
  const bare = roles.find((r): r is string => !!r);
  return kept.length > 0 ? kept.join(', ') : (bare ?? null);
}

/** Whether a phrase between commas describes (rather than names) someone: `chief spokesman for …`, `45`, `a lawyer`. */
function describes(inner: Token[]): boolean {
  const first = inner[0];
  // `…with Republicans, and the meeting deteriorated from there, said …`: a clause of its own, not an appositive.
  if (
    !first ||
    /^(?:who|which|whose|whom|where|when|and|but|or|so|yet|because|while|although|though|as|if)$/.test(first.lower)
  )
    return false;
  return !isCapitalized(first) || ARTICLES.has(first.lower) || isTitle(first);
}

/**
 * `Jeff Weaver, Sanders' campaign manager, said`, `Tina Tchen, Mrs. Obama's chief of staff, said`: an
 * appositive that opens with a possessive name and goes on in lower case describes the person before it (it is
 * not the name of another speaker).
 */
function possessiveRole(inner: Token[], source: string, base: number): boolean {
  // `Mr. Obama's deputy national security adviser`, `Hillary Clinton's campaign chairman`: the possessive may end a
  // run of capitalised words (a title, a full name).
  let k = 0;
  while (k < 3 && isCapitalized(inner[k]) && !/['’]s$/.test(inner[k]?.text ?? '') && isCapitalized(inner[k + 1])) k++;
  const first = inner[k];
  const second = inner[k + 1];
  if (!first || !second || !isCapitalized(first) || !isWord(second) || isCapitalized(second)) return false;
  return /['’]s$/.test(first.text) || /^['’](?!\p{L})/u.test(source.slice(first.end - base, first.end - base + 2));
}

/**
 * The speaker standing right before token index `verb` (the attribution verb),
 * within `[min, verb)`: skips `also`, `on Monday`, and reads appositives
 * (`X, chief spokesman for …, called` / `a spokesman, Maj. Y, said`).
 */
/**
 * `Mitch Dale, Ann Ruiz and Tom Baker said`, `Democrats and Republicans said`:
 * names joined by commas and `and` speak together, as one group named by the
 * list. `last` is the name after `and`; null when no name stands before it.
 */
function namedList(
  tokens: Token[],
  phrase: Mention & { from: number; to: number },
  min: number,
  source: string,
  base: number,
): Mention | null {
  // The name reader joins `Ann Ruiz and Tom Baker` as one phrase (for `Procter and Gamble`); people are two.
  const and = tokens.findIndex((t, k) => k > phrase.from && k < phrase.to && t.lower === 'and');
  const inner = and > 0 && phrase.kind === 'person' ? phraseEndingAt(tokens, phrase.to, and + 1, source, base) : null;
  const last = inner && isNamed(inner) ? inner : phrase;
  // `Parata and his family said`: a possessive after `and` opens the second name of the pair.
  const owned = last === phrase && POSSESSIVES.has(tokens[phrase.from - 1]?.lower ?? '') ? 1 : 0;
  const andAt = last === phrase ? phrase.from - 1 - owned : and;
  if (tokens[andAt]?.lower !== 'and') return null;
  let first = last;
  let k = andAt - 1;
  while (k >= min) {
    const phrase = phraseEndingAt(tokens, k, min, source, base);
    if (!isNamed(phrase) || phrase.kind === 'pronoun') break;
    first = phrase;
    if (tokens[phrase.from - 1]?.text !== ',') break;
    k = phrase.from - 2;
  }
  if (first === last) return null;
  const before = tokens[first.from - 1];
  // `Both the union and the company said`: the word that counts the pair opens the subject, and is no part of its name.
  const counted = PAIR_COUNTS.has(before?.lower ?? '') && opensClause(tokens, first.from - 1, min);
  if (before && first.from - 1 >= min && isWord(before) && !ARTICLES.has(before.lower) && !counted) return null;
  return {
    kind: 'group',
    name: source.slice(first.start - base, last.end - base),
    role: null,
    gender: 'plural',
    start: first.start,
    end: last.end,
  };
}

/**
 * Whether a subject phrase starting at token `from` begins its clause:
 * `Asked if …, Spicer said` yes, and `In a Bloomberg interview Trump declared` (a name right after the noun of
 * an opening phrase with no comma); `the visit Trump said` and `Republicans in the Senate said` (after a
 * preposition and its article) no.
 */
function opensClause(tokens: Token[], from: number, min: number): boolean {
  const before = tokens[from - 1];
  if (!before || from - 1 < min || !isWord(before)) return true;
  // `At the rally she said …`: after an opening phrase with no comma, a personal pronoun is the subject.
  if (
    /^(?:he|she|they|we|i)$/.test(tokens[from]?.lower ?? '') &&
    FRONTED_PREPOSITIONS.has(tokens[min]?.lower ?? '') &&
    from - min <= 10
  )
    return true;
  // `In a Bloomberg interview Trump declared …`: so is a name right after the opening phrase's noun.
  if (
    isCapitalized(tokens[from]) &&
    /^\p{Ll}{3,}$/u.test(before.text) &&
    !STOP_WORDS.has(before.lower) &&
    !FRONTED_PREPOSITIONS.has(before.lower) &&
    !ADVERBIAL_PREPOSITIONS.has(before.lower) &&
    FRONTED_PREPOSITIONS.has(tokens[min]?.lower ?? '') &&
    isCapitalized(tokens[min]) &&
    from - min <= 10 &&
    tokens.slice(min, from).every((t) => isWord(t))
  )
    return true;
  if (ARTICLES.has(before.lower))
    return !(from - 2 >= min && /^(?:in|of|at|for|with|on|to)$/.test(tokens[from - 2]?.lower ?? ''));
  // `His campaign chairman Paul Manafort said`: a possessive before the role opens the subject too.
  return /^(?:and|but|so|then|while|as|when|which|who|what|that|where|because|though|although|even|his|her|their|its|our|my|your)$/.test(
    before.lower,
  );
}

/** A company's legal suffix: `Inc.`, `Ltd.`, `LLP`. */
export function isCompanySuffix(token: Token | undefined): boolean {
  const word = token?.lower.replace(/\.$/, '') ?? '';
  return COMPANY_ABBREVIATIONS.has(word) || UNDOTTED_COMPANY_SUFFIXES.has(word);
}

/**
 * `Acme Holdings, Inc. said`, `Grant & Hale, LLP said`: a company's legal suffix after a comma is part
 * of its name, not a speaker of its own.
 */
function companyWithSuffix(tokens: Token[], i: number, min: number, source: string, base: number): Mention | null {
  const suffix = tokens[i];
  if (!suffix || !isCompanySuffix(suffix) || tokens[i - 1]?.text !== ',') return null;
  const named = phraseEndingAt(tokens, i - 2, min, source, base);
  if (!isNamed(named) || (named.kind !== 'organization' && named.kind !== 'person')) return null;
  if (!opensClause(tokens, named.from, min)) return null;
  const name = source.slice(named.start - base, suffix.end - base);
  return { kind: 'organization', name, role: null, gender: null, start: named.start, end: suffix.end };
}

/** The subject ending at token `i`, which is no comma: `Spicer`, `Acme Holdings, Inc.`, `Mr. Grassley and Mr. Leahy`. */
function subjectWithoutAppositive(
  tokens: Token[],
  i: number,
  min: number,
  source: string,
  base: number,
): Mention | null {
  const company = companyWithSuffix(tokens, i, min, source, base);
  if (company) return company;
  const phrase = phraseEndingAt(tokens, i, min, source, base);
  if (!isNamed(phrase)) return null;
  // `Obama’s highly criticized press conference`: a possessive is no subject.
  if (phrase.kind !== 'pronoun' && /['’]s$/.test(tokens[i]?.text ?? '')) return null;
  if (!opensClause(tokens, phrase.from, min)) return personWithAffiliation(tokens, phrase, min, source, base);
  return namedList(tokens, phrase, min, source, base) ?? phrase;
}

export function speakerBefore(
  tokens: Token[],
  verb: number,
  min: number,
  source: string,
  base: number,
): Mention | null {
  return speakerRightBefore(tokens, verb, min, source, base) ?? pastSecondAppositive(tokens, verb, min, source, base);
}

/**
 * `Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said`: a second
 * appositive set off after the first, in lower case; the person is read as if it were not there.
 */
function pastSecondAppositive(
  tokens: Token[],
  verb: number,
  min: number,
  source: string,
  base: number,
): Mention | null {
  const i = subjectEnd(tokens, verb, min);
  if (tokens[i]?.text !== ',') return null;
  let open = i - 1;
  while (open > min && tokens[open]?.text !== ',' && open > i - 20) open--;
  const inner = tokens.slice(open + 1, i);
  const first = inner[0];
  // A noun phrase (`one of the states …`, `a lawyer`), not a time or a place (`on Wednesday`, `Ohio`).
  if (open <= min || tokens[open]?.text !== ',' || !first || !/^(?:a|an|the|one|his|her|their|its)$/.test(first.text))
    return null;
  const without = [...tokens.slice(0, open), ...tokens.slice(i)];
  const found = speakerRightBefore(without, verb - (i - open), min, source, base);
  return found?.kind === 'person' ? found : null;
}

function speakerRightBefore(tokens: Token[], verb: number, min: number, source: string, base: number): Mention | null {
  // `Spicer on Monday said`, `officials flatly denied`, `the White House has suggested`, `Sen. Lindsey Graham (R-S.C.) said`.
  const i = subjectEnd(tokens, verb, min);
  const at = tokens[i];
  if (!at || i < min) return null;
  if (at.text !== ',') return subjectWithoutAppositive(tokens, i, min, source, base);
  const home = homeAppositive(tokens, i, min, source, base) ?? longRelative(tokens, i, min, source, base);
  if (home) return home;
  // Appositive: find the comma that opens it.
  let open = i - 1;
  while (open >= min && tokens[open]?.text !== ',' && open > i - 20) open--;
  if (open < min || tokens[open]?.text !== ',') return null;
  const inner = tokens.slice(open + 1, i);
  const innerFirst = inner[0];
  const innerLast = inner[inner.length - 1];
  if (!innerFirst || !innerLast) return null;
  const outer = phraseEndingAt(tokens, skipParenthesis(tokens, open - 1, min), min, source, base);
  const named = phraseEndingAt(tokens, i - 1, open + 1, source, base);
  const afterPreposition = isNamed(outer) ? nameAfterPreposition(tokens, outer, named, open, min) : undefined;
  if (afterPreposition !== undefined) return afterPreposition;
  // `Alverson, a commissioner on the … Commission, which has …, described`: the person, not the organisation.
  if (/^(?:who|which|whose|whom)$/.test(innerFirst.lower))
    return relativeSpeaker(tokens, outer, innerFirst, min, source, base);
  if (
    isNamed(outer) &&
    outer.kind !== 'pronoun' &&
    (describes(inner) || (outer.kind === 'person' && possessiveRole(inner, source, base)))
  ) {
    const innerRole = /\p{L}/u.test(textOf(source, base, innerFirst, innerLast)) ? roleText(source, base, inner) : null;
    return {
      ...outer,
      role: outer.kind === 'person' ? joinRoles(outer.role, innerRole) : outer.role,
      gender: outer.gender ?? genderOf(inner),
    };
  }
  if (named && (named.kind === 'person' || named.kind === 'organization') && named.from === open + 1) {
    const described = personBeforeDescribedName(tokens, open, min, source, base);
    if (described) return described;
    if (outer === null || isRoleOnly(outer)) {
      return {
        ...named,
        role: joinRoles(outer?.role ?? null, named.role),
        gender: named.gender ?? outer?.gender ?? null,
      };
    }
    // `The group, Clean Taps Now, claimed`: a common noun, then the name.
    if (outer.kind === 'generic')
      return { ...named, kind: 'organization', role: null, gender: 'plural', alias: `the ${outer.name}` };
  }
  const affiliated = affiliatedAppositive(tokens, open, i, source, base);
  if (affiliated) return affiliated;
  // `Senator Dianne Feinstein, Democrat of California, said`: a person, then a capitalised description (not a list of names).
  if (isNamed(outer) && outer.kind === 'person' && !named && !inner.some((t) => /^(?:and|or|nor)$/.test(t.lower))) {
    return { ...outer, role: joinRoles(outer.role, roleText(source, base, inner)) };
  }
  return null;
}

/**
 * `Johnnie Wilson, of Springfield, Va., said`: a person, then where they are from set off by commas, with a comma
 * inside it (a town and its state), is the subject; the place goes into their role. `close` is the closing comma.
 */
function homeAppositive(tokens: Token[], close: number, min: number, source: string, base: number): Mention | null {
  let k = close - 1;
  let commas = 0;
  while (k > min && k > close - 10 && !/^(?:of|from)$/.test(tokens[k]?.lower ?? '')) {
    const t = tokens[k] as Token;
    if (t.text === ',') commas++;
    else if (!isCapitalized(t) && t.text !== '.') return null;
    k--;
  }
  const link = tokens[k];
  if (!link || commas !== 1 || tokens[k - 1]?.text !== ',' || k + 1 === close || !/^(?:of|from)$/.test(link.lower))
    return null;
  const person = phraseEndingAt(tokens, k - 2, min, source, base);
  if (person?.kind !== 'person' || !opensClause(tokens, person.from, min)) return null;
  const place = source.slice(link.start - base, (tokens[close - 1] as Token).end - base);
  return { ...person, role: joinRoles(person.role, place) };
}

/**
 * `Giovanni Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore Romano, said`: a person's full
 * name, then a description that opens with an article or a possessive, then a name set off after it (at the comma
 * `open`): the name is what the description names, and the person speaks.
 */
function personBeforeDescribedName(
  tokens: Token[],
  open: number,
  min: number,
  source: string,
  base: number,
): Mention | null {
  let comma = open - 1;
  while (comma > min && comma > open - 16 && tokens[comma]?.text !== ',') comma--;
  const first = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || !first || !/^(?:the|a|an|his|her|their|its)$/i.test(first.text)) return null;
  if (tokens.slice(comma + 1, open).some((t) => !isWord(t))) return null;
  const person = phraseEndingAt(tokens, comma - 1, min, source, base);
  if (person?.kind !== 'person' || !person.name.includes(' ') || !opensClause(tokens, person.from, min)) return null;
  return { ...person, role: joinRoles(person.role, roleText(source, base, tokens.slice(comma + 1, open))) };
}

/**
 * `Mr. Slinker, whose latest start-up, Paradata, uses big data …, said`: a relative clause with commas of its own
 * between a person and the verb (`close` is its closing comma); the person speaks, not a name inside the clause.
 */
function longRelative(tokens: Token[], close: number, min: number, source: string, base: number): Mention | null {
  let commas = 0;
  for (let w = close - 1; w > min + 1 && w > close - 30; w--) {
    const t = tokens[w] as Token;
    if (t.text === ',') commas++;
    else if (!isWord(t) && !/^[-–]$/.test(t.text)) return null;
    if (!/^(?:who|whose)$/.test(t.lower) || tokens[w - 1]?.text !== ',') continue;
    if (commas < 2) return null;
    const person = phraseEndingAt(tokens, w - 2, min, source, base);
    return person?.kind === 'person' && opensClause(tokens, person.from, min) ? person : null;
  }
  return null;
}

/**
 * `One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said`: a person's full name set
 * off between the commas `open` and `close`, with where they speak from after it, is the subject; the rest is their role.
 */
function affiliatedAppositive(
  tokens: Token[],
  open: number,
  close: number,
  source: string,
  base: number,
): Mention | null {
  let link = open + 2;
  while (link < close - 1 && !/^(?:of|at|from)$/.test(tokens[link]?.lower ?? '')) link++;
  if (link >= close - 1) return null;
  const person = phraseEndingAt(tokens, link - 1, open + 1, source, base);
  if (person?.kind !== 'person' || person.from !== open + 1 || !person.name.includes(' ')) return null;
  if (!isCapitalized(tokens[link + 1]) && !ARTICLES.has(tokens[link + 1]?.lower ?? '')) return null;
  const from = source.slice((tokens[link] as Token).start - base, (tokens[close - 1] as Token).end - base);
  return { ...person, role: joinRoles(person.role, from) };
}

/** The subject before an appositive that is a relative clause (`X, who …, said`): the phrase before it, or a person. */
function relativeSpeaker(
  tokens: Token[],
  outer: (Mention & { from: number }) | null,
  relative: Token,
  min: number,
  source: string,
  base: number,
): Mention | null {
  if (!isNamed(outer)) return null;
  const which = relative.lower === 'which' && outer.kind === 'organization';
  return (which ? personBeforeDescription(tokens, outer, min, source, base) : null) ?? outer;
}

/**
 * The subject when the phrase before an appositive follows a preposition, or undefined when it does not: `A third
 * of independents, 33 percent, say`, `a rally in Wilmington, N.C., warned`: what is counted or a place is no subject
 * (null), but a person's full name set off after it is (`The leader of Ennahda, Rachid Ghannouchi,`: the role reads
 * `leader of` with `Ennahda` for a name).
 */
function nameAfterPreposition(
  tokens: Token[],
  outer: Mention & { from: number },
  named: (Mention & { from: number }) | null,
  open: number,
  min: number,
): Mention | null | undefined {
  if (objectOfPreposition(tokens, outer.from, min)) return appositiveName(named, open);
  if (!/\s(?:of|at|for|from)$/.test(outer.role ?? '')) return undefined;
  const person = appositiveName(named, open);
  return person ? { ...person, role: joinRoles(`${outer.role ?? ''} ${outer.name}`, person.role) } : undefined;
}

/**
 * `The leader of Ennahda, Rachid Ghannouchi, condemned`: after a description ending in `of X`, a person's
 * full name set off by commas is the subject (not X); null for anything else, places included (`a rally in
 * Wilmington, N.C.,`, `a salesman from Sumter, South Carolina,`).
 */
function appositiveName(named: (Mention & { from: number }) | null, open: number): Mention | null {
  if (!named || named.kind !== 'person' || named.from !== open + 1) return null;
  const words = named.name.toLowerCase().split(/\s+/);
  if (words.length < 2 || COMPASS_WORDS.has(words[0] ?? '') || words.some((w) => PLACES.has(w))) return null;
  return named;
}

/**
 * `Alverson, a commissioner on the Halibut Commission, which has …, described`: when the organisation a
 * `which` clause is about ends a lower-case description set off after a person's name, the person is the
 * subject (the person, else null).
 */
function personBeforeDescription(
  tokens: Token[],
  organisation: Mention & { from: number },
  min: number,
  source: string,
  base: number,
): Mention | null {
  const { from } = organisation;
  let comma = from - 1;
  while (comma > min && comma >= from - 8 && /^\p{Ll}+$/u.test(tokens[comma]?.text ?? '')) comma--;
  if (comma === from - 1 || tokens[comma]?.text !== ',') return null;
  const person = phraseEndingAt(tokens, comma - 1, min, source, base);
  if (person?.kind !== 'person' || !opensClause(tokens, person.from, min)) return null;
  const role = `${roleText(source, base, tokens.slice(comma + 1, from)) ?? ''} ${organisation.name}`.trim();
  return { ...person, role: joinRoles(person.role, role) };
}

/**
 * `Maria Lopez of the Sierra Club said`, `Tom Reed at Goldman Sachs said`: a person named before the
 * organisation they speak from is the subject; the organisation goes into their role.
 */
function personWithAffiliation(
  tokens: Token[],
  organisation: Mention & { from: number },
  min: number,
  source: string,
  base: number,
): Mention | null {
  const link = ARTICLES.has(tokens[organisation.from - 1]?.lower ?? '') ? organisation.from - 2 : organisation.from - 1;
  // A name the parser can't tell for an organisation (`Goldman Sachs`) after `at` or `from` is one too;
  // not after `of`: `said Murray of Christie` is what Murray said about Christie.
  const linkWord = tokens[link]?.lower ?? '';
  const affiliated =
    organisation.kind === 'organization'
      ? /^(?:of|at|with|from)$/.test(linkWord)
      : organisation.kind === 'person' && /^(?:at|from)$/.test(linkWord);
  if (link - 1 < min || !affiliated) return null;
  const person = phraseEndingAt(tokens, link - 1, min, source, base);
  if (person?.kind !== 'person' || !opensClause(tokens, person.from, min)) return null;
  const affiliation = source.slice((tokens[link] as Token).start - base, organisation.end - base);
  return { ...person, role: joinRoles(person.role, affiliation), end: organisation.end };
}

/** Whether the phrase starting at token `from` follows a preposition (`in Wilmington`, `at the Reformation Church`). */
function objectOfPreposition(tokens: Token[], from: number, min: number): boolean {
  const preposition = (k: number) =>
    k >= min && /^(?:of|in|at|from|near|outside|across|into|throughout)$/.test(tokens[k]?.lower ?? '');
  return preposition(from - 1) || (ARTICLES.has(tokens[from - 1]?.lower ?? '') && preposition(from - 2));
}

/** Skips what may stand between a subject and its verb (`also`, `on Monday`, `flatly`); the index of the subject's last token. */
export function subjectEnd(tokens: Token[], verb: number, min: number): number {
  let i = verb - 1;
  for (let steps = 0; steps < 4 && i >= min; steps++) {
    const t = tokens[i];
    if (!t) break;
    if (SKIPPABLE_BEFORE_VERB.has(t.lower) || isLyAdverb(t)) i--;
    else if (TIME_WORDS.has(t.lower) && isCapitalized(t) && /^(?:on|out)$/.test(tokens[i - 1]?.lower ?? '')) i -= 2;
    // `Trump Wednesday said`: wire style puts the day between the subject and its verb.
    else if (WEEKDAY_WORDS.has(t.lower) && isCapitalized(tokens[i - 1])) i--;
    else break;
  }
  return skipParenthesis(tokens, i, min);
}

/** `Sen. Lindsey Graham (R-S.C.)`: a short parenthesis after a name is skipped; the index before it (or `i`). */
function skipParenthesis(tokens: Token[], i: number, min: number): number {
  if (tokens[i]?.text !== ')') return i;
  for (let k = i - 1; k >= min && k >= i - 8; k--) {
    const t = tokens[k] as Token;
    if (t.text === '(') return k - 1 >= min && isWord(tokens[k - 1]) ? k - 1 : i;
    if (!isWord(t) && !/^[,.]$/.test(t.text)) return i;
  }
  return i;
}

/** Whether a title or a capitalised word follows within three words: `city council member James …`. */
function namedSoon(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!isWord(t)) return false;
    if (isTitle(t) || isCapitalized(t) || ORG_ROLE_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/**
 * `said retired neurosurgeon Ben Carson`, `said master of ceremonies Asab
 * Al-Tabchi`, `said 9/11 widow Terry Strada`: lower-case words or numbers describing the person named right after them
 * (no article, so not `said the …`) go into the person's role. Not a word of
 * time or place (`said in Iowa`, `said today`) nor a function word.
 */
function describedBefore(
  tokens: Token[],
  at: number,
  phrase: Mention & { from: number },
  source: string,
  base: number,
): Mention | null {
  if (phrase.kind !== 'person' || phrase.from <= at) return null;
  const lead = tokens.slice(at, phrase.from);
  const describing = lead.every(
    (t, k) =>
      isWord(t) &&
      !isCapitalized(t) &&
      ((t.lower === 'of' && k > 0 && k < lead.length - 1) ||
        // `said 9/11 widow Terry Strada`: a number may describe the person too.
        (/^\p{N}+$/u.test(t.text) && k < lead.length - 1) ||
        (t.lower.length > 2 &&
          !STOP_WORDS.has(t.lower) &&
          !ADVERBIAL_PREPOSITIONS.has(t.lower) &&
          !FRONTED_PREPOSITIONS.has(t.lower) &&
          !TIME_WORDS.has(t.lower) &&
          !isLyAdverb(t))),
  );
  if (!describing) return null;
  return { ...phrase, role: joinRoles(roleText(source, base, lead), phrase.role) };
}

/**
 * The speaker right after token index `at` (`said Spicer`, `according to the
 * Russian Ministry of Defense`, `said Sean Spicer, the press secretary.`).
 */
export function speakerAfter(tokens: Token[], at: number, max: number, source: string, base: number): Mention | null {
  let end = at - 1;
  for (let j = at; j < max && j < at + 10; j++) {
    const t = tokens[j];
    if (!t || !isWord(t)) break;
    const ok =
      isNameToken(t) ||
      isTitle(t) ||
      HONORIFICS.has(t.lower) ||
      GROUP_MODIFIERS.has(t.lower) ||
      GROUP_NOUNS.has(t.lower) ||
      ORG_COMMON_NOUNS.has(t.lower) ||
      PRONOUNS.has(t.lower) ||
      (ARTICLES.has(t.lower) && j === at) ||
      ((CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower)) && isCapitalized(tokens[j + 1])) ||
      (!isCapitalized(t) && !NOT_NAMES.has(t.lower) && j < at + 4 && namedSoon(tokens, j + 1));
    if (!ok) break;
    end = j;
  }
  if (end < at) return null;
  const found = phraseEndingAt(tokens, end, at, source, base);
  if (!isNamed(found)) return null;
  const startsAt = found.from === at || (found.from === at + 1 && ARTICLES.has(tokens[at]?.lower ?? ''));
  const phrase = startsAt ? found : describedBefore(tokens, at, found, source, base);
  if (!phrase) return null;
  // `said Sean Spicer, the White House press secretary.`
  if (phrase.kind === 'person' && tokens[end + 1]?.text === ',') {
    let close = end + 2;
    while (close < max && isWord(tokens[close]) && close < end + 16) close++;
    const inner = tokens.slice(end + 2, close);
    const innerLast = inner[inner.length - 1];
    const closer = tokens[close];
    if (innerLast && describes(inner) && (!closer || /^[.,;]$/.test(closer.text))) {
      return {
        ...phrase,
        role: joinRoles(phrase.role, roleText(source, base, inner)),
        gender: phrase.gender ?? genderOf(inner),
      };
    }
  }
  return phrase;
}
