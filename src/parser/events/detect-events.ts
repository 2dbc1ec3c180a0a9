/**
 * Events: time expressions in the body, resolved to calendar dates against the
 * publication date.
 *
 * - Explicit dates ("January 20", "Jan. 20, 2017", "20 January") come from
 *   chrono-node's strict parser; a missing year is inferred by tense.
 * - Weekdays, "yesterday", "last week", "in March", "in 2016", "two years ago"
 *   and durations ("more than two years") come from `dates-expressions`.
 * - The tense of the clause around the expression decides which Monday or
 *   which March is meant: a past sentence takes the most recent one on or
 *   before publication, a future one the next one after it. A present-tense
 *   paragraph reads as a schedule ("the team plays on Sunday": that day or
 *   the next), a present-tense heading or caption as past news ("Trump signs
 *   order Monday").
 *
 * `published` is a wall-clock date-time as printed; only its date part is
 * used, and no date ever passes through the machine's time zone. Without a
 * publication date, only dates that carry a year and durations are kept.
 *
 * Linear in the text (one pass per pattern, sentences capped in length) and
 * never throws.
 */
// English only: the package's main entry loads its sixteen locales (about 90 ms of CPU per process).
import * as chrono from 'chrono-node/en';
import type { ArticleEvent, Block, EventDate, Tense, Timex } from '@/article';
import {
  addDays,
  addMonths,
  calendarDateFromIso,
  compareDates,
  daysBetween,
  isValidDate,
  mondayOf,
  monthRange,
  toIsoDate,
  weekdayOf,
  type CalendarDate,
} from './dates-calendar';
import {
  DEADLINE_BEFORE,
  EXPLICIT_DATE_HINT,
  findCandidates,
  type Candidate,
  type Found,
  type Unit,
} from './dates-expressions';
import { findMoreCandidates, type MoreFound } from './dates-more';
import { anchoredValue, anchorOf, findAnchoredCandidates, type Anchor, type AnchoredFound } from './dates-anchored';
import { rangeAt, sentenceRanges } from './dates-sentences';
import { resolveMore, timexOfFound } from './dates-timex';
import { analyseSentence, tenseAt, type SentenceTenses } from './dates-tense';
import type { Sentence } from '../types';

/** Block kinds whose text can date an event. */
// eslint-disable-next-line no-restricted-syntax -- block kinds from the article schema, not words of the text
const DATED_KINDS = new Set<Block['kind']>(['paragraph', 'heading', 'caption']);

/** An explicit date chrono found; `year` is null when the text gives none. */
type ExplicitDate = {
  month: number;
  day: number;
  year: number | null;
  end: { month: number; day: number; year: number | null } | null;
  /** After `until` or `by`: a deadline, the occurrence nearest publication. */
  deadline: boolean;
};

type FoundAt = {
  start: number;
  end: number;
  found: Found | MoreFound | AnchoredFound | { kind: 'explicit'; date: ExplicitDate };
};

type OlderFound = Found | { kind: 'explicit'; date: ExplicitDate };

/** The kinds `dates-more` finds. */
const MORE_KINDS: Record<MoreFound['kind'], true> = {
  reference: true,
  'bare-year': true,
  decade: true,
  quarter: true,
  season: true,
  span: true,
  weekend: true,
  'this-period': true,
};

function isMore(found: FoundAt['found']): found is MoreFound {
  return Object.hasOwn(MORE_KINDS, found.kind);
}

/**
 * Words that open an expression's phrase but are not part of it in TimeML's
 * extent (they are its signal): `on` Monday, `in` 2016, `for` two years.
 */
const LEADING_SIGNAL =
  /^(?:in|on|at|since|until|till|by|during|from|through|throughout|before|after|of|for|within|over(?=\s+the\b))\s+/i;

function shift(date: CalendarDate, amount: number, unit: Unit): CalendarDate {
  if (unit === 'day') return addDays(date, amount);
  if (unit === 'week') return addDays(date, amount * 7);
  if (unit === 'month') return addMonths(date, amount);
  return addMonths(date, amount * 12);
}

