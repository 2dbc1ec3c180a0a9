/**
 * whosaid's events as TIMEX3s for scoring: the expression's place in the
 * document, its type and its value in TIMEX3 conventions.
 */
import type { ArticleEvent, Block } from '@/article';
import { findEvents } from '@/parser';
import type { SystemTimex } from './time-score';
import type { TimemlDocument } from './timeml';

/** `YYYY-MM-DD` -> day, month, year or ISO week when a range covers exactly that. */
function rangeValue(start: string, end: string): string {
  const [sy, sm, sd] = start.split('-');
  const [ey, em, ed] = end.split('-');
  if (sy === ey && sm === '01' && sd === '01' && em === '12' && ed === '31') return sy ?? start;
  if (sy === ey && sm === em && sd === '01') {
    const last = new Date(Date.UTC(Number(ey), Number(em), 0)).getUTCDate();
    if (Number(ed) === last) return `${sy}-${sm}`;
  }
  return start;
}

/** The event's TIMEX3 type and value: its own when the parser gives them, else read from its date. */
export function timexOfEvent(event: ArticleEvent): Pick<SystemTimex, 'type' | 'value'> {
  if (event.timex) return event.timex;
  const date = event.date;
  if (date === null) return { type: 'DATE', value: 'PAST_REF' };
  if (typeof date === 'string') return { type: 'DATE', value: date };
  if ('duration' in date) return { type: 'DURATION', value: date.duration };
  return { type: 'DATE', value: rangeValue(date.start, date.end) };
}

/** The document's paragraphs (split at blank lines) as blocks, with where each starts. */
function paragraphs(text: string): { block: Block; offset: number }[] {
  const out: { block: Block; offset: number }[] = [];
  const pattern = /\S(?:[\s\S]*?\S)?(?=\s*(?:\n[ \t]*\n|$))/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    out.push({ block: { id: `b${out.length + 1}`, kind: 'paragraph', text: match[0] }, offset: match.index });
  }
  return out;
}

/** Runs the parser's time stage on a TimeML document's text, with its creation date as the publication date. */
export function systemTimexes(document: TimemlDocument): SystemTimex[] {
  const placed = paragraphs(document.text);
  const offsets = new Map(placed.map((p) => [p.block.id, p.offset]));
  const events = findEvents(
    placed.map((p) => p.block),
    document.dct,
  );
  return events.map((event) => {
    const offset = offsets.get(event.span.blockId) ?? 0;
    return { start: offset + event.span.start, end: offset + event.span.end, ...timexOfEvent(event) };
  });
}
