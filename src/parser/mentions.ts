/**
 * Noun phrases that name a speaker, read off the tokens next to an
 * attribution verb: `White House press secretary Sean Spicer`, `US Air Force
 * Col. John Dorrian, chief spokesman for …,`, `a spokesman, Maj. Adrian J.
 * Rankine-Galloway,`, `the Russian Ministry of Defense`, `Pentagon officials`,
 * `he`. Only words in a speaker position get here, which is what keeps places
 * and weekdays elsewhere in the sentence from becoming speakers.
 */
import {
  GENDERED_ROLES,
  GROUP_MODIFIERS,
  GROUP_NOUNS,
  HONORIFICS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORG_COMMON_NOUNS,
  ORG_WORDS,
  PERSON_HEADS,
  PLACES,
  PRONOUNS,
  ROLE_WORDS,
  SKIPPABLE_BEFORE_VERB,
  TIME_WORDS,
  TITLE_WORDS,
} from './lexicon';
import { firstNameGender } from './first-names';
import { isCapitalized, isWord, type Token } from './tokens';

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

const KNOWN_ORG_PHRASES = new Set(['white house', 'downing street', 'capitol hill', 'blue house', 'élysée palace', 'elysee palace']);
const MONTHS = new Set('january february march april june july august september october november december'.split(' '));
const DETERMINERS = new Set(['the', 'a', 'an']);

/** Role words that make the name after them an organisation: `passenger group Transport Focus`. */
const ORG_ROLE_NOUNS = new Set('group campaign charity watchdog company firm agency union party organisation organization network carrier airline bank retailer supermarket chain startup broadcaster newspaper lobby'.split(' '));
/** Role words that, capitalised, are more often part of a name (`National Gallery`, `Justice Department`). */
const CAPITALISED_NOT_ROLE = new Set(
  'state national security general foreign defense defence justice trade health education finance interior party union company department ministry police press campaign team staff legal senior prime major opposition member head vice'.split(' '),
);
const isTitle = (t: Token) =>
  TITLE_WORDS.has(t.lower) ||
  (ROLE_WORDS.has(t.lower) && (!isCapitalized(t) || !CAPITALISED_NOT_ROLE.has(t.lower))) ||
  (ORG_ROLE_NOUNS.has(t.lower) && !isCapitalized(t));
/** Nouns that describe a person by what they do: `biologist`, `teacher`, `director`. */
const isAgentNoun = (t: Token) => !isCapitalized(t) && /^\p{Ll}{3,}(?:ist|er|or|ian|ant|ent)$/u.test(t.text) && !NOT_NAMES.has(t.lower);
const CONNECTORS = new Set(['of', 'for', 'and', '&']);
const isInitial = (t: Token) => /^\p{Lu}\.$/u.test(t.text);
const isAcronym = (t: Token) => /^[\p{Lu}\d.&-]{2,}$/u.test(t.text) && !isInitial(t);

/** A token that can sit inside a capitalised name run. */
function isNameToken(t: Token, left?: Token): boolean {
  if (!isCapitalized(t)) return false;
  // `Clean Taps Now`: inside a run of capitals a function word is part of the name; at its start (`But Pentagon …`) it is not.
  const inside = left !== undefined && isCapitalized(left) && !NOT_NAMES.has(left.lower);
  return inside || isAcronym(t) || !NOT_NAMES.has(t.lower) || MONTHS.has(t.lower) || t.lower === 'may';
}

/** Whether `name` (as tokens) can be a person's name. */
function isPersonName(tokens: Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 5) return false;
  const meaningful = tokens.filter((t) => !NAME_PARTICLES.has(t.lower) && !isInitial(t));
  if (meaningful.length === 0) return false;
  if (meaningful.some((t) => !isCapitalized(t))) return false;
  // Not a place, weekday, month or acronym (ISIS, AP) standing alone or only with others of its kind.
  return !meaningful.every(
    (t) => PLACES.has(t.lower) || TIME_WORDS.has(t.lower) || MONTHS.has(t.lower) || isAcronym(t) || NOT_NAMES.has(t.lower),
  );
}

function textOf(source: string, base: number, from: Token, to: Token): string {
  return source.slice(from.start - base, to.end - base);
}

function genderOf(tokens: Token[]): Gender | null {
  for (const t of tokens) {
    const g = HONORIFICS.get(t.lower) ?? GENDERED_ROLES.get(t.lower);
    if (g) return g;
  }
  return null;
}

/** A role as written, minus honorifics and a leading article: `a spokesman` -> `spokesman`. */
function roleText(source: string, base: number, tokens: Token[]): string | null {
  const kept = tokens.filter((t) => !HONORIFICS.has(t.lower));
  let from = 0;
  while (from < kept.length && DETERMINERS.has(kept[from]?.lower ?? '')) from++;
  const first = kept[from];
  const last = kept[kept.length - 1];
  if (!first || !last || from >= kept.length) return null;
  return textOf(source, base, first, last) || null;
}