function range(start: CalendarDate, end: CalendarDate): EventDate {
  return { start: toIsoDate(start), end: toIsoDate(end) };
}

/** The weekday meant by a tense or direction; see the module comment. */
function resolveWeekday(pub: CalendarDate, weekday: number, mode: 'before' | 'after' | Tense): CalendarDate {
  const back = (weekdayOf(pub) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(pub) + 7) % 7;
  if (mode === 'before') return addDays(pub, -(back === 0 ? 7 : back));
  if (mode === 'after') return addDays(pub, forward === 0 ? 7 : forward);
  if (mode === 'past') return addDays(pub, -back);
  if (mode === 'future') return addDays(pub, forward === 0 ? 7 : forward);
  // Present tense in the body is a schedule ("the team plays on Sunday"): that day or the next one.
  return addDays(pub, forward);
}

/** The year of a month (1–12) named without one. */
function yearOfMonth(pub: CalendarDate, month: number, mode: 'before' | 'after' | 'nearest' | Tense): number {
  // A deadline: the one within six months either side of publication's month.
  if (mode === 'nearest')
    return month - pub.month > 6 ? pub.year - 1 : month - pub.month < -6 ? pub.year + 1 : pub.year;
  if (mode === 'before') return month < pub.month ? pub.year : pub.year - 1;
  if (mode === 'after') return month > pub.month ? pub.year : pub.year + 1;
  if (mode === 'past') return month <= pub.month ? pub.year : pub.year - 1;
  // Future, or present as a schedule ("the season starts in March"): this month or a later one.
  return month >= pub.month ? pub.year : pub.year + 1;
}

/** The year of a month and day named without one; null when no year makes it a real date. */
function yearOfDay(pub: CalendarDate, month: number, day: number, tense: Tense, deadline = false): number | null {
  const candidates = [pub.year - 1, pub.year, pub.year + 1].filter((year) => isValidDate(year, month, day));
  const dated = candidates.map((year) => ({ year, offset: daysBetween(pub, { year, month, day }) }));
  if (deadline && dated.length > 0) {
    return dated.reduce((best, c) => (Math.abs(c.offset) < Math.abs(best.offset) ? c : best)).year;
  }
  // Past: on or before publication. Future, or present as a schedule: on or after it.
  const pick = tense === 'past' ? dated.filter((c) => c.offset <= 0).at(-1) : dated.find((c) => c.offset >= 0);
  // A day within weeks of publication is that one, whatever the verb's tense, rather than one most of a
  // year away ("extended the offer to Nov. 20" in an article of 2 November; "met on Dec. 28" in one of 3 January).
  const nearest = dated.reduce<(typeof dated)[number] | undefined>(
    (best, c) => (best === undefined || Math.abs(c.offset) < Math.abs(best.offset) ? c : best),
    undefined,
  );
  if (nearest && pick && Math.abs(nearest.offset) <= 45 && Math.abs(pick.offset) > 120) return nearest.year;
  return pick?.year ?? null;
}

function resolveExplicit(date: ExplicitDate, pub: CalendarDate | null, tense: Tense): EventDate | null {
  const year = date.year ?? (pub ? yearOfDay(pub, date.month, date.day, tense, date.deadline) : null);
  if (year === null || !isValidDate(year, date.month, date.day)) return null;
  const start = { year, month: date.month, day: date.day };
  if (!date.end) return toIsoDate(start);
  let end = { year: date.end.year ?? year, month: date.end.month, day: date.end.day };
  if (!isValidDate(end.year, end.month, end.day)) return toIsoDate(start);
  if (date.end.year === null && compareDates(end, start) < 0) end = { ...end, year: end.year + 1 };
  if (!isValidDate(end.year, end.month, end.day) || compareDates(end, start) < 0) return toIsoDate(start);
  return compareDates(end, start) === 0 ? toIsoDate(start) : range(start, end);
}

