/**
 * An event's time in words, at the granularity the text gave it: "2010",
 * "March 2013", "Friday 22 March 2013", "the third quarter of 1989",
 * "about 1 week". Read from the TIMEX3 value when the event has one, else from
 * its calendar date (articles parsed before values were added). Pure.
 */
import type { ArticleEvent } from '@/article';
import { granularityOf } from './granularity';
import { formatDate, formatDateRange, formatDuration, MONTHS, weekday } from '@/shared/dates';

const QUARTERS = ['first', 'second', 'third', 'fourth'];
const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };
const UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'],
  Q: ['quarter', 'quarters'],
  M: ['month', 'months'],
  W: ['week', 'weeks'],
  D: ['day', 'days'],
  H: ['hour', 'hours'],
  TM: ['minute', 'minutes'],
};

/** `PT5H` -> `5 hours`, `P1Y6M` -> `1 year, 6 months`. */
export function durationWords(value: string): string {
  const [date = '', time = ''] = value.slice(1).split('T');
  const pieces = [
    ...[...date.matchAll(/(\d+)([YQMWD])/g)].map(([, n = '0', unit = 'D']) => [n, unit] as const),
    ...[...time.matchAll(/(\d+)([HMS])/g)].map(([, n = '0', unit = 'H']) => [n, unit === 'M' ? 'TM' : unit] as const),
  ];
  return pieces
    .map(([n, unit]) => {
      const [one, many] = UNITS[unit] ?? ['second', 'seconds'];
      return `${n} ${Number(n) === 1 ? one : many}`;
    })
    .join(', ');
}

/** The words for the event's time, and the machine-readable value for `<time dateTime>`. */
export function dateLabel(event: ArticleEvent): { words: string; machine: string } {
  const { date, timex } = event;
  const start = date === null ? null : typeof date === 'string' ? date : 'start' in date ? date.start : null;
  const end = date !== null && typeof date === 'object' && 'end' in date ? date.end : start;
  if (timex) {
    const value = timex.value;
    const year = value.slice(0, 4);
    switch (granularityOf(value)) {
      case 'day':
        return { words: `${weekday(value)} ${formatDate(value)}`, machine: value };
      case 'month':
        return { words: `${MONTHS[Number(value.slice(5, 7)) - 1] ?? ''} ${year}`, machine: value };
      case 'year':
        return { words: year, machine: year };
      case 'decade':
        return { words: `the ${value}0s`, machine: `${value}0/${value}9` };
      case 'quarter':
        return {
          words: `the ${QUARTERS[Number(value.slice(6)) - 1] ?? ''} quarter of ${year}`,
          machine: `${start}/${end}`,
        };
      case 'season':
        return { words: `${SEASONS[value.slice(5)] ?? ''} ${year}`, machine: `${start}/${end}` };
      case 'week':
        return { words: start ? `the week of ${formatDate(start)}` : value, machine: value };
      case 'weekend':
        return {
          words: start && end ? `the weekend of ${formatDateRange(start, end)}` : value,
          machine: `${start}/${end}`,
        };
      case 'duration': {
        const qualifier = date !== null && typeof date === 'object' && 'qualifier' in date ? date.qualifier : 'exactly';
        const amount = durationWords(value);
        return { words: qualifier === 'exactly' ? amount : `${qualifier} ${amount}`, machine: value };
      }
      default:
        break;
    }
  }
  if (date === null) return { words: event.expression, machine: timex?.value ?? '' };
  if (typeof date === 'string') return { words: `${weekday(date)} ${formatDate(date)}`, machine: date };
  if ('start' in date) return { words: formatDateRange(date.start, date.end), machine: `${date.start}/${date.end}` };
  return { words: formatDuration(date.duration, date.qualifier), machine: date.duration };
}
