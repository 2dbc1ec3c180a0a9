/**
 * Speakers described rather than named: `His lawyer said`, `a source close to
 * the campaign`, `Officials who attended the meeting said`, `according to exit
 * polls`. They come after the name rules of `mentions-named` have found nothing.
 */
import {
  ARTICLES,
  CLAUSE_JOINS,
  DEMONYMS,
  GENDERED_ROLES,
  GROUP_NOUNS,
  IRREGULAR_PAST,
  NOT_IN_SUBJECT,
  NOT_NAMES,
  NOT_SUBJECT_START,
  ORG_COMMON_NOUNS,
  ORG_WORDS,
  PERSON_HEADS,
  SUBJECT_DETERMINERS,
} from '../lexicon';
import { firstNameGender } from '../lexicon';
import { genderOf, isAcronym, isAgentNoun, isTitle, phraseEndingAt, roleText, textOf, type Mention } from './mentions';
import { isCompanySuffix, isNamed, speakerAfter, speakerBefore, subjectEnd } from './mentions-named';
import { isCapitalized, isWord, type Token } from '../text';

/**
 * `featured a discussion …`, `going on to say …`: a lower-case verb form, which starts a verb phrase rather than a
 * subject. Not when a plural noun ends the subject right after it (`next`, with `last` the subject's last token):
 * `restructuring experts say`, `elected officials from both parties say` name people by what they do.
 */