/** Resolves one expression; null when it needs a publication date that is missing. */
function resolve(found: OlderFound, pub: CalendarDate | null, tense: Tense): EventDate | null {
  switch (found.kind) {
    case 'explicit':
      return resolveExplicit(found.date, pub, tense);
    case 'duration':
      return { duration: found.duration, qualifier: found.qualifier };
    case 'year':
      return range({ year: found.year, month: 1, day: 1 }, { year: found.year, month: 12, day: 31 });
    case 'month': {
      if (found.year !== null) {
        const { start, end } = monthRange(found.year, found.month);
        return range(start, end);
      }
      if (!pub) return null;
      if (found.yearShift !== undefined) {
        const { start, end } = monthRange(pub.year + found.yearShift, found.month);
        return range(start, end);
      }
      const mode = found.direction === 'tense' ? tense : found.direction;
      const { start, end } = monthRange(yearOfMonth(pub, found.month, mode), found.month);
      return range(start, end);
    }
    default:
      break;
  }
  if (!pub) return null;
  switch (found.kind) {
    case 'day':
      return toIsoDate(addDays(pub, found.offset));
    case 'weekday':
      return toIsoDate(
        resolveWeekday(
          pub,
          found.weekday,
          found.direction === 'tense' || found.direction === 'nearest' ? tense : found.direction,
        ),
      );
    case 'offset':
      if (found.anchor === 'ago') return toIsoDate(shift(pub, -found.amount, found.unit));
      if (found.anchor === 'from now' || tense === 'future') return toIsoDate(shift(pub, found.amount, found.unit));
      return { duration: found.duration, qualifier: 'exactly' };
    case 'period':
      return resolvePeriod(found, pub);
  }
}

function resolvePeriod(found: Extract<Found, { kind: 'period' }>, pub: CalendarDate): EventDate {
  const { unit, shift: by, part } = found;
  if (part === 'rolling') {
    const length = unit === 'weekend' ? 'week' : unit;
    return by < 0 ? range(shift(pub, -1, length), pub) : range(pub, shift(pub, 1, length));
  }
  let start: CalendarDate;
  let end: CalendarDate;
  if (unit === 'week' || unit === 'weekend') {
    const monday = addDays(mondayOf(pub), 7 * by);
    start = unit === 'week' ? monday : addDays(monday, 5);
    end = addDays(monday, 6);
  } else if (unit === 'month') {
    const month = addMonths({ year: pub.year, month: pub.month, day: 1 }, by);
    ({ start, end } = monthRange(month.year, month.month));
  } else {
    start = { year: pub.year + by, month: 1, day: 1 };
    end = { year: pub.year + by, month: 12, day: 31 };
  }
  if (part === 'earlier' && compareDates(pub, start) >= 0) end = pub;
  if (part === 'later' && compareDates(pub, end) <= 0) start = pub;
  return range(start, end);
}

/** The calendar date or range of a TIMEX3 value `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function dateOfValue(value: string): EventDate {
  const [year, month] = value.split('-').map(Number);
  if (value.length === 4) return range({ year: year ?? 0, month: 1, day: 1 }, { year: year ?? 0, month: 12, day: 31 });
  if (value.length === 7) {
    const { start, end } = monthRange(year ?? 0, month ?? 1);
    return range(start, end);
  }
  return value;
}

/** Past when the date lies wholly before publication, future when wholly after; else the verbs' tense. */
function eventTense(date: EventDate | null, pub: CalendarDate | null, verbs: Tense): Tense {
  if (!pub || date === null || (typeof date === 'object' && 'duration' in date)) return verbs;
  const first = calendarDateFromIso(typeof date === 'string' ? date : date.start);
  const last = calendarDateFromIso(typeof date === 'string' ? date : date.end);
  if (!first || !last) return verbs;
  if (compareDates(last, pub) < 0) return 'past';
  if (compareDates(first, pub) > 0) return 'future';
  return verbs;
}

/** The tense a relative expression carries by itself ("yesterday", "next week"), if any. */
function ownTense(found: FoundAt['found']): Tense | null {
  if (found.kind === 'day') return found.offset < 0 ? 'past' : found.offset > 0 ? 'future' : null;
  if (found.kind === 'offset') return found.anchor === 'ago' ? 'past' : found.anchor === 'from now' ? 'future' : null;
  return null;
}

