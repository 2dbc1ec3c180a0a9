/**
 * Times placed by another time in the story rather than by publication:
 * `that year`, `later that year`, `earlier that day`, `that same day`,
 * `the following month`, `the previous year`, `the next day`, `the next
 * morning`. Each is read against the last date the text named before it (an
 * anchor of at least the same granularity: `the following month` needs a
 * month); without one it is left out. TimeML gives such expressions the
 * value of the day, month or year they name (`On May 22, 1995, … the
 * following year` is 1996).
 *
 * `the next year` and `the next month` are left to the durations (`over the
 * next year`): only `following` and `previous` move a year or a month.
 */
import { addDays, addMonths, type CalendarDate } from './dates-calendar';

export type AnchorUnit = 'year' | 'month' | 'day';

export type AnchoredFound = { kind: 'anchored'; unit: AnchorUnit; shift: -1 | 0 | 1 };

export type AnchoredCandidate = { start: number; end: number; found: AnchoredFound };

/** What a text's last named date tells: its year, and its month and day when it gives them. */
export type Anchor = { year: number; month: number | null; day: number | null };

const THAT_PERIOD = /\b(?:(?:[Ll]ater|[Ee]arlier)\s+)?[Tt]hat\s+(?:same\s+)?(year|month|day)\b(?![-'’])/g;

const NEXT_PERIOD = /\b[Tt]he\s+(following|previous|next)\s+(year|month|day|morning)\b(?![-'’]|\s+or\b)/g;

export function findAnchoredCandidates(text: string): AnchoredCandidate[] {
  const out: AnchoredCandidate[] = [];
  THAT_PERIOD.lastIndex = 0;
  for (let match = THAT_PERIOD.exec(text); match; match = THAT_PERIOD.exec(text)) {
    const unit = match[1] as AnchorUnit;
    out.push({ start: match.index, end: match.index + match[0].length, found: { kind: 'anchored', unit, shift: 0 } });
  }
  NEXT_PERIOD.lastIndex = 0;
  for (let match = NEXT_PERIOD.exec(text); match; match = NEXT_PERIOD.exec(text)) {
    const [whole, which = '', noun = ''] = match;
    const unit: AnchorUnit = noun === 'morning' ? 'day' : (noun as AnchorUnit);
    // "over the next year", "in the next month": a stretch of time from now, read as a duration elsewhere.
    if (which === 'next' && unit !== 'day') continue;
    out.push({
      start: match.index,
      end: match.index + whole.length,
      found: { kind: 'anchored', unit, shift: which === 'previous' ? -1 : 1 },
    });
  }
  return out;
}

/** The anchor a TIMEX3 date value gives (`1995`, `1995-05`, `1995-05-22`), or null. */
export function anchorOf(value: string): Anchor | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  return {
    year: Number(match[1]),
    month: match[2] === undefined ? null : Number(match[2]),
    day: match[3] === undefined ? null : Number(match[3]),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The TIMEX3 value of an anchored expression, or null when the anchor is missing or too coarse. */
export function anchoredValue(found: AnchoredFound, anchor: Anchor | null): string | null {
  if (!anchor) return null;
  if (found.unit === 'year') return String(anchor.year + found.shift);
  if (anchor.month === null) return null;
  const first: CalendarDate = { year: anchor.year, month: anchor.month, day: 1 };
  if (found.unit === 'month') {
    const month = addMonths(first, found.shift);
    return `${month.year}-${pad(month.month)}`;
  }
  if (anchor.day === null) return null;
  const day = addDays({ ...first, day: anchor.day }, found.shift);
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}
