/**
 * The publication line under a headline: a line that is mainly a date, such as
 * "24/01/2017 22:40 by admin", "Jan. 24, 2017 10:40 p.m. ET",
 * "Tuesday, 24 January 2017 22:40", "2017-01-24T22:40:00Z",
 * "Published: 24 Jan 2017", "Updated 3:45 PM EST, January 24, 2017" or
 * "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm".
 *
 * The result is ISO 8601 to the precision printed (`2017-01-24`,
 * `2017-01-24T22:40`, `…:00` when seconds are printed) with an offset only
 * when the line gives one as such (`Z`, `UTC`, `GMT`, `+01:00`, `GMT+1`); a
 * zone name such as `ET` or `BST` is not an offset and is left out.
 *
 * Numeric dates `a/b/YYYY` are read day first (24/01/2017) unless the first
 * number cannot be a month's day order, i.e. when the second number is over 12
 * (01/24/2017 is 24 January). When both are 12 or less the default is day
 * first, as in most of the English-speaking world outside the United States.
 *
 * A line is "mainly a date" when, besides the date, time and an optional label
 * ("Published:", "Updated", "Posted on"), it has at most a short byline
 * ("by admin"), a short part set off by `|`, `·`, `•` or a dash, or a
 * labelled update after the date ("Updated April 29"). A sentence
 * that happens to contain a date is not a publication line.
 */
import { isValidDate } from '../events';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES, capitalise } from '../lexicon';

type PublishedLine = {
  /** ISO 8601 to the precision printed: `2017-01-24T22:40`. */
  published: string;
  /** What the line says besides the date ("by admin"), trimmed; '' when nothing. */
  rest: string;
};

/** Longer lines are prose, not a date line. */
const MAX_LINE = 200;
/** Words allowed besides the date: a byline or a section name. */
const MAX_REST_WORDS = 8;

/** A month, written out or abbreviated (the patterns ignore case). */
const MONTH = `(${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS].map(capitalise).join('|')})\\.?`;
/** A weekday, Monday first, written out or abbreviated. */
const WEEKDAY = `(?:${[...WEEKDAY_NAMES.slice(1), WEEKDAY_NAMES[0], ...WEEKDAY_ABBREVIATIONS].map(capitalise).join('|')})\\.?`;
const ORDINAL = '(?:st|nd|rd|th)?';

const LABEL =
  /^(?:(?:last\s+)?(?:updated|published|posted|modified|first\s+published|dated?|created)(?:\s+on)?\s*:?\s*)/i;

/** A zone after a time: an offset (`Z`, `+01:00`, `UTC`, `GMT+1`) or a name (`ET`, `EST`, `BST`). */
const ZONE = '(Z|(?:UTC|GMT)(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2}|[A-Z]{1,4}T)';
const TIME = `(\\d{1,2})(?:[:.](\\d{2})(?::(\\d{2}))?)?\\s*([aApP]\\.?\\s?[mM]\\.?)?(?:\\s*${ZONE}\\b)?`;

type DateMatch = { start: number; end: number; year: number; month: number; day: number; time: TimeParts | null };
type TimeParts = { hour: number; minute: number; second: string | null; offset: string | null };

function monthNumber(name: string): number {
  return MONTH_NAMES.findIndex((month) => month.slice(0, 3) === name.slice(0, 3).toLowerCase()) + 1;
}

/** `UTC`, `GMT+1`, `+0100` -> `Z`, `+01:00`, `+01:00`; null for a zone name or none. */
function offsetOf(zone: string | undefined): string | null {
  if (!zone) return null;
  if (zone === 'Z') return 'Z';
  const numeric = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (numeric) {
    const [, sign = '+', hours = '0', minutes = '00'] = numeric;
    if (Number(hours) > 14 || Number(minutes) > 59) return null;
    return Number(hours) === 0 && Number(minutes) === 0 ? 'Z' : `${sign}${hours.padStart(2, '0')}:${minutes}`;
  }
  return zone === 'UTC' || zone === 'GMT' ? 'Z' : null;
}

/** Reads a TIME match; null when the numbers are not a time of day. */
function timeOf(match: RegExpExecArray, first: number): TimeParts | null {
  const hourText = match[first];
  const minuteText = match[first + 1];
  const second = match[first + 2] ?? null;
  const meridiem = match[first + 3]?.toLowerCase().replace(/[.\s]/g, '');
  const zone = match[first + 4];
  if (hourText === undefined) return null;
  // A bare number is a time only with am/pm: "10 pm", not "10".
  if (minuteText === undefined && !meridiem) return null;
  let hour = Number(hourText);
  const minute = Number(minuteText ?? '0');
  if (minute > 59 || (second !== null && Number(second) > 59)) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === 'am' && hour === 12) hour = 0;
    if (meridiem === 'pm' && hour !== 12) hour += 12;
  } else if (hour > 23) {
    return null;
  }
  return { hour, minute, second, offset: offsetOf(zone) };
}