type Span = { from: number; to: number };

/**
 * The noun phrase that ends at token `end` (inclusive), reading leftwards but
 * not past `min`. `source`/`base` give the text the token offsets index.
 */
export function phraseEndingAt(tokens: Token[], end: number, min: number, source: string, base: number): (Mention & Span) | null {
  const last = tokens[end];
  if (!last || end < min) return null;

  const pronoun = PRONOUNS.get(last.lower);
  if (pronoun) {
    return { kind: 'pronoun', name: last.text, role: null, gender: pronoun, start: last.start, end: last.end, from: end, to: end };
  }

  if (GROUP_NOUNS.has(last.lower)) {
    let from = end;
    while (from - 1 >= min && from > end - 6) {
      const t = tokens[from - 1];
      if (!t || !isWord(t) || DETERMINERS.has(t.lower)) break;
      if (GROUP_MODIFIERS.has(t.lower) || (isCapitalized(t) && (!NOT_NAMES.has(t.lower) || isAcronym(t))) || /^\d+$/.test(t.text)) from--;
      else break;
    }
    const first = tokens[from] ?? last;
    return { kind: 'group', name: textOf(source, base, first, last), role: null, gender: 'plural', start: first.start, end: last.end, from, to: end };
  }

  // `the ministry`, `the company`: an organisation named before.
  if (ORG_COMMON_NOUNS.has(last.lower) && !isCapitalized(last)) {
    let from = end;
    while (from - 1 >= min && tokens[from - 1] && !DETERMINERS.has(tokens[from - 1]?.lower ?? '') && /^\p{L}+$/u.test(tokens[from - 1]?.text ?? '') && from > end - 3) from--;
    const det = tokens[from - 1];
    if (det && det.lower === 'the' && from - 1 >= min) {
      return { kind: 'generic', name: last.lower, role: null, gender: 'plural', start: det.start, end: last.end, from: from - 1, to: end };
    }
    return null;
  }

  // The run of name, title and role tokens.
  let from = end;
  let modifiers = 0;
  let modifierAt = -1;
  // Capped: a name with its title is never longer than this, and the cap keeps the scan linear.
  while (from - 1 >= min && from > end - 12) {
    const t = tokens[from - 1];
    const right = tokens[from];
    if (!t || !isWord(t)) break;
    const left = from - 2 >= min ? tokens[from - 2] : undefined;
    if (isNameToken(t, left) || isTitle(t) || HONORIFICS.has(t.lower)) {
      from--;
    } else if ((CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower)) && right && (isCapitalized(right) || NAME_PARTICLES.has(right.lower)) && left && (isCapitalized(left) || isTitle(left) || NAME_PARTICLES.has(left.lower))) {
      from--;
    } else if (right && !isCapitalized(t) && !NOT_NAMES.has(t.lower) && !/(?:ed|ing)$/.test(t.lower) && from - 1 < end && (isTitle(right) || (modifiers > 0 && from === modifierAt) || (isAgentNoun(t) && isCapitalized(right))) && modifiers < 2) {
      // `festival director Keith Marlowe`, `biologist Lucía Paredes`: the words describing a role.
      modifiers++;
      from--;
      modifierAt = from;
    } else {
      break;
    }
  }
  const run = tokens.slice(from, end + 1);
  if (run.length === 0 || !isWord(last)) return null;

  // The name is what follows the last title or role word.
  let lastTitle = -1;
  run.forEach((t, i) => {
    const describing = !isCapitalized(t) && !CONNECTORS.has(t.lower) && !NAME_PARTICLES.has(t.lower);
    // `Mr. King`, `Ms. Major`: after an honorific a capitalised title word is a surname.
    const afterHonorific = i > 0 && HONORIFICS.has(run[i - 1]?.lower ?? '') && isCapitalized(t);
    if ((isTitle(t) && !afterHonorific) || HONORIFICS.has(t.lower) || describing) lastTitle = i;
  });
  let nameTokens = run.slice(lastTitle + 1);
  let roleTokens = run.slice(0, lastTitle + 1);
  // `Secretary of State John Kerry`: a name after `of` starts with the rest of the role.
  const ofAt = nameTokens.findIndex((t) => t.lower === 'of');
  if (ofAt >= 0 && roleTokens.length > 0) {
    const afterOf = nameTokens.slice(ofAt + 1);
    const keep = Math.min(afterOf.length - 1, afterOf.length >= 3 && afterOf[afterOf.length - 2] && isInitial(afterOf[afterOf.length - 2] as Token) ? 3 : 2);
    if (keep >= 1) {
      roleTokens = run.slice(0, lastTitle + 1 + ofAt + 1 + afterOf.length - keep);
      nameTokens = afterOf.slice(afterOf.length - keep);
    }
  }
  const connectorAt = nameTokens.map((t) => CONNECTORS.has(t.lower)).lastIndexOf(true);
  const orgLike = (ts: Token[]) => ts.some((t) => ORG_WORDS.has(t.lower));
  if (connectorAt >= 0 && !orgLike(run)) {
    roleTokens = [...roleTokens, ...nameTokens.slice(0, connectorAt + 1)];
    nameTokens = nameTokens.slice(connectorAt + 1);
  }
  const firstCap = run.findIndex((t) => isCapitalized(t) && !isTitle(t) && !HONORIFICS.has(t.lower));
  const whole = firstCap >= 0 ? run.slice(firstCap) : [];
  const wholeText = whole.length > 0 ? textOf(source, base, whole[0] as Token, last) : '';
  const namesOrg = (ts: Token[]) => ts.some((t) => ORG_WORDS.has(t.lower)) || KNOWN_ORG_PHRASES.has(ts.map((t) => t.lower).join(' '));

  if (nameTokens.length > 0 && namesOrg(nameTokens) && roleTokens.every((t) => isCapitalized(t))) {
    const first = whole[0] as Token;
    return { kind: 'organization', name: wholeText, role: null, gender: 'plural', start: first.start, end: last.end, from: from + firstCap, to: end };
  }
  if (nameTokens.length === 0 && whole.length > 0 && namesOrg(whole) && lastTitle === run.length - 1 && !isTitle(last)) {
    const first = whole[0] as Token;
    return { kind: 'organization', name: wholeText, role: null, gender: 'plural', start: first.start, end: last.end, from: from + firstCap, to: end };
  }
  // `passenger group Transport Focus`: the role says the name is an organisation.
  const roleHead = roleTokens[roleTokens.length - 1];
  if (nameTokens.length > 0 && roleHead && ORG_ROLE_NOUNS.has(roleHead.lower) && nameTokens.every((t) => isCapitalized(t) || CONNECTORS.has(t.lower))) {
    const first = run[0] as Token;
    const name = textOf(source, base, nameTokens[0] as Token, last);
    return { kind: 'organization', name, role: roleText(source, base, roleTokens), gender: 'plural', start: first.start, end: last.end, from, to: end };
  }
  if (nameTokens.length > 0 && !namesOrg(nameTokens) && isPersonName(nameTokens)) {
    const first = run[0] as Token;
    const name = textOf(source, base, nameTokens[0] as Token, last);
    return {
      kind: 'person',
      name,
      role: roleText(source, base, roleTokens),
      // Mr./Ms. or a gendered role first; else a common first name (`Maria Lopez`), when the name has a surname too.
      gender: genderOf(roleTokens) ?? (nameTokens.length >= 2 ? firstNameGender((nameTokens[0] as Token).text) : null),
      start: first.start,
      end: last.end,
      from,
      to: end,
    };
  }
  if (nameTokens.length === 0 && roleTokens.length > 0) {
    // A role with no name (`a spokesman`): useful only next to a name in apposition.
    const first = run[0] as Token;
    let detFrom = from;
    if (tokens[from - 1] && DETERMINERS.has(tokens[from - 1]?.lower ?? '') && from - 1 >= min) detFrom = from - 1;
    return { kind: 'group', name: '', role: roleText(source, base, roleTokens), gender: genderOf(roleTokens), start: first.start, end: last.end, from: detFrom, to: end };
  }
  return null;
}

