// @vitest-environment node
/** Calendar arithmetic by day numbers agrees with the Date object's UTC calendar. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  daysInMonth,
  mondayOf,
  weekdayOf,
  type CalendarDate,
} from '@/parser/events/dates-calendar';

/** The same computations through Date (UTC), as the reference. */
const DAY_MS = 86_400_000;
function referenceDayNumber({ year, month, day }: CalendarDate): number {
  const stamp = new Date(0);
  stamp.setUTCFullYear(year, month - 1, day);
  return Math.round(stamp.getTime() / DAY_MS);
}
function referenceDate(days: number): CalendarDate {
  const stamp = new Date(days * DAY_MS);
  return { year: stamp.getUTCFullYear(), month: stamp.getUTCMonth() + 1, day: stamp.getUTCDate() };
}

describe('calendar arithmetic', () => {
  it('adds days like Date does, across leap days, centuries and years before 100', () => {
    const starts: CalendarDate[] = [
      { year: 2017, month: 1, day: 24 },
      { year: 2020, month: 2, day: 28 },
      { year: 1900, month: 2, day: 28 },
      { year: 2000, month: 2, day: 28 },
      { year: 1, month: 1, day: 1 },
      { year: 99, month: 12, day: 31 },
      { year: 9999, month: 12, day: 1 },
    ];
    for (const start of starts) {
      for (const delta of [-800, -366, -365, -31, -1, 0, 1, 2, 29, 30, 365, 366, 1461, 36_524]) {
        expect(addDays(start, delta)).toEqual(referenceDate(referenceDayNumber(start) + delta));
      }
    }
  });

  it('counts every day from 1600 to 2400 in order, with the weekday Date gives', () => {
    let previous: CalendarDate = { year: 1599, month: 12, day: 31 };
    for (
      let n = referenceDayNumber({ year: 1600, month: 1, day: 1 });
      n <= referenceDayNumber({ year: 2400, month: 12, day: 31 });
      n++
    ) {
      const date = addDays(previous, 1);
      const expected = referenceDate(n);
      if (date.year !== expected.year || date.month !== expected.month || date.day !== expected.day)
        expect(date).toEqual(expected);
      if (weekdayOf(date) !== new Date(n * DAY_MS).getUTCDay())
        expect([date, weekdayOf(date)]).toEqual([date, new Date(n * DAY_MS).getUTCDay()]);
      previous = date;
    }
  });

  it('compares, measures and finds Mondays', () => {
    expect(daysBetween({ year: 2016, month: 2, day: 28 }, { year: 2016, month: 3, day: 1 })).toBe(2);
    expect(compareDates({ year: 2017, month: 1, day: 24 }, { year: 2017, month: 1, day: 23 })).toBe(1);
    expect(mondayOf({ year: 2017, month: 1, day: 29 })).toEqual({ year: 2017, month: 1, day: 23 });
    expect(addMonths({ year: 2016, month: 1, day: 31 }, 1)).toEqual({ year: 2016, month: 2, day: 29 });
  });

  it('knows the length of every month like Date does', () => {
    for (const year of [1, 4, 99, 100, 1900, 1996, 2000, 2017, 2100, 9999]) {
      for (let month = 1; month <= 12; month++)
        expect(daysInMonth(year, month)).toBe(
          year >= 100
            ? new Date(Date.UTC(year, month, 0)).getUTCDate()
            : [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1],
        );
    }
  });
});
