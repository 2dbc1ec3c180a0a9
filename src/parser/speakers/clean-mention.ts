/**
 * What a speaker phrase may not be taken as, whoever found it: the steps that
 * find a subject read words, and a few kinds of words are no one's name.
 *  - A count or a share (`5,000 developers`, `70% of respondents`, `49%`):
 *    the speakers are the people counted (`Respondents`); a share with nothing
 *    counted after it is the group spoken of last, as `they` would be. A
 *    phrase that starts inside a number (`000 adults` of `40,000 adults`) is
 *    read from the number's start.
 *  - `We` outside quotation marks: the writer, speaking for their paper or
 *    company; read as `I` is (the byline's one author, or no one).
 *  - Words that are no name (see {@link noName}): a date (`December 2014`), a
 *    photo credit's slash or a sentence run into the next (`Thursday.Anthony
 *    Wallace / AFP`), a clause (`… don’t seem to`),
 *    a name made of nothing but a month or a weekday; a month or a weekday
 *    inside a description is dropped (`Hackaday's March story` is
 *    `Hackaday's story`).
 *  - A clause read as a phrase: a relative clause after the name is left out
 *    (`Campaign official who was not authorized to speak` is `Campaign
 *    official`, but `Some who advocate …` stays whole); a pronoun that opens a
 *    clause is the speaker (`… exist and we [know]`, `I can [now say]`); a
 *    pronoun and an auxiliary inside the words (`Results we can now see`) name
 *    no one.
 * Words with letters and digits in one (`W3C`, `1010data`, `elmo666`) are
 * names of things and handles, and stay.
 */
import { DESCRIBING_COMPOUND_END, MONTHS_BUT_MAY, WEEKDAY_NAMES } from '../lexicon';
import type { Gender, Mention } from './mentions';

/** Not `May`, which is a name too. */
const TIME_NAMES = new Set<string>([...MONTHS_BUT_MAY, ...WEEKDAY_NAMES]);

/** `more than 5,000`, `Another 48.6%`, `70 percent of the`: the count before what is counted. */
const QUANTITY =
  /^(?:(?:another|some|about|around|nearly|almost|roughly|over|under|only|just|a full|more than|fewer than|less than|at least|up to)\s+)*\d[\d.,]*\s*(?:%|percent\b|per cent\b|(?:in|out of)\s+\d+\b)?\s*(?:of\s+(?:the\s+|all\s+|those\s+|these\s+)?)?/iu;

/** A date: a month or a weekday next to a number (`December 2014`, `Monday 12`). */
const DATE = new RegExp(
  `\\b(?:${[...MONTHS_BUT_MAY, ...WEEKDAY_NAMES].join('|')})\\.?\\s+\\d|\\d\\s+(?:${[...MONTHS_BUT_MAY, ...WEEKDAY_NAMES].join('|')})\\b`,
  'i',
);

/**
 * Words that name no one: a date, a photo credit's slash, a sentence run into the next, a clause (a negated
 * verb: `Uber and its supporters don’t seem to`) or words that stop mid-phrase (`… and we need to`).
 */
export function noName(name: string): boolean {
  return (
    /\s\/\s/.test(name) ||
    // `Results we can now see that …`: a clause with its own subject and verb, not a phrase naming someone.
    PRONOUN_VERB_INSIDE.test(name) ||
    /\p{Ll}\.\p{Lu}/u.test(name) ||
    DATE.test(name) ||
    /\p{L}n['’]t\b/iu.test(name) ||
    /\s(?:to|and|or|the|of|a|an)$/i.test(name) ||
    (name.length >= 7 && SENTENCE_ADVERB.test(name))
  );
}

/**
 * `Ultimately, Mr. Yanukovych disregarded … and refused`: a capitalised adverb standing alone, with the
 * ending of an adverb made from an adjective (`Publicly`, `Recently`, `Essentially`, `Hastily`), opens a
 * sentence and names no one (`Kelly`, `Connolly` and short words like `Daily` do not end so).
 */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}+(?:al|ate|ent|ant|ive|ous|ic|ful|ed|ing|i)ly$/u;