const isRoleOnly = (m: Mention | null) => m !== null && m.kind === 'group' && m.name === '';
const isNamed = (m: Mention | null): m is Mention => m !== null && !isRoleOnly(m);

function joinRoles(...roles: (string | null)[]): string | null {
  const kept = roles.filter((r): r is string => !!r && !/^\p{Lu}\p{Ll}{0,4}\.$/u.test(r));
  const bare = roles.find((r): r is string => !!r);
  return kept.length > 0 ? kept.join(', ') : (bare ?? null);
}

/** Whether a phrase between commas describes (rather than names) someone: `chief spokesman for …`, `45`, `a lawyer`. */
function describes(inner: Token[]): boolean {
  const first = inner[0];
  if (!first || /^(?:who|which|whose|whom|where|when)$/.test(first.lower)) return false;
  return !isCapitalized(first) || DETERMINERS.has(first.lower) || isTitle(first);
}

/**
 * The speaker standing right before token index `verb` (the attribution verb),
 * within `[min, verb)`: skips `also`, `on Monday`, and reads appositives
 * (`X, chief spokesman for …, called` / `a spokesman, Maj. Y, said`).
 */
export function speakerBefore(tokens: Token[], verb: number, min: number, source: string, base: number): Mention | null {
  // `Spicer on Monday said`, `officials flatly denied`, `the White House has suggested`, `Sen. Lindsey Graham (R-S.C.) said`.
  const i = subjectEnd(tokens, verb, min);
  const at = tokens[i];
  if (!at || i < min) return null;
  if (at.text !== ',') {
    const phrase = phraseEndingAt(tokens, i, min, source, base);
    if (!isNamed(phrase)) return null;
    // The phrase must begin the clause: `Asked if …, Spicer said` yes; `the visit Trump said` no.
    const before = tokens[phrase.from - 1];
    if (before && phrase.from - 1 >= min && isWord(before) && !DETERMINERS.has(before.lower) && !/^(?:and|but|so|then|while|as|when|which|who|that|where|because|though|although)$/.test(before.lower)) {
      return null;
    }
    return phrase;
  }
  // Appositive: find the comma that opens it.
  let open = i - 1;
  while (open >= min && tokens[open]?.text !== ',' && open > i - 20) open--;
  if (open < min || tokens[open]?.text !== ',') return null;
  const inner = tokens.slice(open + 1, i);
  const innerFirst = inner[0];
  const innerLast = inner[inner.length - 1];
  if (!innerFirst || !innerLast) return null;
  const outer = phraseEndingAt(tokens, skipParenthesis(tokens, open - 1, min), min, source, base);
  if (/^(?:who|which|whose|whom)$/.test(innerFirst.lower)) return isNamed(outer) ? outer : null;
  if (isNamed(outer) && outer.kind !== 'pronoun' && describes(inner)) {
    const innerRole = /\p{L}/u.test(textOf(source, base, innerFirst, innerLast)) ? roleText(source, base, inner) : null;
    return { ...outer, role: outer.kind === 'person' ? joinRoles(outer.role, innerRole) : outer.role, gender: outer.gender ?? genderOf(inner) };
  }
  const named = phraseEndingAt(tokens, i - 1, open + 1, source, base);
  if (named && (named.kind === 'person' || named.kind === 'organization') && named.from === open + 1) {
    if (outer === null || isRoleOnly(outer)) {
      return { ...named, role: joinRoles(outer?.role ?? null, named.role), gender: named.gender ?? outer?.gender ?? null };
    }
    // `The group, Clean Taps Now, claimed`: a common noun, then the name.
    if (outer.kind === 'generic') return { ...named, kind: 'organization', role: null, gender: 'plural', alias: `the ${outer.name}` };
  }
  // `Senator Dianne Feinstein, Democrat of California, said`: a person, then a capitalised description (not a list of names).
  if (isNamed(outer) && outer.kind === 'person' && !named && !inner.some((t) => /^(?:and|or|nor)$/.test(t.lower))) {
    return { ...outer, role: joinRoles(outer.role, roleText(source, base, inner)) };
  }
  return null;
}

