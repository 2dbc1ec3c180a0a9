/**
 * Time expressions beyond `dates-expressions`: the present and vague past or
 * future (`now`, `currently`, `recently`, `the future`), years standing alone
 * (`a 2015 ruling`, `the crisis of 2008-2009`), decades (`the 1990s`),
 * quarters (`the third quarter`, `third-quarter profit`), seasons (`last
 * fall`), durations written as adjectives (`a 10-year plan`, `a five year
 * low`), in hours and minutes (`five hours`), and vague durations
 * (`recent months`, `for decades`, `several years`). Each finder is one
 * regular expression pass over a block.
 */
import {
  AWARD_NOUNS,
  DURATION_LETTERS,
  HALF_UNITS,
  NUMBER_LABELS,
  QUANTITY_QUALIFIERS,
  QUARTER_ORDINALS,
  SEASON_CODES,
  SMALL_NUMBERS,
  TENS,
} from '../lexicon';
import { numberValue, type Qualifier } from './dates-expressions';

/** `player` -> `[Pp]layer`: a word as written in lower case or capitalised. */
const eitherCase = (word: string) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`;

/** A reference to the present, or to an unnamed past or future time. */
export type Reference = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export type MoreFound =
  | { kind: 'reference'; value: Reference }
  /** `2015` standing alone. */
  | { kind: 'bare-year'; year: number }
  /** `the 1990s`: the first three digits. */
  | { kind: 'decade'; decade: number }
  /**
   * `the third quarter` (quarter 3); `the quarter`, `the latest quarter` (null: the last one reported);
   * `shift` moves by quarters (`last quarter`), `years` by years (`the year-earlier quarter`).
   */
  | { kind: 'quarter'; quarter: number | null; year: number | null; shift: number | null; years: number }
  | { kind: 'season'; season: Season; year: number | null; shift: number | null }
  /** `the weekend`, placed by tense. */
  | { kind: 'weekend' }
  /** `the year`, `the week`: publication's. */
  | { kind: 'this-period'; unit: 'year' | 'week' }
  /** A duration with no calendar date of its own: `PXY`, `PT5H`, `P10Y` (`10-year`). */
  | { kind: 'span'; value: string; qualifier: Qualifier };

export type MoreCandidate = { start: number; end: number; found: MoreFound };

function each(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    visit(match);
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
}

function startsSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at).trimEnd();
  return before === '' || /[.!?:"“‘'(`]$/.test(before);
}

const REFERENCES: [RegExp, Reference][] = [
  [/\b(?:[Rr]ight now|[Nn]ow|[Cc]urrently|[Nn]owadays|[Aa]t present|[Tt]hese days)\b/g, 'PRESENT_REF'],
  [
    /\b(?:[Rr]ecently|the past|the recent past)\b(?!\s+(?:\d|[a-z]+\s+(?:years?|months?|weeks?|days?|decades?)\b))/g,
    'PAST_REF',
  ],
  [/\bthe (?:near |distant |foreseeable )?future\b/g, 'FUTURE_REF'],
];

function findReferences(text: string, out: MoreCandidate[]): void {
  for (const [pattern, value] of REFERENCES) {
    each(pattern, text, (match) => {
      const word = match[0];
      const end = match.index + word.length;
      // "Now" inside a sentence is a name ("Now Magazine").
      if (/^[A-Z]/.test(word) && !startsSentence(text, match.index)) return;
      const before = text.slice(Math.max(0, match.index - 8), match.index);
      const after = text.slice(end, end + 6);
      // "Now," opens a turn of talk and "from now on" a stretch; "for now,", "until now" and "now that" are the present.
      if (word === 'Now' && /^,/.test(after)) return;
      if (/^now$/i.test(word) && /\b(?:from|by)\s+$/i.test(before)) return;
      out.push({ start: match.index, end, found: { kind: 'reference', value } });
    });
  }
}

const YEAR = '(?:1[89]\\d\\d|20[0-4]\\d)';

/** Lower-case words after a number that show it counts something rather than naming a year. */
const COUNTED = /^(?:[a-z]+s|people|percent|feet|head|million|billion|more|other)$/;

const BARE_YEAR = new RegExp(`(?<![\\w$#£€¥/]|\\d[.,])(${YEAR})(?![\\w%/]|[.,]\\d|:\\d)`, 'g');

