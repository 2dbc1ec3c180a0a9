/**
 * Dates in words, computed from the ISO text itself (no time zone, no locale
 * data), so the same document renders the same words on a server at build
 * time and in any browser.
 */

/** Month names, January first: `MONTHS[month - 1]`. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

type Parts = { year: number; month: number; day: number; time: string | null };

function parts(iso: string): Parts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!match) return null;
  const [, year = '', month = '', day = '', time] = match;
  const parsed = { year: Number(year), month: Number(month), day: Number(day), time: time ?? null };
  if (parsed.month < 1 || parsed.month > 12 || parsed.day < 1 || parsed.day > 31) return null;
  return parsed;
}

/** `2017-01-23` -> `23 January 2017`; unreadable input comes back unchanged. */
export function formatDate(iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** `2017-01-23` -> `Monday`. */
export function weekday(iso: string): string {
  const p = parts(iso);
  if (!p) return '';
  return WEEKDAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()] ?? '';
}

/** `2017-01-24T22:40` -> `Tuesday 24 January 2017, 22:40`; a date alone has no time. */
export function formatDateTime(iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  const day = `${weekday(iso)} ${formatDate(iso)}`;
  return p.time ? `${day}, ${p.time}` : day;
}

/** `2017-01-16`..`2017-01-22` -> `16–22 January 2017` (shortest readable form). */
export function formatDateRange(start: string, end: string): string {
  const a = parts(start);
  const b = parts(end);
  if (!a || !b) return `${start} – ${end}`;
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${MONTHS[b.month - 1]} ${b.year}`;
  if (a.year === b.year) return `${a.day} ${MONTHS[a.month - 1]} – ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

const UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'],
  M: ['month', 'months'],
  W: ['week', 'weeks'],
  D: ['day', 'days'],
};

/** ISO 8601 duration with its qualifier: `P2Y`, `more than` -> `more than 2 years`. */
export function formatDuration(duration: string, qualifier: string): string {
  const pieces = [...duration.matchAll(/(\d+)([YMWD])/g)].map(([, n = '0', unit = 'D']) => {
    const [one, many] = UNITS[unit] ?? ['', ''];
    return `${n} ${Number(n) === 1 ? one : many}`;
  });
  const amount = pieces.join(', ');
  return qualifier === 'exactly' ? amount : `${qualifier} ${amount}`;
}