export function opensVerbPhrase(first: Token, next?: Token, last?: Token): boolean {
  if (isCapitalized(first) || (!/^\p{Ll}+(?:ed|ing)$/u.test(first.text) && !IRREGULAR_PAST.has(first.lower)))
    return false;
  return !(next && last && /^\p{Ll}{3,}[^s']s$|^people$/u.test(next.text) && pluralEnds(next, last));
}

/** Whether the subject that `next` opens ends in a plural (`experts`) or in a phrase after it (`officials from both parties`). */
function pluralEnds(next: Token, last: Token): boolean {
  return next === last || /^\p{Ll}{2,}s$|^people$/u.test(last.text);
}

/**
 * A subject no name rule reads: a description (`His lawyer`, `a source`,
 * `Experts on nuclear nonproliferation`, `Mr. Grassley and Mr. Leahy`,
 * `The S.E.C.`) standing alone between the start of its clause and the verb.
 * A plural head makes a group, a capitalised one an organisation, anything else
 * a person known only by the description.
 */
export function describedSubject(
  tokens: Token[],
  verb: number,
  min: number,
  source: string,
  base: number,
): Mention | null {
  const end = subjectEnd(tokens, verb, min);
  const last = tokens[end];
  if (
    !last ||
    end < min ||
    !isWord(last) ||
    (NOT_IN_SUBJECT.has(last.lower) && closeToAt(tokens, end) < 0) ||
    NOT_SUBJECT_START.has(last.lower) ||
    (SUBJECT_DETERMINERS.has(last.lower) && !countOfChildren(tokens, end))
  )
    return null;
  // `Obama’s highly criticized press conference`: a possessive is no subject.
  if (/['’]s$/.test(last.text)) return null;
  let start = subjectStart(tokens, end, min, source, base);
  if (start < 0) return null;
  // `Even critics said`, `and experts said`: the subject starts after the word, and its clause before it.
  const opener = start;
  while (start < end && /^(?:and|even)$/.test(tokens[start]?.lower ?? '')) start++;
  const first = tokens[start] as Token;
  if (NOT_SUBJECT_START.has(first.lower) || (NOT_NAMES.has(first.lower) && !SUBJECT_DETERMINERS.has(first.lower)))
    return null;
  // `…, for instance, featured a fairly typical discussion about …`: a verb phrase, not a subject.
  if (opensVerbPhrase(first, start < end ? tokens[start + 1] : undefined, last)) return null;
  const previous = tokens[opener - 1];
  if (
    !isCapitalized(first) &&
    !SUBJECT_DETERMINERS.has(first.lower) &&
    opener > min &&
    !/^[,;:(—–]$/.test(previous?.text ?? '') &&
    !CLAUSE_JOINS.has(previous?.lower ?? '')
  )
    return null;
  // `the Sept. 11, 2001, terrorist attacks`: inside a sentence, one singular noun with no article is a modifier, not a
  // subject (`officials`, `people`, `government` are). A headline drops its articles: `Bloc aims to …` opens its sentence.
  const plural =
    /s$/.test(first.lower) ||
    first.lower === 'people' ||
    GROUP_NOUNS.has(first.lower) ||
    ORG_COMMON_NOUNS.has(first.lower);
  if (start === end && opener > min && !isCapitalized(first) && !plural && !SUBJECT_DETERMINERS.has(first.lower))
    return null;
  return describedMention(tokens.slice(start, end + 1), source, base);
}

/** `the 34-year-old mother of three`, `a father of two`: a count after `of` and a word for a person ends a description. */
function countOfChildren(tokens: Token[], end: number): boolean {
  return tokens[end - 1]?.lower === 'of' && PERSON_HEADS.has(tokens[end - 2]?.lower ?? '');
}

/**
 * Where the subject that ends at `end` starts, reading back to the start of its clause (not before `min`):
 * -1 when a verb, or a word that is not the clause's start, says this is no subject.
 */
function subjectStart(tokens: Token[], end: number, min: number, source: string, base: number): number {
  let start = end;
  while (start - 1 >= min && end - start < 11) {
    const t = tokens[start - 1] as Token;
    // `a source close to him`, `people close to the vice president`: the one phrase with `to` and an object pronoun in a subject.
    const close = closeToAt(tokens, start - 1);
    if (close >= min && close < start - 1) {
      start = close;
      continue;
    }
    // `these people said`: a demonstrative before a plural noun opens the subject.
    if (/^(?:these|those)$/.test(t.lower) && start - 1 < end && /[^s']s$|^people$/.test(tokens[start]?.lower ?? '')) {
      start--;
      break;
    }
    // `her friend said`: `her` before a noun is a possessive, and opens the subject.
    if (t.lower === 'her' && start - 1 < end) {
      start--;
      break;
    }
    if (!isWord(t) || NOT_IN_SUBJECT.has(t.lower) || (CLAUSE_JOINS.has(t.lower) && t.lower !== 'and')) break;
    // `Cruz made an unprompted call`: a verb after a name means the subject ended before it.
    if ((IRREGULAR_PAST.has(t.lower) || /^\p{Ll}+ed$/u.test(t.text)) && isCapitalized(tokens[start - 2])) return -1;
    start--;
  }
  // Not the clause's start: `the visit Trump said`, or a subject too long to be one.
  const before = tokens[start - 1];
  // `… than Mr. Trump - 60 percent of voters said`: a dash set off by spaces opens the clause after it.
  const dash = dashBefore(tokens, start, end, source, base);
  if (dash >= 0) return dash;
  if (start - 1 >= min && before && isWord(before) && !CLAUSE_JOINS.has(before.lower)) return -1;
  // `Mr. Grassley and Mr. Leahy said` joins two subjects; `the plan failed and experts said` joins two clauses.
  for (let k = end - 1; k > start; k--) {
    if (tokens[k]?.lower !== 'and') continue;
    const left = tokens[k - 1] as Token;
    const right = tokens[k + 1] as Token;
    const joinsNames =
      (isCapitalized(left) || /[^s]s$/.test(left.lower)) &&
      (isCapitalized(right) || SUBJECT_DETERMINERS.has(right.lower) || /[^s]s$/.test(right.lower));
    if (!joinsNames) start = k + 1;
    break;
  }
  return start;
}

/** The first token after a dash set off by spaces (`capable - 60 percent of voters`) from `start` to `end`, else -1. */
function dashBefore(tokens: Token[], start: number, end: number, source: string, base: number): number {
  for (let k = end; k > start; k--) {
    const gap = source.slice((tokens[k - 1] as Token).end - base, (tokens[k] as Token).start - base);
    if (/\s[-–—]+\s/.test(gap)) return k;
  }
  return -1;
}

/** Where `close to` begins when the token at `k` is its `to` or the pronoun after it (`close to him`), else -1. */
function closeToAt(tokens: Token[], k: number): number {
  const at = /^(?:him|her|them|me|us)$/.test(tokens[k]?.lower ?? '') ? k - 1 : k;
  return tokens[at]?.lower === 'to' && tokens[at - 1]?.lower === 'close' ? at - 1 : -1;
}

/**
 * `The UK's Medicines and Healthcare products Regulatory Agency`: a capitalised organisation head names one body,
 * called by its own name without the possessive before it.
 */
function organisationHead(span: Token[], head: Token, source: string, base: number): Mention | null {
  const first = span[0] as Token;
  const last = span[span.length - 1] as Token;
  if (isCapitalized(head) && ORG_WORDS.has(head.lower) && head === last) {
    const possessive = span.findIndex(
      (t, k) => k < span.length - 1 && /['’]s$/.test(t.lower) && isCapitalized(span[k + 1]),
    );
    const from =
      possessive >= 0
        ? (span[possessive + 1] as Token)
        : ARTICLES.has(first.lower) && span.length > 1
          ? (span[1] as Token)
          : first;
    return {
      kind: 'organization',
      name: textOf(source, base, from, last),
      role: null,
      gender: 'plural',
      start: first.start,
      end: last.end,
    };
  }
  return null;
}

/** `Presumptive Democratic presidential nominee Hillary Clinton`: a description ending in one person's full name is that person. */
function namedInDescription(whole: Token[], source: string, base: number): Mention | null {
  // `Presumptive Democratic presidential nominee Hillary Clinton`: a description ending in a full name is that person,
  // when a word for a person, a possessive (`The RMT union's Mick Lynch`) or a known first name says so (`the 2014
  // American Community Survey` is no one), and one person: `hopefuls Jeb Bush and Chris Christie` are two.
  const named = phraseEndingAt(whole, whole.length - 1, 0, source, base);
  const before = whole[(named?.from ?? 0) - 1];
  const wordForPerson = (t: Token) => PERSON_HEADS.has(t.lower) || isTitle(t) || isAgentNoun(t);
  const firstName = named ? firstNameGender((whole[named.from] as Token).text) !== null : false;
  if (
    named?.kind === 'person' &&
    before &&
    named.name.includes(' ') &&
    (firstName || wordForPerson(before) || /['’]s$/.test(before.text)) &&
    !whole.some((t) => t.lower === 'and')
  ) {
    const described = roleText(source, base, whole.slice(0, named.from));
    return {
      ...named,
      role: [described, named.role].filter(Boolean).join(' ') || null,
      start: (whole[0] as Token).start,
    };
  }
  return null;
}

/** A word written with letters and digits, as brands are (`1010data`, `23andMe`), not a measure (`10th`, `1990s`, `5pm`). */
const DIGIT_NAME = /^(?=[\p{L}\p{N}]*\p{L})(?=[\p{L}\p{N}]*\p{N})[\p{L}\p{N}]{3,}$/u;
const MEASURE = /^\d+(?:st|nd|rd|th|s|am|pm|[kmgb]|bn|mn|gb|mb|kg|km|mph|ft|lb|x)$/i;

/**
 * `data analysis firm 1010data`: a word for an organisation, then one word
 * written with digits, is that organisation, named by the word and described
 * by the rest. A lower-case brand is no capitalised name, so no name rule reads it.
 */
function digitNamedOrganisation(whole: Token[], source: string, base: number): Mention | null {
  const last = whole[whole.length - 1];
  const head = whole[whole.length - 2];
  if (!last || !head || !ORG_COMMON_NOUNS.has(head.lower) || !DIGIT_NAME.test(last.text) || MEASURE.test(last.text))
    return null;
  return {
    kind: 'organization',
    name: last.text,
    role: roleText(source, base, whole.slice(0, -1)),
    gender: null,
    start: (whole[0] as Token).start,
    end: last.end,
  };
}

/** A described speaker from its words: a group for a plural head, a person for a word for a person, else an organisation. */
export function describedMention(whole: Token[], source: string, base: number): Mention | null {
  const named = namedInDescription(whole, source, base) ?? digitNamedOrganisation(whole, source, base);
  if (named) return named;
  // `Protesters marching through the streets`: a participle after a plural noun describes the group the noun names.
  const participle = whole.findIndex(
    (t, k) =>
      k > 0 &&
      /^\p{Ll}{3,}(?:ing|ed)$/u.test(t.text) &&
      /[^s']s$/.test(whole[k - 1]?.lower ?? '') &&
      (k === 1 || !isCapitalized(whole[k - 1])),
  );
  const span = participle > 0 ? whole.slice(0, participle) : whole;
  const first = span[0];
  const last = span[span.length - 1];
  if (!first || !last || span.every((t) => SUBJECT_DETERMINERS.has(t.lower))) return null;
  const name = textOf(source, base, first, last);
  // Only a word for a person makes a person (`His lawyer`, `the biologist`); `a new poll` or `the letter` is a body or a document.
  // The head stands before a preposition: `head of the region's largest hospital trust`.
  const ofAt = span.findIndex((t, k) => k > 0 && /^(?:of|for|at|in|on|with|from|by|close|familiar)$/.test(t.lower));
  const head = (ofAt > 0 ? span[ofAt - 1] : last) as Token;
  const organisation = organisationHead(span, head, source, base);
  if (organisation) return organisation;
  const plural =
    span.some((t) => t.lower === 'and') ||
    (/[^s']s$/.test(head.lower) && !isAcronym(head)) ||
    GROUP_NOUNS.has(head.lower);
  const personal =
    isTitle(head) ||
    isAgentNoun(head) ||
    GENDERED_ROLES.has(head.lower) ||
    PERSON_HEADS.has(head.lower) ||
    /^(?:source|official|aide|spokesperson|person|man|woman)$/.test(head.lower);
  const demonym = DEMONYMS.has(head.lower) && ARTICLES.has(first.lower);
  const kind: Mention['kind'] = plural
    ? 'group'
    : (personal && !isCapitalized(head)) || demonym
      ? 'person'
      : 'organization';
  const bare = ARTICLES.has(first.lower) && span.length > 1 ? textOf(source, base, span[1] as Token, last) : name;
  return {
    kind,
    name: kind === 'group' ? name : bare,
    role: kind === 'person' ? bare : null,
    gender: plural ? 'plural' : genderOf(span),
    start: first.start,
    end: last.end,
  };
}

/**
 * `speakerAfter`, or else a description that runs from `at` to the end of the
 * clause: `according to the poll,`, `according to an analysis by Lily
 * Batchelder,`, `said a source close to the campaign.`
 */
export function sourceAfter(tokens: Token[], at: number, max: number, source: string, base: number): Mention | null {
  const named = speakerAfter(tokens, at, max, source, base);
  if (named) return named;
  const first = tokens[at];
  if (!first || !(SUBJECT_DETERMINERS.has(first.lower) || isCapitalized(first)) || NOT_SUBJECT_START.has(first.lower))
    return null;
  let end = at;
  while (end + 1 < max && end - at < 12 && isWord(tokens[end + 1]) && !NOT_IN_SUBJECT.has(tokens[end + 1]?.lower ?? ''))
    end++;
  // The description must end its clause; otherwise it is the start of one (`according to the poll was …`).
  return describedSource(tokens, at, end, source, base);
}

/**
 * The description from `at` to `end` (inclusive) as a source, when it closes
 * its clause. `figures from the Office for National Statistics`: the named body
 * behind a document speaks for it. A document or data (`exit polls`, `his
 * book`) speaks as one source, not as a group of people.
 */
function describedSource(tokens: Token[], at: number, end: number, source: string, base: number): Mention | null {
  const after = tokens[end + 1];
  if (after && !/^[.,;:!?)—–]$/.test(after.text)) return null;
  for (let k = at + 1; k < end; k++) {
    if (!/^(?:from|by|of)$/.test(tokens[k]?.lower ?? '')) continue;
    const named = speakerAfter(tokens, k + 1, end + 1, source, base);
    if (named && named.kind !== 'pronoun')
      return { ...named, start: (tokens[at] as Token).start, end: (tokens[end] as Token).end };
  }
  const described = describedMention(tokens.slice(at, end + 1), source, base);
  return described &&
    described.kind === 'group' &&
    !GROUP_NOUNS.has(described.name.split(' ').pop()?.toLowerCase() ?? '')
    ? { ...described, kind: 'organization', role: null }
    : described;
}

/**
 * The source after `according to`, which names a source whatever it is: a
 * person, a body, or a document or data (`according to exit polls`,
 * `according to the most recent data available from the FBI`). Any noun phrase
 * up to the end of its clause, once `sourceAfter` finds no speaker.
 */
export function accordingSource(
  tokens: Token[],
  at: number,
  max: number,
  source: string,
  base: number,
): Mention | null {
  const found = sourceAfter(tokens, at, max, source, base);
  if (found) return found;
  const first = tokens[at];
  if (!first || !isWord(first) || NOT_SUBJECT_START.has(first.lower) || NOT_IN_SUBJECT.has(first.lower)) return null;
  let end = at;
  while (end + 1 < max && end - at < 20 && !/^[.,;:!?)—–]$/.test(tokens[end + 1]?.text ?? '')) end++;
  return describedSource(tokens, at, end, source, base);
}

/**
 * The words from `from` to `to` (exclusive) as a described speaker, for rules
 * that already know where the subject stands: `22 percent of voters`.
 */
export function describedPhrase(
  tokens: Token[],
  from: number,
  to: number,
  source: string,
  base: number,
): Mention | null {
  const span = tokens.slice(from, to);
  if (span.length === 0 || span.length > 10 || !span.every((t) => isWord(t) || /^[-'’]$/.test(t.text))) return null;
  return describedMention(span, source, base);
}

/** `speakerBefore`, or else a subject described rather than named: `His lawyer said`, `a source said`. */
export function subjectBefore(
  tokens: Token[],
  verb: number,
  min: number,
  source: string,
  base: number,
): Mention | null {
  const expanded = uncontracted(tokens, verb);
  if (expanded) return subjectBefore(expanded, verb, min, source, base);
  const suffixed = suffixedSubject(tokens, verb, min, source, base);
  if (suffixed !== undefined) return suffixed;
  return (
    speakerBefore(tokens, verb, min, source, base) ??
    describedSubject(tokens, verb, min, source, base) ??
    relativeSubject(tokens, verb, min, source, base)
  );
}

/**
 * `Auditors at Grant & Hale, LLP said`: a company's legal suffix after a comma right before the verb, when
 * the company does not open the clause, is read as if it were not there, and a subject that ends with the
 * company's name takes the suffix into it (never `LLP` alone). Undefined when no suffix stands there.
 */
function suffixedSubject(
  tokens: Token[],
  verb: number,
  min: number,
  source: string,
  base: number,
): Mention | null | undefined {
  const suffix = tokens[verb - 1];
  const name = tokens[verb - 3];
  if (!suffix || !name || !isCompanySuffix(suffix) || tokens[verb - 2]?.text !== ',' || verb - 3 < min)
    return undefined;
  const whole = speakerBefore(tokens, verb, min, source, base);
  if (whole && whole.start < suffix.start) return whole;
  const without = subjectBefore([...tokens.slice(0, verb - 2), ...tokens.slice(verb)], verb - 2, min, source, base);
  if (!without || without.end !== name.end || source.slice(without.start - base, without.end - base) !== without.name)
    return without;
  return { ...without, name: source.slice(without.start - base, suffix.end - base), end: suffix.end };
}

/**
 * `he’s sought`, `who’s called for`, `He's claiming`: a pronoun contracted with `has` or `is` before the
 * verb reads as the pronoun (a possessive `Obama’s` is no subject, see `speakerBefore`). A copy of the
 * tokens with the contraction's pronoun alone, or null when there is none.
 */
function uncontracted(tokens: Token[], verb: number): Token[] | null {
  const t = tokens[verb - 1];
  const pronoun = /^(he|she|it|they|we|i|you|who)['’](?:s|re|m|ve)$/i.exec(t?.text ?? '')?.[1];
  if (!t || !pronoun) return null;
  const copy = tokens.slice();
  copy[verb - 1] = { ...t, text: pronoun, lower: pronoun.toLowerCase(), end: t.start + pronoun.length };
  return copy;
}

/**
 * A subject with a relative clause: `an architect who said …` (the noun `who`
 * stands for) and `Officials who attended the meeting said …` (the subject
 * before the clause).
 */
function relativeSubject(tokens: Token[], verb: number, min: number, source: string, base: number): Mention | null {
  const end = subjectEnd(tokens, verb, min);
  if (tokens[end]?.lower === 'who' && end > min) return antecedent(tokens, end, min, source, base);
  for (let w = verb - 2; w > min && w >= verb - 12; w--) {
    const t = tokens[w] as Token;
    if (!isWord(t)) return null;
    if (t.lower !== 'who') continue;
    const subject = speakerBefore(tokens, w, min, source, base) ?? describedSubject(tokens, w, min, source, base);
    return subject && subject.kind !== 'organization' ? subject : null;
  }
  return null;
}

/** The noun a relative `who` at index `who` stands for: `an architect who`, `Clinton, who`, `Hillary Clinton — who`. */
function antecedent(tokens: Token[], who: number, min: number, source: string, base: number): Mention | null {
  const last = /^[,—–]$/.test(tokens[who - 1]?.text ?? '') ? who - 2 : who - 1;
  if (last < min) return null;
  const named = phraseEndingAt(tokens, last, min, source, base);
  if (isNamed(named) && named.kind !== 'pronoun') return named;
  let start = last;
  while (
    start - 1 >= min &&
    last - start < 5 &&
    isWord(tokens[start - 1]) &&
    !NOT_IN_SUBJECT.has(tokens[start - 1]?.lower ?? '')
  )
    start--;
  let from = start;
  for (let k = last; k >= start; k--) {
    if (ARTICLES.has(tokens[k]?.lower ?? '') || SUBJECT_DETERMINERS.has(tokens[k]?.lower ?? '')) {
      from = k;
      break;
    }
  }
  const described = describedMention(tokens.slice(from, last + 1), source, base);
  // `an architect who`: with its article, any description is someone.
  if (described?.kind === 'organization' && ARTICLES.has(tokens[from]?.lower ?? '') && !isCapitalized(tokens[last]))
    return { ...described, kind: 'person', role: described.name };
  return described && described.kind !== 'organization' ? described : null;
}