/** `No. 1998`, `Flight 2012`, `$ 1,998`: a label or a currency just before a number. */
const LABEL_BEFORE = new RegExp(`(?:No\\.|${[...NUMBER_LABELS].map(eitherCase).join('|')}|\\$|#)\\s*$`);

function findBareYears(text: string, out: MoreCandidate[]): void {
  each(BARE_YEAR, text, (match) => {
    const end = match.index + match[0].length;
    const next = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 20))?.[1] ?? '';
    if (COUNTED.test(next) && !/^(?:was|has|is|its|this|as|us)$/.test(next)) return;
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    // "No. 1998", "Flight 2012", "$ 1,998", "page 2001": numbers with a label.
    if (LABEL_BEFORE.test(before)) return;
    out.push({ start: match.index, end, found: { kind: 'bare-year', year: Number(match[0]) } });
  });
}

const DECADE = /\b(?:(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?)((?:1[89]|20)\d)0'?s\b|\b(?:the\s+)?'(\d)0s\b/g;

function findDecades(text: string, out: MoreCandidate[]): void {
  each(DECADE, text, (match) => {
    const decade = match[1] ? Number(match[1]) : 190 + Number(match[2]);
    out.push({ start: match.index, end: match.index + match[0].length, found: { kind: 'decade', decade } });
  });
}

const QUARTER = new RegExp(
  `\\b(?:(the|this|last|next|its|their|that)\\s+)?(?:(${YEAR})\\s+|(?:this|last|next) year's\\s+)?(?:(fiscal|year-earlier|year-ago|latest|current|same|previous|prior|comparable)\\s+)?` +
    `(?:(fiscal)\\s+)?(?:([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[\\s-]+)?(quarter|period)(?:\\s+of\\s+(?:(?:fiscal|the)\\s+)?(?:(${YEAR})|(?:this|last|next) year))?\\b`,
  'g',
);

function findQuarters(text: string, out: MoreCandidate[]): void {
  each(QUARTER, text, (match) => {
    const [whole, determiner, yearBefore, modifier, , ordinal, noun, yearAfter] = match;
    // "the year-earlier period", "the latest period", "the 1989 period": a period is a quarter only when such a word says so.
    if (
      noun === 'period' &&
      (ordinal || (!yearBefore && !/^(?:year-earlier|year-ago|latest|comparable)$/.test(modifier ?? '')))
    )
      return;
    const quarter = ordinal ? (QUARTER_ORDINALS[ordinal.toLowerCase()] ?? null) : null;
    const mod = (modifier ?? '').toLowerCase();
    const det = (determiner ?? '').toLowerCase();
    // A bare "quarter" needs a determiner that makes it a period: "the quarter", "last quarter", not "a quarter of".
    if (quarter === null && !det && !mod) return;
    if (quarter === null && (det === 'its' || det === 'their' || det === 'that') && !mod) return;
    const end = match.index + whole.length;
    if (/^-(?:point|mile|final)/.test(text.slice(end, end + 7))) return;
    if (/^\s+of\s+(?:a|an|the|its|their|his|her)\b/.test(text.slice(end, end + 10)) && !yearAfter) return;
    let years = 0;
    if (mod === 'year-earlier' || mod === 'year-ago') years = -1;
    const yearWord = /\b(this|last|next) year/.exec(whole)?.[1];
    if (yearWord === 'last') years = -1;
    if (yearWord === 'next') years = 1;
    const shift =
      det === 'last' || mod === 'previous' || mod === 'prior'
        ? -1
        : det === 'next'
          ? 1
          : det === 'this' || mod === 'current'
            ? 0
            : null;
    const year = yearBefore ?? yearAfter;
    out.push({
      start: match.index,
      end,
      found: {
        kind: 'quarter',
        quarter,
        year: year ? Number(year) : null,
        shift: quarter === null ? shift : shift === null ? null : 0,
        years,
      },
    });
  });
}

const SEASON = new RegExp(
  `\\b(?:(this|last|next|past|coming|the)\\s+)?(?:(early|late|mid)[\\s-]+)?(spring|summer|fall|autumn|winter)\\b(?:,?\\s+(?:of\\s+)?(${YEAR}))?`,
  'gi',
);

function findSeasons(text: string, out: MoreCandidate[]): void {
  each(SEASON, text, (match) => {
    const [whole, which, , name = '', year] = match;
    const lower = (which ?? '').toLowerCase();
    if (name !== name.toLowerCase() && !startsSentence(text, match.index) && !which) return;
    // A season needs a year or a word that places it: "last fall", not "the fall of Rome" or "prices fall".
    if (!year && (!which || lower === 'the')) return;
    const shift =
      lower === 'last' || lower === 'past'
        ? -1
        : lower === 'next' || lower === 'coming'
          ? 1
          : lower === 'this'
            ? 0
            : null;
    out.push({
      start: match.index,
      end: match.index + whole.length,
      found: {
        kind: 'season',
        season: SEASON_CODES[name.toLowerCase()] ?? 'SU',
        year: year ? Number(year) : null,
        shift,
      },
    });
  });
}

/** A number up to 999 in digits or words: `72`, `five`, `twenty-one`. */
const SMALL = `(?:\\d{1,3}|${SMALL_NUMBERS.join('|')}|${TENS.join('|')}|(?:${TENS.join('|')})-(?:${SMALL_NUMBERS.slice(0, 9).join('|')}))`;

function value(amount: number | 'X', unit: string): string {
  const letters = DURATION_LETTERS[unit] ?? 'Y';
  if (amount === 'X') return letters.startsWith('T') ? `PTX${letters.slice(1)}` : `PX${letters}`;
  if (letters === 'E') return `P${amount * 10}Y`;
  if (letters === 'C') return `P${amount * 100}Y`;
  return letters.startsWith('T') ? `PT${amount}${letters.slice(1)}` : `P${amount}${letters}`;
}

/** `a 10-year plan`, `a five year low`, `a 16-hour flight`: a number and a unit standing before a noun. */
const ADJECTIVE_SPAN = new RegExp(
  `\\b(${SMALL})[-\\s](minute|hour|day|week|month|year|decade)(?:-long)?\\b(?!-old|\\s+old\\b|\\s+ago\\b)(?=\\s+[a-z])`,
  'gi',
);

/** `five hours`, `at least 72 hours`, `an hour`: durations in hours and minutes. */
const CLOCK_SPAN = new RegExp(
  `\\b(?:(more than|less than|nearly|almost|about|over|under|at least|up to|some|around)\\s+)?(${SMALL}|an?|one)\\s+(minutes?|hours?)\\b(?!\\s+(?:ago|later|earlier|before|after|from now)\\b)`,
  'gi',
);

const VAGUE_SPAN =
  /\b(?:(?:the\s+)?(?:past|last|next|coming|previous|following|first)\s+)?(?:(several|many|few|a few|some|a couple of|recent|countless|the|numerous)\s+)(minutes|hours|days|weeks|months|quarters|years|decades|centuries)\b(?!\s+(?:ago|later|earlier|old|of age)\b)/gi;

const BARE_VAGUE =
  /\b(?:for|over|in|within|after|from)\s+(years|months|weeks|decades|centuries|days)\b(?!\s+(?:ago|of|to come)\b)/g;

function singular(unit: string): string {
  const lower = unit.toLowerCase();
  if (lower === 'centuries') return 'century';
  return lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** `2 1/2 years`, `5 1/2 hours`: a whole number and a half of a unit. */
const HALF_SPAN = /\b(\d{1,3}) 1\/2[-\s](minute|hour|day|month|year)s?\b/g;

function findHalfSpans(text: string, out: MoreCandidate[]): void {
  each(HALF_SPAN, text, (match) => {
    const [whole, amount = '', unit = ''] = match;
    const time = unit === 'minute' || unit === 'hour';
    const value = `P${time ? 'T' : ''}${Number(amount)}${(DURATION_LETTERS[unit] ?? 'Y').replace('T', '')}${HALF_UNITS[unit] ?? ''}`;
    out.push({
      start: match.index,
      end: match.index + whole.length,
      found: { kind: 'span', value, qualifier: 'exactly' },
    });
  });
}

/** "A couple of" is two, roughly ("a couple of years": about two years); the other vague words give no number. */
const vagueAmount = (quantity: string): number | 'X' => (/^a couple of$/i.test(quantity) ? 2 : 'X');

function findSpans(text: string, out: MoreCandidate[]): void {
  each(ADJECTIVE_SPAN, text, (match) => {
    const amount = numberValue(match[1] ?? '');
    if (amount === null || amount === 0) return;
    out.push({
      start: match.index,
      end: match.index + match[0].length,
      found: { kind: 'span', value: value(amount, singular(match[2] ?? '')), qualifier: 'exactly' },
    });
  });
  each(CLOCK_SPAN, text, (match) => {
    const [whole, qualifierWord, amountWord = '', unit = ''] = match;
    // "60 Minutes": a capitalised unit is a name.
    if (unit !== unit.toLowerCase()) return;
    const amount = numberValue(amountWord);
    if (amount === null || amount === 0) return;
    if (
      /^an?$/i.test(amountWord) &&
      !qualifierWord &&
      !/\b(?:for|in|within|after|about)\s+$/i.test(text.slice(Math.max(0, match.index - 8), match.index))
    )
      return;
    out.push({
      start: match.index,
      end: match.index + whole.length,
      found: {
        kind: 'span',
        value: value(amount, singular(unit)),
        qualifier: qualifierWord
          ? ((QUANTITY_QUALIFIERS[qualifierWord.toLowerCase()] as Qualifier | undefined) ?? 'exactly')
          : 'exactly',
      },
    });
  });
  each(VAGUE_SPAN, text, (match) => {
    const [whole, quantity = '', unit = ''] = match;
    // "the years", "the days": only with a word that makes them a stretch of time ("the past few years" is caught above).
    if (
      quantity.toLowerCase() === 'the' &&
      !/^(?:the\s+)?(?:past|last|next|coming|previous|following|first)\s/i.test(whole)
    )
      return;
    out.push({
      start: match.index,
      end: match.index + whole.length,
      found: { kind: 'span', value: value(vagueAmount(quantity), singular(unit)), qualifier: 'about' },
    });
  });
  each(BARE_VAGUE, text, (match) => {
    const unit = match[1] ?? '';
    const start = match.index + match[0].length - unit.length;
    out.push({
      start,
      end: start + unit.length,
      found: { kind: 'span', value: value('X', singular(unit)), qualifier: 'about' },
    });
  });
}

/** `year-earlier`, `year-ago` before a noun: the period the text is about, a year before. */
const YEAR_EARLIER = /\b(?:year-earlier|year-ago)\b(?=\s+[a-z])/g;

function findYearEarlier(text: string, out: MoreCandidate[]): void {
  each(YEAR_EARLIER, text, (match) => {
    out.push({
      start: match.index,
      end: match.index + match[0].length,
      found: { kind: 'quarter', quarter: null, year: null, shift: null, years: -1 },
    });
  });
}

/** `the weekend`: the one before publication in a past sentence, else the coming one. */
const WEEKEND = /\b[Tt]he weekend\b/g;

function findWeekends(text: string, out: MoreCandidate[]): void {
  each(WEEKEND, text, (match) => {
    out.push({ start: match.index, end: match.index + match[0].length, found: { kind: 'weekend' } });
  });
}

/**
 * `the year`, `the week`, `the fiscal year` standing alone: publication's year or week (`earlier in
 * the year`), or a year's or week's length after `for` (`for the year, volume rose`); not an award
 * (`player of the year`).
 */
const THE_PERIOD = new RegExp(
  `(?<!\\b(?:${[...AWARD_NOUNS].map(eitherCase).join('|')}) of\\s)\\b([Ff]or\\s+)?the (fiscal )?(year|week)\\b` +
    `(?![-'’]|\\s+(?:of|before|after|ago|earlier|later|that|when|which|two|in|award)\\b)`,
  'g',
);

function findThePeriod(text: string, out: MoreCandidate[]): void {
  each(THE_PERIOD, text, (match) => {
    const [whole, forWord, , unit] = match;
    const start = match.index + (forWord?.length ?? 0);
    const found: MoreFound = forWord
      ? { kind: 'span', value: unit === 'week' ? 'P1W' : 'P1Y', qualifier: 'exactly' }
      : { kind: 'this-period', unit: unit === 'week' ? 'week' : 'year' };
    out.push({ start, end: match.index + whole.length, found });
  });
}

/** Every candidate these finders see, overlapping ones included. */
export function findMoreCandidates(text: string): MoreCandidate[] {
  const out: MoreCandidate[] = [];
  findReferences(text, out);
  findBareYears(text, out);
  findDecades(text, out);
  findQuarters(text, out);
  findSeasons(text, out);
  findSpans(text, out);
  findHalfSpans(text, out);
  findYearEarlier(text, out);
  findWeekends(text, out);
  findThePeriod(text, out);
  return out;
}
