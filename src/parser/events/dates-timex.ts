/**
 * TIMEX3 values (TimeML) of resolved time expressions, at the text's own
 * granularity: a year stays `2010`, a month `2013-03`, a week `2013-W12`,
 * a quarter `1989-Q3`, a season `1998-FA`, a day `2013-03-22`; durations are
 * `P2Y`, `PT5H`, `PXY` ("years"); the present is `PRESENT_REF`.
 */
import type { EventDate, Timex } from '@/article';
import {
  addDays,
  calendarDateFromIso,
  daysInMonth,
  mondayOf,
  toIsoDate,
  weekdayOf,
  type CalendarDate,
} from './dates-calendar';
import type { Found } from './dates-expressions';
import type { MoreFound, Season } from './dates-more';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 week: `2013-W12`. */
export function isoWeek(date: CalendarDate): string {
  const monday = mondayOf(date);
  const thursday = addDays(monday, 3);
  const firstThursday = (() => {
    const jan4 = { year: thursday.year, month: 1, day: 4 };
    return addDays(mondayOf(jan4), 3);
  })();
  const days = Math.round(
    (Date.UTC(thursday.year, thursday.month - 1, thursday.day) -
      Date.UTC(firstThursday.year, firstThursday.month - 1, firstThursday.day)) /
      86_400_000,
  );
  return `${thursday.year}-W${pad(Math.floor(days / 7) + 1)}`;
}

const monthValue = (date: CalendarDate) => `${date.year}-${pad(date.month)}`;

