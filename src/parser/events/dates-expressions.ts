import {
  AFTER_YEAR,
  FREQUENCY_WORDS,
  MONTH_ABBREVIATIONS,
  MONTH_LEADS,
  MONTH_NAMES,
  PERIOD_PARTS,
  PERIOD_SHIFTS,
  QUANTITY_QUALIFIERS,
  ROLLING_SHIFTS,
  SMALL_NUMBERS,
  TENS,
  WEEKDAY_LEADS,
  WEEKDAY_NAMES,
  WEEKDAY_NAME_BEFORE,
  YEAR_LEADS,
  capitalise,
} from '../lexicon';
/**
 * Time expressions that chrono's strict mode leaves alone or that need the
 * article's tense to resolve: weekdays, "yesterday", "last week", "in March",
 * "in 2016", "two years ago", "more than two years". Each finder is one
 * regular expression pass over a block, so the whole module is linear in the
 * text. Capitalisation matters: weekdays and months must be capitalised, which
 * keeps "a march" and "may" out; a few context rules keep names out too.
 */

/**
 * How a weekday or month is placed: strictly before or after publication
 * (`last`, `next`), on or before it (`since`), or by the sentence's tense.
 */
/** `nearest`: a deadline (`until`, `by`), placed at the occurrence nearest publication, before or after it. */
type Direction = 'before' | 'after' | 'past' | 'tense' | 'nearest';

export type Unit = 'day' | 'week' | 'month' | 'year';

export type Qualifier = 'more than' | 'less than' | 'about' | 'exactly';

/** What was found, before it is resolved against the publication date. */
export type Found =
  /** `yesterday` (-1), `today` (0), `tomorrow` (1). */
  | { kind: 'day'; offset: number }
  /** `on Monday` (0 = Sunday … 6 = Saturday). */
  | { kind: 'weekday'; weekday: number; direction: Direction }
  /** `last week`, `this month`, `earlier this year`, `the past week` (rolling). */
  | { kind: 'period'; unit: Unit | 'weekend'; shift: number; part: 'all' | 'earlier' | 'later' | 'rolling' }
  /** `in March`, `last March`, `March 2016`. */
  /** `yearShift`: `March this year` (0), `June last year` (-1), `April next year` (1), from publication. */
  | { kind: 'month'; month: number; year: number | null; direction: Direction; yearShift?: number }
  /** `in 2016`. */
  | { kind: 'year'; year: number }
  /**
   * `two years ago` (or `earlier`), `three days from now`, or `in three weeks` (a date when
   * the sentence is about the future, else a duration: "built in three weeks").
   */
  | { kind: 'offset'; amount: number; unit: Unit; anchor: 'ago' | 'from now' | 'in'; duration: string }
  /** `more than two years`. */
  | { kind: 'duration'; duration: string; qualifier: Qualifier };

export type Candidate = { start: number; end: number; found: Found };

/** The weekdays as written, Sunday first (the index is the day of the week); the patterns match them case-sensitively. */
const WEEKDAYS = WEEKDAY_NAMES.map(capitalise);

/** The months as written, January first. */
const MONTHS = MONTH_NAMES.map(capitalise);

/** `[Oo]n`: a word that may start a sentence. */
function ci(word: string): string {
  return `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`;
}
function anyOf(words: readonly string[]): string {
  return words.map(ci).join('|');
}

const NUMBER = `(?:\\d{1,4}|(?:${TENS.join('|')})(?:-(?:${SMALL_NUMBERS.slice(0, 9).join('|')}))?|${SMALL_NUMBERS.join('|')}|a|an|a hundred|one hundred)`;
const UNIT = '(?:days?|weeks?|months?|years?|decades?|century|centuries)';