/** chrono's strict parser on one sentence: explicit dates with a month and a day. */
function explicitDates(text: string, sentence: Sentence, reference: Date): FoundAt[] {
  const slice = text.slice(sentence.start, sentence.end);
  if (!EXPLICIT_DATE_HINT.test(slice)) return [];
  let results: chrono.ParsedResult[];
  try {
    results = chrono.strict.parse(slice, reference);
  } catch {
    return [];
  }
  const located: FoundAt[] = [];
  for (const result of results) {
    const { start, end } = result;
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    // "9/11", "24/7", "3/4": numbers with a slash and no year are names, hours and fractions.
    if (!start.isCertain('year') && /^\d{1,2}\s*[/.-]\s*\d{1,2}$/.test(result.text.trim())) continue;
    // "5/8", "12 3/4", "4 5/8 to 112 5/8": without a month's name or a year, numbers with a slash are fractions.
    if (
      !start.isCertain('year') &&
      result.text.includes('/') &&
      !/[A-Za-z]{3}/.test(result.text.replace(/\bto\b/g, ''))
    )
      continue;
    // "the day before": relative to a day the text names, not to publication; chrono reads it from publication.
    if (!/\d/.test(result.text)) continue;
    const month = start.get('month');
    const day = start.get('day');
    if (month === null || day === null) continue;
    const year = start.isCertain('year') ? start.get('year') : null;
    let until: ExplicitDate['end'] = null;
    if (end && end.isCertain('day')) {
      const endMonth = end.isCertain('month') ? end.get('month') : month;
      const endDay = end.get('day');
      if (endMonth !== null && endDay !== null) {
        until = { month: endMonth, day: endDay, year: end.isCertain('year') ? end.get('year') : year };
      }
    }
    const at = sentence.start + result.index;
    located.push({
      start: at,
      end: at + result.text.length,
      found: {
        kind: 'explicit',
        date: { month, day, year, end: until, deadline: DEADLINE_BEFORE.test(text.slice(Math.max(0, at - 8), at)) },
      },
    });
  }
  return located;
}

/** Keeps the longest of overlapping expressions (then the earliest), in reading order. */
function withoutOverlaps(found: FoundAt[], length: number): FoundAt[] {
  if (found.length < 2) return [...found];
  const taken = new Uint8Array(length);
  const kept: FoundAt[] = [];
  const ordered = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const item of ordered) {
    let free = true;
    for (let i = item.start; i < item.end; i += 1) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, item.start, item.end);
    kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** What earlier blocks said that later ones lean on: the quarter and the date the article last named. */
type Story = { quarter: { year: number; quarter: number; block: number } | null; block: number; anchor: Anchor | null };

/** How many blocks a named quarter stays the period the text is about. */
const QUARTER_REACH = 3;

/**
 * `a year earlier`, `a year ago` compare with the period the text is about: when that is a
 * quarter named just before, they mean that quarter a year before (`profit rose in the third
 * quarter. A year earlier, it fell`).
 */
function yearEarlierQuarter(found: FoundAt['found'], story: Story): Timex | null {
  if (found.kind !== 'offset' || found.anchor !== 'ago' || found.unit !== 'year' || !story.quarter) return null;
  if (story.block - story.quarter.block > QUARTER_REACH) return null;
  const { year, quarter } = story.quarter;
  return { type: 'DATE', value: `${year - found.amount}-Q${quarter}` };
}

/** An expression's calendar date and TIMEX3, read by its kind; null when it cannot be placed. */
function resolveFound(
  found: FoundAt['found'],
  pub: CalendarDate | null,
  tense: Tense,
  story: Story,
): { date: EventDate | null; timex: Timex } | null {
  let date: EventDate | null;
  let timex: Timex;
  if (found.kind === 'anchored') {
    const value = anchoredValue(found, story.anchor);
    if (value === null) return null;
    date = dateOfValue(value);
    timex = { type: 'DATE', value };
  } else if (isMore(found)) {
    const resolved = resolveMore(found, pub, tense === 'future');
    if (resolved === null) return null;
    ({ date, timex } = resolved);
  } else {
    date = resolve(found, pub, tense);
    if (date === null) return null;
    timex = timexOfFound(found, date);
  }
  return { date, timex: yearEarlierQuarter(found, story) ?? timex };
}