export function quarterRange(year: number, quarter: number): EventDate {
  const first = (quarter - 1) * 3 + 1;
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(first + 2)}-${pad(daysInMonth(year, first + 2))}` };
}

const SEASON_MONTHS: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function seasonRange(year: number, season: Season): EventDate {
  const first = SEASON_MONTHS[season];
  const start = { year, month: first, day: 1 };
  const endMonth = first + 2 > 12 ? { year: year + 1, month: first + 2 - 12 } : { year, month: first + 2 };
  return {
    start: toIsoDate(start),
    end: `${endMonth.year}-${pad(endMonth.month)}-${pad(daysInMonth(endMonth.year, endMonth.month))}`,
  };
}

/** The value of a date the older finders resolved, at the granularity the words name. */
export function timexOfFound(found: Found | { kind: 'explicit' }, date: EventDate): Timex {
  if (typeof date === 'object' && 'duration' in date) return { type: 'DURATION', value: date.duration };
  const first = calendarDateFromIso(typeof date === 'string' ? date : date.start);
  if (!first) return { type: 'DATE', value: typeof date === 'string' ? date : date.start };
  switch (found.kind) {
    case 'year':
      return { type: 'DATE', value: String(first.year) };
    case 'month':
      return { type: 'DATE', value: monthValue(first) };
    case 'offset':
      if (found.unit === 'year') return { type: 'DATE', value: String(first.year) };
      if (found.unit === 'month') return { type: 'DATE', value: monthValue(first) };
      if (found.unit === 'week') return { type: 'DATE', value: isoWeek(first) };
      return { type: 'DATE', value: toIsoDate(first) };
    case 'period': {
      if (found.part === 'rolling') {
        return {
          type: 'DURATION',
          value: found.unit === 'weekend' ? 'P2D' : `P1${found.unit.charAt(0).toUpperCase()}`,
        };
      }
      if (found.unit === 'year') return { type: 'DATE', value: String(first.year) };
      if (found.unit === 'month') return { type: 'DATE', value: monthValue(first) };
      if (found.unit === 'weekend') return { type: 'DATE', value: `${isoWeek(first)}-WE` };
      return { type: 'DATE', value: isoWeek(first) };
    }
    default:
      return { type: 'DATE', value: toIsoDate(first) };
  }
}

type Resolved = { date: EventDate | null; timex: Timex } | null;
type MoreOf<K extends MoreFound['kind']> = Extract<MoreFound, { kind: K }>;

/** `the quarter`, `the third quarter`, `Q3 2015`: a quarter, the last one reported when none is named. */
function resolveQuarter(found: MoreOf<'quarter'>, pub: CalendarDate | null, future: boolean): Resolved {
  let year = found.year;
  let quarter = found.quarter;
  if (quarter === null) {
    if (!pub) return null;
    // "the quarter", "the latest quarter": the last one reported, the one before publication's.
    const current = Math.ceil(pub.month / 3) + (found.shift ?? -1);
    // "the 1988 quarter": that quarter of the year the text names.
    year = found.year ?? pub.year + Math.floor((current - 1) / 4);
    quarter = ((((current - 1) % 4) + 4) % 4) + 1;
  } else if (year === null) {
    if (!pub) return null;
    year = pub.year;
    // A quarter that has not begun is last year's, unless the sentence looks ahead.
    if ((quarter - 1) * 3 + 1 > pub.month && !future) year -= 1;
  }
  year += found.years;
  return { date: quarterRange(year, quarter), timex: { type: 'DATE', value: `${year}-Q${quarter}` } };
}

/** `this year`, `this week`: the period publication falls in. */
function resolveThisPeriod(found: MoreOf<'this-period'>, pub: CalendarDate | null): Resolved {
  if (!pub) return null;
  if (found.unit === 'year') {
    return {
      date: { start: `${pub.year}-01-01`, end: `${pub.year}-12-31` },
      timex: { type: 'DATE', value: String(pub.year) },
    };
  }
  const monday = mondayOf(pub);
  return {
    date: { start: toIsoDate(monday), end: toIsoDate(addDays(monday, 6)) },
    timex: { type: 'DATE', value: isoWeek(monday) },
  };
}

/** `the weekend`: Saturday and Sunday of publication's week; in a past sentence before a Saturday, the week before. */
function resolveWeekend(pub: CalendarDate | null, future: boolean): Resolved {
  if (!pub) return null;
  const monday = mondayOf(pub);
  const onWeekend = weekdayOf(pub) === 6 || weekdayOf(pub) === 0;
  const saturday = addDays(monday, future || onWeekend ? 5 : -2);
  return {
    date: { start: toIsoDate(saturday), end: toIsoDate(addDays(saturday, 1)) },
    timex: { type: 'DATE', value: `${isoWeek(saturday)}-WE` },
  };
}

/** `last summer`, `this spring`, `the summer of 2011`: a season on the side of publication the tense says. */
function resolveSeason(found: MoreOf<'season'>, pub: CalendarDate | null, future: boolean): Resolved {
  let year = found.year;
  if (year === null) {
    if (!pub) return null;
    const first = SEASON_MONTHS[found.season];
    const last = first + 2;
    if (found.shift === -1) year = last < pub.month ? pub.year : pub.year - 1;
    else if (found.shift === 1) year = first > pub.month ? pub.year : pub.year + 1;
    else if (found.shift === 0) year = pub.year;
    else year = future ? (first > pub.month ? pub.year : pub.year + 1) : last < pub.month ? pub.year : pub.year - 1;
  }
  return { date: seasonRange(year, found.season), timex: { type: 'DATE', value: `${year}-${found.season}` } };
}

/** The date and value of what `dates-more` found; null when it needs a publication date that is missing. */
export function resolveMore(found: MoreFound, pub: CalendarDate | null, future: boolean): Resolved {
  switch (found.kind) {
    case 'reference':
      return {
        date: found.value === 'PRESENT_REF' && pub ? toIsoDate(pub) : null,
        timex: { type: 'DATE', value: found.value },
      };
    case 'bare-year':
      return {
        date: { start: `${found.year}-01-01`, end: `${found.year}-12-31` },
        timex: { type: 'DATE', value: String(found.year) },
      };
    case 'decade':
      return {
        date: { start: `${found.decade}0-01-01`, end: `${found.decade}9-12-31` },
        timex: { type: 'DATE', value: String(found.decade) },
      };
    case 'span': {
      const calendar = /^P\d+[YMWD]$/.test(found.value);
      return {
        date: calendar ? { duration: found.value, qualifier: found.qualifier } : null,
        timex: { type: 'DURATION', value: found.value },
      };
    }
    case 'quarter':
      return resolveQuarter(found, pub, future);
    case 'this-period':
      return resolveThisPeriod(found, pub);
    case 'weekend':
      return resolveWeekend(pub, future);
    case 'season':
      return resolveSeason(found, pub, future);
  }
}