/** An ISO date (`2017-01-24`, `2017-01-24T15:04:05Z`), with its time when the time is a valid one. */
function isoDate(iso: RegExpExecArray): DateMatch {
  const [whole, y = '', m = '', d = '', hh, mm, ss, fraction, zone] = iso;
  const time =
    hh !== undefined && mm !== undefined && Number(hh) < 24 && Number(mm) < 60 && Number(ss ?? '0') < 60
      ? {
          hour: Number(hh),
          minute: Number(mm),
          second: ss === undefined ? null : `${ss}${fraction ?? ''}`,
          offset: offsetOf(zone),
        }
      : null;
  return { start: iso.index, end: iso.index + whole.length, year: +y, month: +m, day: +d, time };
}

const ISO_DATE = new RegExp(
  `(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])`,
);
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d])/;
const MONTH_FIRST_DATE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST_DATE = new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');

/** A date without a time where `match` stands in the line. */
function dateAt(match: RegExpExecArray, year: string, month: number, day: string): DateMatch {
  return { start: match.index, end: match.index + match[0].length, year: +year, month, day: +day, time: null };
}

/** The first date in the line, with a time written right after it. */
function findDate(line: string): DateMatch | null {
  const iso = ISO_DATE.exec(line);
  const numeric = NUMERIC_DATE.exec(line);
  const monthFirst = MONTH_FIRST_DATE.exec(line);
  const dayFirst = DAY_FIRST_DATE.exec(line);

  const found: DateMatch[] = [];
  if (iso) found.push(isoDate(iso));
  if (numeric) {
    const [, a = '', separator, b = '', y = ''] = numeric;
    // Day first unless the second number can only be a day (01/24/2017); dotted dates are always day first.
    const monthFirstOrder = separator === '/' && Number(b) > 12 && Number(a) <= 12;
    found.push(dateAt(numeric, y, monthFirstOrder ? +a : +b, monthFirstOrder ? b : a));
  }
  if (monthFirst) {
    const [, name = '', d = '', y = ''] = monthFirst;
    found.push(dateAt(monthFirst, y, monthNumber(name), d));
  }
  if (dayFirst) {
    const [, d = '', name = '', y = ''] = dayFirst;
    found.push(dateAt(dayFirst, y, monthNumber(name), d));
  }
  const first = found.sort((x, y) => x.start - y.start)[0];
  if (!first || !isValidDate(first.year, first.month, first.day)) return null;
  return first;
}

const SEPARATOR = /[|·•—–-]/;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** Trims spaces, commas and separators from both ends. */
function clean(text: string): string {
  return text.replace(/^[\s,|·•—–-]+|[\s,|·•—–-]+$/g, '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Reads a line that is mainly a publication date; null when the line is something else. */
export function parsePublishedLine(line: string): PublishedLine | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > MAX_LINE) return null;
  const label = LABEL.exec(text)?.[0] ?? '';
  const body = text.slice(label.length);
  const date = findDate(body);
  if (!date) return null;

  let start = date.start;
  let end = date.end;
  let time = date.time;

  // A time written after the date: "January 24, 2017 10:40 p.m. ET", "… at 10:40".
  if (!time) {
    const after = new RegExp(`^(?:\\s*(?:,|[Aa]t|@|-|–|—|\\|)?\\s*)${TIME}(?![\\w:])`).exec(body.slice(end));
    const parts = after ? timeOf(after, 1) : null;
    if (after && parts) {
      time = parts;
      end += after[0].length;
    }
  }
  const before = body.slice(0, start);
  // A time written before the date: "Updated 3:45 PM EST, January 24, 2017".
  if (!time) {
    const earlier = new RegExp(`(?:^|\\s)${TIME}\\s*(?:,|[Oo]n|-|–|—|\\|)?\\s*$`).exec(before);
    const parts = earlier ? timeOf(earlier, 1) : null;
    if (earlier && parts) {
      time = parts;
      start = earlier.index + (earlier[0].startsWith(' ') ? 1 : 0);
    }
  }
  // A weekday just before the date: "Tuesday, 24 January 2017".
  const weekday = new RegExp(`(?:^|\\s)${WEEKDAY},?\\s*$`, 'i').exec(body.slice(0, start));
  if (weekday) start = weekday.index + (weekday[0].startsWith(' ') ? 1 : 0);

  const head = body.slice(0, start);
  const tail = body.slice(end);
  if (!isSideText(head, 'before') || !isSideText(tail, 'after')) return null;

  let published = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  if (time) {
    published += `T${pad(time.hour)}:${pad(time.minute)}`;
    if (time.second !== null) published += `:${time.second}`;
    if (time.offset) published += time.offset;
  }
  const rest = [clean(head), clean(tail)].filter(Boolean).join(' ');
  return { published, rest };
}

/** True when the text beside the date is nothing, a short byline, or a short part set off by a separator. */
function isSideText(side: string, where: 'before' | 'after'): boolean {
  const trimmed = side.trim();
  if (trimmed === '') return true;
  if (wordCount(trimmed) > MAX_REST_WORDS) return false;
  if (/^\(.*\)$/.test(trimmed)) return true;
  const byline = /^by\s/i.test(trimmed);
  // After the date, an update's own date: "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm".
  if (where === 'after')
    return byline || SEPARATOR.test(trimmed.charAt(0)) || /^,\s*by\s/i.test(trimmed) || LABEL.test(trimmed);
  const lastChar = trimmed.charAt(trimmed.length - 1);
  return SEPARATOR.test(lastChar) || (byline && lastChar === ',');
}