/** What later expressions lean on: the quarter the text is about, and the last date it named. */
function remember(found: FoundAt['found'], timex: Timex, story: Story): void {
  // The period the text is about: a quarter it names, not one it compares with ("the year-earlier quarter").
  const quarter = found.kind === 'quarter' && found.years === 0 ? /^(\d{4})-Q(\d)$/.exec(timex.value) : null;
  if (quarter) story.quarter = { year: Number(quarter[1]), quarter: Number(quarter[2]), block: story.block };
  // `that year`, `the following month` are read against the last date named before them.
  story.anchor = anchorOf(timex.value) ?? story.anchor;
}

function eventsInBlock(
  block: Block,
  pub: CalendarDate | null,
  reference: Date,
  nextId: () => string,
  story: Story,
): ArticleEvent[] {
  const text = block.text;
  const found: FoundAt[] = findCandidates(text).map((candidate: Candidate): FoundAt => candidate);
  for (const candidate of findMoreCandidates(text)) found.push(candidate);
  for (const candidate of findAnchoredCandidates(text)) found.push(candidate);
  // Most blocks hold no time expression at all: no need to cut them into sentences.
  if (found.length === 0 && !EXPLICIT_DATE_HINT.test(text)) return [];
  const sentences = sentenceRanges(text);
  for (const sentence of sentences) found.push(...explicitDates(text, sentence, reference));
  const events: ArticleEvent[] = [];
  let analysedSentence: Sentence | null = null;
  let tenses: SentenceTenses = [];
  for (const item of withoutOverlaps(found, text.length)) {
    const sentence = rangeAt(sentences, item.start);
    if (analysedSentence !== sentence) {
      analysedSentence = sentence;
      tenses = analyseSentence(text, sentence.start, sentence.end);
    }
    const verbs = ownTense(item.found) ?? tenseAt(tenses, item.start, item.end);
    // Headlines and captions tell past news in the present ("Trump signs order Monday").
    const tense = verbs === 'present' && block.kind !== 'paragraph' ? 'past' : verbs;
    const resolved = resolveFound(item.found, pub, tense, story);
    if (resolved === null) continue;
    const { date, timex } = resolved;
    remember(item.found, timex, story);
    const sentenceText = text.slice(sentence.start, sentence.end).trim();
    const start = item.start + (LEADING_SIGNAL.exec(text.slice(item.start, item.end))?.[0].length ?? 0);
    if (start >= item.end) continue;
    const expression = text.slice(start, item.end);
    events.push({
      id: nextId(),
      text: sentenceText || expression,
      date,
      timex,
      expression,
      span: { blockId: block.id, start, end: item.end },
      blockId: block.id,
      // "now", "currently": the present, whatever the verbs around them.
      tense: timex.value === 'PRESENT_REF' ? 'present' : eventTense(date, pub, verbs),
    });
  }
  return events;
}

export function detectEvents(blocks: readonly Block[], published: string | null): ArticleEvent[] {
  const pub = published === null ? null : calendarDateFromIso(published);
  // Noon on the publication day, local to this machine: chrono only fills in what the text
  // leaves out, and only the day, month and year it found in the text are read back.
  const reference = pub ? new Date(pub.year, pub.month - 1, pub.day, 12) : new Date(2000, 0, 1, 12);
  let count = 0;
  const nextId = () => `e${(count += 1)}`;
  const events: ArticleEvent[] = [];
  const story: Story = { quarter: null, block: 0, anchor: null };
  for (const block of blocks) {
    story.block += 1;
    if (!DATED_KINDS.has(block.kind)) continue;
    try {
      for (const event of eventsInBlock(block, pub, reference, nextId, story)) events.push(event);
    } catch {
      // A block that defeats the date rules contributes no events; the article still parses.
    }
  }
  return events;
}
