/**
 * Calendar arithmetic on plain dates (year, month, day), with no time of day
 * and no time zone. The article's dates are wall-clock dates as printed, so
 * nothing here reads the machine's zone: `Date.UTC` is only a day counter.
 */

/** A calendar date; `month` is 1–12. */
export type CalendarDate = { year: number; month: number; day: number };

const DAY_MS = 86_400_000;

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads the date part of `2017-01-24`, `2017-01-24T22:40`, `2017-01-24T22:40:00Z`; null when invalid. */
export function calendarDateFromIso(iso: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

function dayNumber(date: CalendarDate): number {
  const stamp = new Date(0);
  stamp.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.round(stamp.getTime() / DAY_MS);
}

function fromDayNumber(days: number): CalendarDate {
  const stamp = new Date(days * DAY_MS);
  return { year: stamp.getUTCFullYear(), month: stamp.getUTCMonth() + 1, day: stamp.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Adds whole months, keeping the day where it exists (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** Negative when a is earlier, 0 when equal, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Monday of the Monday–Sunday week that holds `date`. */
export function mondayOf(date: CalendarDate): CalendarDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

export function monthRange(year: number, month: number): { start: CalendarDate; end: CalendarDate } {
  return { start: { year, month, day: 1 }, end: { year, month, day: daysInMonth(year, month) } };
}