/** "two", "twenty-one", "14", "a" -> number; null when not a number. */
export function numberValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  if (lower === 'a' || lower === 'an') return 1;
  if (lower === 'a hundred' || lower === 'one hundred') return 100;
  const small = SMALL_NUMBERS.indexOf(lower as (typeof SMALL_NUMBERS)[number]);
  if (small >= 0) return small + 1;
  const [tens = '', ones] = lower.split('-');
  const tensIndex = TENS.indexOf(tens as (typeof TENS)[number]);
  if (tensIndex < 0) return null;
  const onesIndex = ones === undefined ? -1 : SMALL_NUMBERS.indexOf(ones as (typeof SMALL_NUMBERS)[number]);
  return (tensIndex + 2) * 10 + (onesIndex >= 0 ? onesIndex + 1 : 0);
}

/** "years" -> ['year', 1]; "decade" -> ['year', 10]. */
function unitOf(word: string): [Unit, number] {
  const lower = word.toLowerCase();
  if (lower.startsWith('day')) return ['day', 1];
  if (lower.startsWith('week')) return ['week', 1];
  if (lower.startsWith('month')) return ['month', 1];
  if (lower.startsWith('decade')) return ['year', 10];
  if (lower.startsWith('centur')) return ['year', 100];
  return ['year', 1];
}

/** ISO 8601 duration: 2 years -> P2Y, 3 weeks -> P3W. */
function isoDuration(amount: number, unit: Unit): string {
  const letter = { day: 'D', week: 'W', month: 'M', year: 'Y' }[unit];
  return `P${amount}${letter}`;
}

function previousWord(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 30), at);
  return /([A-Za-z]+)\s+$/.exec(before)?.[1] ?? '';
}
function nextWord(text: string, at: number): string {
  return /^\s+([A-Za-z]+)/.exec(text.slice(at, at + 30))?.[1] ?? '';
}

/** True when `at` starts a sentence (block start, or after an end mark, colon or opening quote). */
function startsSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at).trimEnd();
  return before === '' || /[.!?:"“‘'(`]$/.test(before);
}

function each(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    visit(match);
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
}

/** Whether the UTF-16 code unit is in `\w` (ASCII letters, digits, `_`), which is what `\b` sees. */
function isWordUnit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * A finder whose pattern always contains a fixed kind of word (a unit, a weekday, a month, a year):
 * an `anchor` pattern finds those words, and `pattern` is tried only where a match may start, at the
 * anchor and at the starts of the `wordsBack` words before it. This gives exactly the matches, in
 * the same order, of running the global `pattern` over the whole block (every match starts at a
 * word start and holds an anchor at most `wordsBack` words in), but the long alternations of
 * prepositions, qualifiers and numbers are no longer tried at every word of the text.
 *
 * `pattern` is the sticky version of the finder's pattern; `anchor` is global.
 */
function eachNear(
  pattern: RegExp,
  anchor: RegExp,
  wordsBack: number,
  text: string,
  visit: (match: RegExpExecArray) => void,
): void {
  /** Greatest start tried so far: windows of neighbouring anchors overlap. */
  let tried = -1;
  /** End of the last match: the global scan would go on from here. */
  let scanFrom = 0;
  const starts: number[] = [];
  anchor.lastIndex = 0;
  for (let found = anchor.exec(text); found; found = anchor.exec(text)) {
    if (found[0].length === 0) anchor.lastIndex += 1;
    // The word starts before the anchor, nearest first, then the anchor itself last.
    starts.length = 0;
    let i = found.index;
    for (let n = 0; n < wordsBack && i > 0 && i > tried; n++) {
      while (i > 0 && !isWordUnit(text.charCodeAt(i - 1))) i--;
      while (i > 0 && isWordUnit(text.charCodeAt(i - 1))) i--;
      starts.push(i);
    }
    starts.reverse();
    starts.push(found.index);
    for (const start of starts) {
      if (start <= tried || start < scanFrom) continue;
      tried = start;
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (!match) continue;
      visit(match);
      scanFrom = start + Math.max(1, match[0].length);
    }
  }
}

/** The sticky copy of a global pattern, for `eachNear`. */
const sticky = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);

const DAY_WORDS =
  /\b(?:[Tt]he day before yesterday|[Tt]he day after tomorrow|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast night|[Tt]his (?:morning|afternoon|evening))\b/g;