/** Words that may not stand inside a described subject: they make it a clause (`what he said`, `the plan was said`). */
const NOT_IN_SUBJECT = new Set(
  `that which who whom whose what when where why how whether if because while although though as than so not to
   is was are were be been being has have had do does did will would can could should may might must shall
   he she it they we i you him her them us me this these those there here`.split(/\s+/),
);
/** Words that may not begin a described subject: prepositions and sentence adverbs. */
const NOT_SUBJECT_START = new Set(
  `in on at by to from with without after before during since until for of about over under into onto upon through
   across against among between but and or nor yet also still however meanwhile instead then now later earlier once
   asked speaking writing according last next`.split(/\s+/),
);
const SUBJECT_DETERMINERS = new Set('the a an his her their its our my your one some many several most all both another two three four five few other each any'.split(' '));
/** Words that close a clause before a new subject: `…, and experts said`. */
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'as', 'because', 'although', 'though', 'so', 'yet', 'where', 'when', 'after', 'before', 'since', 'if']);

/** Skips what may stand between a subject and its verb (`also`, `on Monday`, `flatly`); the index of the subject's last token. */
function subjectEnd(tokens: Token[], verb: number, min: number): number {
  let i = verb - 1;
  for (let steps = 0; steps < 4 && i >= min; steps++) {
    const t = tokens[i];
    if (!t) break;
    if (SKIPPABLE_BEFORE_VERB.has(t.lower) || (/ly$/.test(t.lower) && !isCapitalized(t) && t.lower.length > 4)) i--;
    else if (TIME_WORDS.has(t.lower) && isCapitalized(t) && /^(?:on|out)$/.test(tokens[i - 1]?.lower ?? '')) i -= 2;
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

/**
 * A subject no name rule reads: a description (`His lawyer`, `a source`,
 * `Experts on nuclear nonproliferation`, `Mr. Grassley and Mr. Leahy`,
 * `The S.E.C.`) standing alone between the start of its clause and the verb.
 * A plural head makes a group, a capitalised one an organisation, anything else
 * a person known only by the description.
 */
function describedSubject(tokens: Token[], verb: number, min: number, source: string, base: number): Mention | null {
  const end = subjectEnd(tokens, verb, min);
  const last = tokens[end];
  if (!last || end < min || !isWord(last) || NOT_IN_SUBJECT.has(last.lower) || NOT_SUBJECT_START.has(last.lower) || SUBJECT_DETERMINERS.has(last.lower)) return null;
  let start = end;
  while (start - 1 >= min && end - start < 9) {
    const t = tokens[start - 1] as Token;
    if (!isWord(t) || NOT_IN_SUBJECT.has(t.lower) || (CLAUSE_JOINS.has(t.lower) && t.lower !== 'and')) break;
    // `Cruz made an unprompted call`: a verb after a name means the subject ended before it.
    if ((IRREGULAR_PAST.has(t.lower) || /^\p{Ll}+ed$/u.test(t.text)) && isCapitalized(tokens[start - 2])) return null;
    start--;
  }
  // Not the clause's start: `the visit Trump said`, or a subject too long to be one.
  const before = tokens[start - 1];
  if (start - 1 >= min && before && isWord(before) && !CLAUSE_JOINS.has(before.lower)) return null;
  // `Mr. Grassley and Mr. Leahy said` joins two subjects; `the plan failed and experts said` joins two clauses.
  for (let k = end - 1; k > start; k--) {
    if (tokens[k]?.lower !== 'and') continue;
    const left = tokens[k - 1] as Token;
    const right = tokens[k + 1] as Token;
    const joinsNames = (isCapitalized(left) || /[^s]s$/.test(left.lower)) && (isCapitalized(right) || SUBJECT_DETERMINERS.has(right.lower) || /[^s]s$/.test(right.lower));
    if (!joinsNames) start = k + 1;
    break;
  }
  while (start < end && tokens[start]?.lower === 'and') start++;
  const first = tokens[start] as Token;
  if (NOT_SUBJECT_START.has(first.lower) || NOT_NAMES.has(first.lower) && !SUBJECT_DETERMINERS.has(first.lower)) return null;
  const previous = tokens[start - 1];
  if (!isCapitalized(first) && !SUBJECT_DETERMINERS.has(first.lower) && start > min && !/^[,;:(—–]$/.test(previous?.text ?? '') && !CLAUSE_JOINS.has(previous?.lower ?? '')) return null;
  return describedMention(tokens.slice(start, end + 1), source, base);
}

/** A described speaker from its words: a group for a plural head, a person for a word for a person, else an organisation. */
function describedMention(span: Token[], source: string, base: number): Mention | null {
  const first = span[0];
  const last = span[span.length - 1];
  if (!first || !last || span.every((t) => SUBJECT_DETERMINERS.has(t.lower))) return null;
  const name = textOf(source, base, first, last);
  // Only a word for a person makes a person (`His lawyer`, `the biologist`); `a new poll` or `the letter` is a body or a document.
  // The head stands before a preposition: `head of the region's largest hospital trust`.
  const ofAt = span.findIndex((t, k) => k > 0 && /^(?:of|for|at|in|on|with|from|by)$/.test(t.lower));
  const head = (ofAt > 0 ? span[ofAt - 1] : last) as Token;
  // `The UK's Medicines and Healthcare products Regulatory Agency`: a capitalised organisation head names one body,
  // called by its own name without the possessive before it.
  if (isCapitalized(head) && ORG_WORDS.has(head.lower) && head === last) {
    const possessive = span.findIndex((t, k) => k < span.length - 1 && /['’]s$/.test(t.lower) && isCapitalized(span[k + 1]));
    const from = possessive >= 0 ? (span[possessive + 1] as Token) : DETERMINERS.has(first.lower) && span.length > 1 ? (span[1] as Token) : first;
    return { kind: 'organization', name: textOf(source, base, from, last), role: null, gender: 'plural', start: first.start, end: last.end };
  }
  const plural = span.some((t) => t.lower === 'and') || (/[^s']s$/.test(head.lower) && !isAcronym(head)) || GROUP_NOUNS.has(head.lower);
  const personal = isTitle(head) || isAgentNoun(head) || GENDERED_ROLES.has(head.lower) || PERSON_HEADS.has(head.lower) || /^(?:source|official|aide|spokesperson|person|man|woman)$/.test(head.lower);
  const kind: Mention['kind'] = plural ? 'group' : personal && !isCapitalized(head) ? 'person' : 'organization';
  const bare = DETERMINERS.has(first.lower) && span.length > 1 ? textOf(source, base, span[1] as Token, last) : name;
  return { kind, name: kind === 'group' ? name : bare, role: kind === 'person' ? bare : null, gender: plural ? 'plural' : genderOf(span), start: first.start, end: last.end };
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
  if (!first || !(SUBJECT_DETERMINERS.has(first.lower) || isCapitalized(first)) || NOT_SUBJECT_START.has(first.lower)) return null;
  let end = at;
  while (end + 1 < max && end - at < 12 && isWord(tokens[end + 1]) && !NOT_IN_SUBJECT.has(tokens[end + 1]?.lower ?? '')) end++;
  // The description must end its clause; otherwise it is the start of one (`according to the poll was …`).
  const after = tokens[end + 1];
  if (after && !/^[.,;:!?)—–]$/.test(after.text)) return null;
  // `figures from the Office for National Statistics`: the named body behind the document speaks for it.
  for (let k = at + 1; k < end; k++) {
    if (!/^(?:from|by|of)$/.test(tokens[k]?.lower ?? '')) continue;
    const named = speakerAfter(tokens, k + 1, end + 1, source, base);
    if (named && named.kind !== 'pronoun') return { ...named, start: (tokens[at] as Token).start, end: (tokens[end] as Token).end };
  }
  const described = describedMention(tokens.slice(at, end + 1), source, base);
  // A document or data (`exit polls`, `his book`) speaks as one source, not as a group of people.
  return described && described.kind === 'group' && !GROUP_NOUNS.has(described.name.split(' ').pop()?.toLowerCase() ?? '') ? { ...described, kind: 'organization', role: null } : described;
}

/**
 * The source after `according to`, which names a source whatever it is: a
 * person, a body, or a document or data (`according to exit polls`,
 * `according to the most recent data available from the FBI`). Any noun phrase
 * up to the end of its clause, once `sourceAfter` finds no speaker.
 */
export function accordingSource(tokens: Token[], at: number, max: number, source: string, base: number): Mention | null {
  const found = sourceAfter(tokens, at, max, source, base);
  if (found) return found;
  const first = tokens[at];
  if (!first || !isWord(first) || NOT_SUBJECT_START.has(first.lower) || NOT_IN_SUBJECT.has(first.lower)) return null;
  let end = at;
  while (end + 1 < max && end - at < 20 && !/^[.,;:!?)—–]$/.test(tokens[end + 1]?.text ?? '')) end++;
  const after = tokens[end + 1];
  if (after && !/^[.,;:!?)—–]$/.test(after.text)) return null;
  // `figures from the Office for National Statistics`: the named body behind the document speaks for it.
  for (let k = at + 1; k < end; k++) {
    if (!/^(?:from|by|of)$/.test(tokens[k]?.lower ?? '')) continue;
    const named = speakerAfter(tokens, k + 1, end + 1, source, base);
    if (named && named.kind !== 'pronoun') return { ...named, start: (tokens[at] as Token).start, end: (tokens[end] as Token).end };
  }
  const described = describedMention(tokens.slice(at, end + 1), source, base);
  // A document or data (`exit polls`, `his book`) speaks as one source, not as a group of people.
  return described && described.kind === 'group' && !GROUP_NOUNS.has(described.name.split(' ').pop()?.toLowerCase() ?? '') ? { ...described, kind: 'organization', role: null } : described;
}

/**
 * The words from `from` to `to` (exclusive) as a described speaker, for rules
 * that already know where the subject stands: `22 percent of voters`.
 */
export function describedPhrase(tokens: Token[], from: number, to: number, source: string, base: number): Mention | null {
  const span = tokens.slice(from, to);
  if (span.length === 0 || span.length > 10 || !span.every((t) => isWord(t) || /^[-'’]$/.test(t.text))) return null;
  return describedMention(span, source, base);
}

/** `speakerBefore`, or else a subject described rather than named: `His lawyer said`, `a source said`. */
export function subjectBefore(tokens: Token[], verb: number, min: number, source: string, base: number): Mention | null {
  return speakerBefore(tokens, verb, min, source, base) ?? describedSubject(tokens, verb, min, source, base) ?? relativeSubject(tokens, verb, min, source, base);
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

/** The noun a relative `who` at index `who` stands for: `an architect who`, `Clinton, who`. */
function antecedent(tokens: Token[], who: number, min: number, source: string, base: number): Mention | null {
  const last = tokens[who - 1]?.text === ',' ? who - 2 : who - 1;
  if (last < min) return null;
  const named = phraseEndingAt(tokens, last, min, source, base);
  if (isNamed(named) && named.kind !== 'pronoun') return named;
  let start = last;
  while (start - 1 >= min && last - start < 5 && isWord(tokens[start - 1]) && !NOT_IN_SUBJECT.has(tokens[start - 1]?.lower ?? '')) start--;
  let from = start;
  for (let k = last; k >= start; k--) {
    if (DETERMINERS.has(tokens[k]?.lower ?? '') || SUBJECT_DETERMINERS.has(tokens[k]?.lower ?? '')) {
      from = k;
      break;
    }
  }
  const described = describedMention(tokens.slice(from, last + 1), source, base);
  // `an architect who`: with its article, any description is someone.
  if (described?.kind === 'organization' && DETERMINERS.has(tokens[from]?.lower ?? '') && !isCapitalized(tokens[last])) return { ...described, kind: 'person', role: described.name };
  return described && described.kind !== 'organization' ? described : null;
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
 * The speaker right after token index `at` (`said Spicer`, `according to the
 * Russian Ministry of Defense`, `said Sean Spicer, the press secretary.`).
 */
export function speakerAfter(tokens: Token[], at: number, max: number, source: string, base: number): Mention | null {
  let end = at - 1;
  for (let j = at; j < max && j < at + 10; j++) {
    const t = tokens[j];
    if (!t || !isWord(t)) break;
    const ok = isNameToken(t) || isTitle(t) || HONORIFICS.has(t.lower) || GROUP_MODIFIERS.has(t.lower) || GROUP_NOUNS.has(t.lower) || ORG_COMMON_NOUNS.has(t.lower) || PRONOUNS.has(t.lower) ||
      (DETERMINERS.has(t.lower) && j === at) || ((CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower)) && isCapitalized(tokens[j + 1])) ||
      (!isCapitalized(t) && !NOT_NAMES.has(t.lower) && j < at + 4 && namedSoon(tokens, j + 1));
    if (!ok) break;
    end = j;
  }
  if (end < at) return null;
  const phrase = phraseEndingAt(tokens, end, at, source, base);
  if (!isNamed(phrase)) return null;
  const startsAt = phrase.from === at || (phrase.from === at + 1 && DETERMINERS.has(tokens[at]?.lower ?? ''));
  if (!startsAt) return null;
  // `said Sean Spicer, the White House press secretary.`
  if (phrase.kind === 'person' && tokens[end + 1]?.text === ',') {
    let close = end + 2;
    while (close < max && isWord(tokens[close]) && close < end + 16) close++;
    const inner = tokens.slice(end + 2, close);
    const innerLast = inner[inner.length - 1];
    const closer = tokens[close];
    if (innerLast && describes(inner) && (!closer || /^[.,;]$/.test(closer.text))) {
      return { ...phrase, role: joinRoles(phrase.role, roleText(source, base, inner)), gender: phrase.gender ?? genderOf(inner) };
    }
  }
  return phrase;
}

/** Irregular past forms that may be a main clause's verb (`X hit back, saying …`). */
const IRREGULAR_PAST = new Set('said told hit shot spoke wrote took gave made went came struck fought held led met sent left put set won broke stood'.split(' '));

/**
 * The subject of the main clause that a participle after `comma` continues:
 * `Transportation director Chris Warner denied that, saying …`, `Chuck Schumer
 * fired back, calling …`. The subject opens the sentence (from `min`) and
 * stands right before a verb in the past or present tense.
 */
export function mainSubject(tokens: Token[], comma: number, min: number, source: string, base: number): Mention | null {
  const found = subjectFrom(tokens, comma, min, source, base);
  if (found || !/^(?:\p{L}+ing|in|on|at|after|before|during|speaking|since|while|when|with)$/iu.test(tokens[min]?.text ?? '')) return found;
  // `Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling …`: past an opening phrase.
  let tries = 0;
  for (let k = min + 1; k < comma && tries < 3; k++) {
    if (tokens[k]?.text !== ',') continue;
    tries++;
    const subject = subjectFrom(tokens, comma, k + 1, source, base);
    if (subject) return subject;
  }
  return null;
}

function subjectFrom(tokens: Token[], comma: number, min: number, source: string, base: number): Mention | null {
  for (let k = min + 1; k < comma && k < min + 24; k++) {
    const t = tokens[k] as Token;
    // `Ed Rendell, a Clinton supporter, praised …`: an appositive between the subject and its verb.
    if (t.text === ',') continue;
    if (!isWord(t)) return null;
    const verbLike = /\p{Ll}ed$/u.test(t.text) || IRREGULAR_PAST.has(t.lower) || (/\p{Ll}s$/u.test(t.text) && !GROUP_NOUNS.has(t.lower) && isCapitalized(tokens[k - 1]));
    if (isCapitalized(t) || isTitle(t) || !verbLike) continue;
    const subject = tokens[k - 1]?.text === ',' ? subjectBefore(tokens, k, min, source, base) : speakerBefore(tokens, k, min, source, base);
    if (subject && subject.start === (tokens[min] as Token).start || subject && DETERMINERS.has(tokens[min]?.lower ?? '') && subject.start === tokens[min + 1]?.start) return subject;
    return null;
  }
  return null;
}

/** Words a long described subject may not hold: a finite verb or a new clause makes it something else. */
const NOT_IN_LONG_SUBJECT = new Set(
  `that which what when where why how whether if because while although though than so not
   is was are were be been being has have had do does did will would can could should may might must shall
   said says say told tells`.split(/\s+/),
);
/** Tokens that open an appositive or relative after a subject: `Biden, who was …,`, `Worley, a party chairwoman,`. */
const APPOSITIVE_OPENERS = new Set('who whose a an the his her its their one'.split(' '));

/**
 * The last resort for a speech verb whose clause plainly follows: the whole
 * subject of the sentence, when no shorter rule reads it.
 *   `Vice President Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday, said`
 *   `proponents of more controls on hate speech here say`, `Those over 60 say`
 * The subject runs from the start of the clause (the sentence, or after a
 * leading `But`, `On Sunday,`) to the verb and holds no finite verb of its own
 * outside an appositive set off by commas. The speaker is the noun phrase that
 * opens it; the source span is the whole subject.
 */
export function clauseSubject(tokens: Token[], verb: number, min: number, source: string, base: number): Mention | null {
  const end = subjectEnd(tokens, verb, min);
  if (end < min || !tokens[end]) return null;
  // With an appositive: the subject is the phrase before the comma that opens it.
  if (tokens[end]?.text === ',') {
    for (let open = end - 1; open >= min && open > end - 40; open--) {
      if (tokens[open]?.text !== ',' || !APPOSITIVE_OPENERS.has(tokens[open + 1]?.lower ?? '') && !isCapitalized(tokens[open + 1])) continue;
      const head = speakerBefore(tokens, open, min, source, base) ?? describedSubject(tokens, open, min, source, base) ?? longSubject(tokens, open - 1, min, source, base);
      if (head) return head;
    }
    return null;
  }
  return longSubject(tokens, end, min, source, base);
}

/** A described subject of up to 25 words ending at token `end` and starting its clause. */
function longSubject(tokens: Token[], end: number, min: number, source: string, base: number): Mention | null {
  let start = end;
  while (start - 1 >= min && end - start < 25) {
    const t = tokens[start - 1] as Token;
    if (!isWord(t) && !/^[-'’]$/.test(t.text)) break;
    if (NOT_IN_LONG_SUBJECT.has(t.lower) || CLAUSE_JOINS.has(t.lower) && t.lower !== 'and') break;
    start--;
  }
  // Only at the start of the clause: after the sentence start, a comma, or a word that joins clauses.
  const before = tokens[start - 1];
  if (before && start - 1 >= min && isWord(before) && !CLAUSE_JOINS.has(before.lower)) return null;
  while (start < end && /^(?:and|but|even|so|yet)$/.test(tokens[start]?.lower ?? '')) start++;
  const first = tokens[start] as Token;
  // `About 9 percent said`, `about half of Democratic voters said`: a share of people polled.
  const quantity = isQuantity(tokens, start);
  if (!quantity && (start === end && !isCapitalized(first) || NOT_SUBJECT_START.has(first.lower) || /^(?:it|this|that|there|what)$/.test(first.lower))) return null;
  // The speaker is the noun phrase that opens the subject: up to a participle, a relative word or a preposition after its head.
  let headEnd = start;
  while (headEnd + 1 <= end && headEnd - start < 8) {
    const next = tokens[headEnd + 1] as Token;
    // `A Monmouth poll out Monday`, `exit polls conducted by …`: the head ends before a particle, a time or a participle.
    if (!isWord(next) || /^(?:who|clamoring|like|including|such|out|in|on|at|from|by|with|for|this|last|conducted|released|published|taken)$/.test(next.lower) || TIME_WORDS.has(next.lower) || (/^\p{Ll}+ing$/u.test(next.text) && headEnd > start)) break;
    headEnd++;
  }
  const last = tokens[end] as Token;
  // `Many said`, `Others say`: a share is a group by its own words, though they are all determiners.
  if (quantity) return { kind: 'group', name: textOf(source, base, first, last), role: null, gender: 'plural', start: first.start, end: last.end };
  const mention = describedMention(tokens.slice(start, headEnd + 1), source, base);
  return mention ? { ...mention, start: first.start, end: last.end } : null;
}

const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten half third quarter majority most all many some several others both few'.split(' '));

/** `22 percent`, `About three in 10`, `about half of`, `all but two`: a count or share at token `k`. */
function isQuantity(tokens: Token[], k: number): boolean {
  const first = tokens[k];
  const number = (t: Token | undefined) => t !== undefined && (/^\d/.test(t.text) || NUMBER_WORDS.has(t.lower));
  if (number(first)) return true;
  return /^(?:about|nearly|almost|roughly|over|just|only|more|fewer|less)$/.test(first?.lower ?? '') && (number(tokens[k + 1]) || (tokens[k + 1]?.lower === 'than' && number(tokens[k + 2])));
}