/** `Weaver didn’t seem …`, `Lewandowski continued to …`: a negated verb, or a verb before `to`, ends a subject. */
const ENDS = /\s\S*n['’]t\b|\s\p{Ll}+\s+to$/iu;

/** `Hotel bosses that responded …`, `voters who backed …`: a phrase, then a relative pronoun and a lower-case word. */
const RELATIVE_CLAUSE = /^(\S.*?)\s+(?:who|that|which)\s+\p{Ll}/u;

/** `… exist and we`, `… but they`: a pronoun after a conjunction at the end of a phrase starts a clause of its own. */
const COORDINATED_PRONOUN = /\s(?:and|but|so)\s+(we|they|he|she)$/i;

/** `we can`, `I have`: a subject pronoun and an auxiliary, the start of a clause. */
const PRONOUN_VERB =
  /(we|they|he|she|I)\s+(?:can|could|will|would|should|may|might|must|do|did|have|had|are|were|was|is)\b/u;
/** The same inside a phrase (`Results we can …`), and opening it (`I can …`): compiled once, not per mention. */
const PRONOUN_VERB_INSIDE = new RegExp(`\\s${PRONOUN_VERB.source}`, 'u');
const PRONOUN_VERB_OPENING = new RegExp(`^${PRONOUN_VERB.source}`, 'u');

/** Words that name no one without the relative clause after them: `Some who advocate …`, `Those who …`. */
const BARE_HEAD = /^(?:some|many|most|few|several|those|these|others|one|anyone|everyone|all|both|each|any|none)$/i;

/** `Both` or `Either` before two names joined by `and`/`or`. */
const BOTH_OF_PAIR = /^(?:both|either|neither)\s+(?=\p{Lu}\S*(?:\s+\p{Lu}\S*)*\s+(?:and|or|nor)\s+\p{Lu})/iu;

/**
 * A describing compound before a name: `Amazon-owned Whole Foods`, `Seattle-based Amazon`, `Kremlin-backed RT`.
 * The name is what follows; the compound describes it.
 */
const DESCRIBING_COMPOUND = new RegExp(
  `^((?:\\p{Lu}[\\p{L}.&]*\\s+){0,2}\\p{Lu}[\\p{L}.&]*${DESCRIBING_COMPOUND_END})\\s+(?=\\p{Lu})`,
  'u',
);

const GENDERS: Record<string, Gender> = { he: 'male', she: 'female', they: 'plural' };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `they`: the group last spoken of. */
function groupPronoun<M extends Mention>(mention: M): M {
  return { ...mention, kind: 'pronoun', name: 'they', role: null, gender: 'plural' };
}

/**
 * The mention as it may stand for a speaker, or null when its words name no
 * one. `text` is the text its offsets refer to.
 */
export function cleanMention<M extends Mention>(mention: M, text: string): M | null {
  let start = mention.start;
  // `40,000 adults`: a phrase that starts after a number's comma starts at the number.
  while (start > 0 && /\d[,.]$/.test(text.slice(Math.max(0, start - 2), start))) {
    start--;
    while (start > 0 && /\d/.test(text[start - 1] ?? '')) start--;
  }
  const written = text.slice(start, mention.end);
  if (mention.kind !== 'pronoun' && /^I$/.test(mention.name.trim()))
    return { ...mention, kind: 'pronoun', name: 'I', role: null, gender: null };
  // What a cut subject leaves: `She didn’t …` is `she`; `You want to …` names no one.
  const pronoun = /^(he|she|they)$/i.exec(mention.name.trim())?.[1]?.toLowerCase();
  if (mention.kind !== 'pronoun' && pronoun)
    return { ...mention, kind: 'pronoun', name: pronoun, role: null, gender: GENDERS[pronoun] ?? null };
  if (/^(?:you|it|this|that|there|these|those)$/i.test(mention.name.trim()) && mention.kind !== 'pronoun') return null;
  // `We know …` in the writer's own words: the writer, as `I` is (the byline's one author, or no one).
  if (mention.kind !== 'pronoun' && /^we(?:['’]re|['’]ve)?$/i.test(mention.name.trim()))
    return { ...mention, kind: 'pronoun', name: 'I', role: null, gender: null };
  const quantity = QUANTITY.exec(written);
  if (quantity && /\d/.test(quantity[0])) {
    const counted = written
      .slice(quantity[0].length)
      .replace(/\s*\b(?:who|that)\b.*$/i, '')
      .trim();
    if (!counted) return groupPronoun({ ...mention, start });
    if (!/^\p{L}/u.test(counted) || /^(?:for|to|in|on|at|of|and|or|but|the)\b/i.test(counted)) return null;
    return { ...mention, start, kind: 'group', name: capitalise(counted), role: null, gender: 'plural' };
  }
  // `Many versions of deflate exist and we [know …]`: a clause whose own subject, a pronoun, is who speaks.
  const coordinated = mention.kind === 'pronoun' ? null : COORDINATED_PRONOUN.exec(mention.name);
  if (coordinated?.[1] && text.slice(mention.end - coordinated[1].length, mention.end) === coordinated[1])
    return cleanMention({ ...mention, name: coordinated[1], start: mention.end - coordinated[1].length }, text);
  // `I can [say that …]`: the pronoun that opens the clause.
  const opening = mention.kind === 'pronoun' ? null : PRONOUN_VERB_OPENING.exec(mention.name);
  if (opening?.[1] && text.startsWith(opening[1], mention.start))
    return cleanMention({ ...mention, name: opening[1], end: mention.start + opening[1].length }, text);
  const negated = ENDS.exec(mention.name);
  const cut = negated ? ENDS.exec(text.slice(start, mention.end)) : null;
  const name = negated ? mention.name.slice(0, negated.index) : mention.name;
  if (noName(name)) return null;
  if (negated) return cleanMention({ ...mention, name, end: cut ? start + cut.index : mention.end }, text);
  // `Hotel bosses that responded to an online thread about …`: the speaker is named before the relative clause.
  const relative = mention.kind === 'person' || mention.kind === 'pronoun' ? null : RELATIVE_CLAUSE.exec(name);
  const related = relative?.[1] && !BARE_HEAD.test(relative[1]) ? relative[1] : name;
  // `Both Roscosmos and NASA`: the pair, without the word that counts it.
  const paired =
    mention.kind === 'group' || mention.kind === 'organization' ? related.replace(BOTH_OF_PAIR, '') : related;
  const compound = mention.kind === 'pronoun' ? null : DESCRIBING_COMPOUND.exec(paired);
  if (compound?.[1])
    return cleanMention(
      { ...mention, name: paired.slice(compound[0].length), role: mention.role ?? compound[1] },
      text,
    );
  const named = paired;
  const words = named.split(/\s+/);
  const kept = words.filter((word) => !TIME_NAMES.has(word.toLowerCase().replace(/['’]s$/, '')));
  if (kept.length === words.length) return named === mention.name ? mention : { ...mention, name: named };
  return kept.length === 0 || mention.kind === 'pronoun' ? null : { ...mention, name: kept.join(' ') };
}