function findDays(text: string, out: Candidate[]): void {
  each(DAY_WORDS, text, (match) => {
    const words = match[0].toLowerCase();
    const first = match[0].charAt(0);
    // "USA Today", "Tomorrow Never Dies": a capitalised word inside a sentence is a name.
    if (first !== first.toLowerCase() && !startsSentence(text, match.index)) return;
    // "today's world", "today's computers": the present age, not the day.
    if (words === 'today' && /^['’]s\s+[a-z]/.test(text.slice(match.index + 5, match.index + 9))) return;
    const offset = words.includes('before yesterday')
      ? -2
      : words.includes('after tomorrow')
        ? 2
        : words === 'yesterday' || words === 'last night'
          ? -1
          : words === 'tomorrow'
            ? 1
            : 0;
    out.push({ start: match.index, end: match.index + match[0].length, found: { kind: 'day', offset } });
  });
}

const WEEKDAY_PATTERN = new RegExp(
  `\\b(?:(${anyOf(WEEKDAY_LEADS)})\\s+)?` +
    `(?:(last|next|this|coming|past)\\s+)?(${WEEKDAYS.join('|')})(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
  'g',
);

function direction(word: string | undefined): Direction {
  const lower = (word ?? '').toLowerCase();
  if (lower === 'last' || lower === 'past') return 'before';
  if (lower === 'next' || lower === 'coming') return 'after';
  if (lower === 'since') return 'past';
  return 'tense';
}

/** A deadline word just before an expression's first word (`until mid-November`). */
export const DEADLINE_BEFORE = /\b(until|till|by)\s+$/i;

/** A month's direction: as for any expression, but a deadline (`until mid-November`, `by February`) is the nearest one. */
function monthDirection(word: string | undefined): Direction {
  return /^(?:until|till|by)$/i.test(word ?? '') ? 'nearest' : direction(word);
}

const WEEKDAY_STICKY = sticky(WEEKDAY_PATTERN);
const WEEKDAY_ANCHOR = new RegExp(`\\b(?:${WEEKDAYS.join('|')})`, 'g');

function findWeekdays(text: string, out: Candidate[]): void {
  // Up to two words before the weekday: `since last Monday`.
  eachNear(WEEKDAY_STICKY, WEEKDAY_ANCHOR, 3, text, (match) => {
    const [whole, preposition, modifier, name = ''] = match;
    if (!preposition && !modifier) {
      const before = previousWord(text, match.index);
      if (WEEKDAY_NAME_BEFORE.has(before)) return;
      // "the Sunday Times": a weekday between an article and a capitalised word names something.
      if (/^(the|a|an)$/i.test(before) && /^[A-Z]/.test(nextWord(text, match.index + name.length))) return;
    }
    const weekday = WEEKDAYS.indexOf(name);
    const chosen = modifier ?? (direction(preposition) === 'tense' ? undefined : preposition);
    out.push({
      start: match.index,
      end: match.index + whole.length,
      found: { kind: 'weekday', weekday, direction: direction(chosen) },
    });
  });
}

const PERIOD_PATTERN = new RegExp(
  `\\b(?:(${anyOf(['the'])})\\s+)?(?:(${anyOf(PERIOD_PARTS)})\\s+)?(${anyOf(PERIOD_SHIFTS)})\\s+(week|month|year|weekend)\\b`,
  'g',
);

const PERIOD_STICKY = sticky(PERIOD_PATTERN);
const PERIOD_ANCHOR = /\b(?:week|month|year|weekend)\b/g;

function findPeriods(text: string, out: Candidate[]): void {
  // Up to three words before the unit: `the earlier this week` is the longest shape.
  eachNear(PERIOD_STICKY, PERIOD_ANCHOR, 4, text, (match) => {
    const [whole, article, part, which = '', unit = ''] = match;
    const lower = which.toLowerCase();
    // "the past week", "the last month": the days just before publication.
    const rolling = Boolean(article) || lower === 'past';
    const shift = lower === 'last' || lower === 'past' ? -1 : lower === 'next' || lower === 'coming' ? 1 : 0;
    const partLower = (part ?? '').toLowerCase();
    const found: Found = {
      kind: 'period',
      unit: unit as Unit | 'weekend',
      shift,
      part: rolling
        ? 'rolling'
        : partLower === 'earlier' && shift === 0
          ? 'earlier'
          : partLower === 'later' && shift === 0
            ? 'later'
            : 'all',
    };
    if (rolling && !ROLLING_SHIFTS.has(lower)) return;
    out.push({ start: match.index, end: match.index + whole.length, found });
  });
}

/** A month written out (`March`) or abbreviated with its full stop (`Sept.`). */
const MONTH_WORDS = [...MONTHS, ...MONTH_ABBREVIATIONS.map((short) => `${capitalise(short)}\\.`)].join('|');
const MONTH_PATTERN = new RegExp(
  `(?<![\\w.])(?:(${anyOf(MONTH_LEADS)})[\\s-]+)?` +
    `(${MONTH_WORDS})(?:,?\\s+(?:of\\s+)?((?:1[89]|20)\\d\\d)\\b|\\s+(this|last|next)\\s+year\\b)?(?!\\s*\\d)(?![\\w])`,
  'g',
);

function monthNumber(name: string): number {
  const short = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((month) => month.slice(0, 3) === short) + 1;
}

const MONTH_STICKY = sticky(MONTH_PATTERN);
const MONTH_ANCHOR = new RegExp(`\\b(?:${MONTH_WORDS})`, 'g');

function findMonths(text: string, out: Candidate[]): void {
  // One word before the month: `in March`, `mid-March`.
  eachNear(MONTH_STICKY, MONTH_ANCHOR, 2, text, (match) => {
    const [whole, preposition, name = '', year, yearWord] = match;
    if (!preposition && !year && !yearWord) return;
    // "May" is also a name: "a speech by May", "a letter from May".
    if (name === 'May' && !year && /^(by|from|before|after)$/i.test(preposition ?? '')) return;
    const month = monthNumber(name);
    if (month < 1) return;
    out.push({
      start: match.index,
      end: match.index + whole.length,
      found: {
        kind: 'month',
        month,
        year: year ? Number(year) : null,
        direction: year
          ? 'tense'
          : monthDirection(
              DEADLINE_BEFORE.exec(text.slice(Math.max(0, match.index - 8), match.index))?.[1] ?? preposition,
            ),
        ...(yearWord ? { yearShift: yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0 } : {}),
      },
    });
  });
}

const YEAR_PATTERN = new RegExp(`\\b(${anyOf(YEAR_LEADS)})[\\s-]+((?:1[89]|20)\\d\\d)\\b(?![-–/.,]?\\d)`, 'g');

const YEAR_STICKY = sticky(YEAR_PATTERN);
const YEAR_ANCHOR = /\b(?:1[89]|20)\d\d\b/g;

function findYears(text: string, out: Candidate[]): void {
  // One word before the year: `in 2016`.
  eachNear(YEAR_STICKY, YEAR_ANCHOR, 2, text, (match) => {
    const [whole, , year = ''] = match;
    const end = match.index + whole.length;
    const following = nextWord(text, end);
    if (/^\s*%/.test(text.slice(end, end + 3))) return;
    if (following && following === following.toLowerCase() && !AFTER_YEAR.has(following)) return;
    out.push({ start: match.index, end, found: { kind: 'year', year: Number(year) } });
  });
}

const QUALIFIER_WORDS = Object.keys(QUANTITY_QUALIFIERS)
  .sort((a, b) => b.length - a.length)
  .map(ci)
  .join('|');

const OFFSET_PATTERN = new RegExp(
  `\\b(?:(${QUALIFIER_WORDS})\\s+)?(${NUMBER})\\s+(${UNIT})\\s+(ago|earlier|from now)\\b|\\b(${anyOf(['in', 'within'])})\\s+(${NUMBER})\\s+(${UNIT})\\b(?!\\s+(?:of|since|ago|old)\\b)`,
  'gi',
);

const OFFSET_STICKY = sticky(OFFSET_PATTERN);
/** A unit word, as `UNIT` matches one after a space: the anchor of offsets and durations. */
const UNIT_ANCHOR = new RegExp(`\\b${UNIT}\\b`, 'gi');

function findOffsets(text: string, out: Candidate[]): void {
  // Before the unit: a qualifier (two words) and a number (two: `twenty-one`, `a hundred`), or `in` and a number.
  eachNear(OFFSET_STICKY, UNIT_ANCHOR, 5, text, (match) => {
    const [whole, , agoNumber, agoUnit, agoWord, within, inNumber, inUnit] = match;
    const amountWord = agoNumber ?? inNumber ?? '';
    const amount = numberValue(amountWord);
    if (amount === null) return;
    const [unit, factor] = unitOf(agoUnit ?? inUnit ?? '');
    const total = amount * factor;
    const duration = isoDuration(total, unit);
    if (within && within.toLowerCase() === 'within') {
      out.push({
        start: match.index,
        end: match.index + whole.length,
        found: { kind: 'duration', duration, qualifier: 'less than' },
      });
      return;
    }
    const anchor = !agoWord ? 'in' : agoWord.toLowerCase() === 'from now' ? 'from now' : 'ago';
    out.push({
      start: match.index,
      end: match.index + whole.length,
      found: { kind: 'offset', amount: total, unit, anchor, duration },
    });
  });
}

const DURATION_PATTERN = new RegExp(
  `\\b(?:(${QUALIFIER_WORDS})\\s+)?(?:(the)\\s+)?(?:(past|last|next|previous|coming|first|final)\\s+)?(${NUMBER})\\s+(${UNIT})\\b`,
  'gi',
);

const DURATION_STICKY = sticky(DURATION_PATTERN);

function findDurations(text: string, out: Candidate[]): void {
  // Before the unit: a qualifier (two words), `the`, a modifier and a number (two words).
  eachNear(DURATION_STICKY, UNIT_ANCHOR, 7, text, (match) => {
    const [whole, qualifierWord, article, modifier, amountWord = '', unitWord = ''] = match;
    const amount = numberValue(amountWord);
    if (amount === null || amount === 0) return;
    const end = match.index + whole.length;
    const after = text.slice(end, end + 12);
    // "two years ago", "45 years old", "a two-year-old": not a duration of an event. "About a week later",
    // "five years after the war" measure the time between two events: the duration is the expression.
    if (/^(?:\s+(?:ago|old|earlier|from now|of age)\b|-)/i.test(after)) return;
    const before = previousWord(text, match.index).toLowerCase();
    if (FREQUENCY_WORDS.has(before) && !qualifierWord) return;
    const singular = amount === 1;
    if (/^an?$/i.test(amountWord) && !qualifierWord && !modifier) return;
    // A bare "two" followed by a unit: only when the number is written out or the unit agrees.
    if (!singular && !/s$/i.test(unitWord) && !/centuries/i.test(unitWord)) return;
    const [unit, factor] = unitOf(unitWord);
    // "over the past two years", "for the last three months": the word before is a preposition, the span exact.
    const qualifier: Qualifier =
      qualifierWord && !article && !modifier
        ? (QUANTITY_QUALIFIERS[qualifierWord.toLowerCase()] ?? 'exactly')
        : 'exactly';
    out.push({
      start: match.index,
      end,
      found: { kind: 'duration', duration: isoDuration(amount * factor, unit), qualifier },
    });
  });
}

/** Every candidate in the text, overlapping ones included. */
export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  findDays(text, out);
  findWeekdays(text, out);
  findPeriods(text, out);
  findMonths(text, out);
  findYears(text, out);
  findOffsets(text, out);
  findDurations(text, out);
  return out;
}

/** Month names and numeric dates: where chrono might find an explicit date. */
export const EXPLICIT_DATE_HINT = new RegExp(`(?:${MONTH_WORDS.replace(/\\\./g, '')}|Sept|\\d{1,4}[/.-]\\d{1,2})`);
