/**
 * The timeline's shape. Pure.
 *
 * - Dated events in order of their start, each at its own granularity.
 * - A duration ("for two years") goes with the dated event of its sentence,
 *   the event it measures; one with no dated event beside it is listed after
 *   the dated ones.
 * - The present ("now", "currently") goes with the publication.
 * - Vague times ("recently", "for years", "the future") are kept apart, to be
 *   shown grouped rather than placed on the line.
 */
import type { ArticleEvent, EventDate } from '@/article';
import { granularityOf } from './granularity';

type TimelineEntry =
  | { kind: 'event'; event: ArticleEvent; sortKey: string; durations: ArticleEvent[] }
  | { kind: 'published'; published: string; sortKey: string; present: ArticleEvent[] }
  | { kind: 'duration'; event: ArticleEvent };

type TimelineShape = { entries: TimelineEntry[]; vague: ArticleEvent[] };

/** `YYYY-MM-DD` the entry sorts by, or null for a duration or a time off the calendar. */
function dateKey(date: EventDate | null): string | null {
  if (date === null) return null;
  if (typeof date === 'string') return date;
  if ('start' in date) return date.start;
  return null;
}

/** What kind of time an event names, from its TIMEX3 value when it has one. */
function eventKind(event: ArticleEvent): 'dated' | 'duration' | 'present' | 'vague' {
  const granularity = event.timex ? granularityOf(event.timex.value) : null;
  if (granularity === 'present') return 'present';
  if (granularity === 'vague') return 'vague';
  if (granularity === 'duration') return event.timex?.value.includes('X') ? 'vague' : 'duration';
  if (event.date === null) return 'vague';
  if (typeof event.date === 'object' && 'duration' in event.date) return 'duration';
  return 'dated';
}

export function shapeTimeline(events: readonly ArticleEvent[], published: string | null): TimelineShape {
  const dated = events.filter((e) => eventKind(e) === 'dated');
  const vague = events.filter((e) => eventKind(e) === 'vague' || (eventKind(e) === 'present' && !published));
  const present = published ? events.filter((e) => eventKind(e) === 'present') : [];
  const durations = new Map<string, ArticleEvent[]>();
  const loose: ArticleEvent[] = [];
  for (const duration of events.filter((e) => eventKind(e) === 'duration')) {
    // The dated event of the same sentence nearest the duration's words.
    const partner = dated
      .filter((e) => e.blockId === duration.blockId && e.text === duration.text)
      .sort((a, b) => Math.abs(a.span.start - duration.span.start) - Math.abs(b.span.start - duration.span.start))[0];
    if (partner) durations.set(partner.id, [...(durations.get(partner.id) ?? []), duration]);
    else loose.push(duration);
  }
  const entries: TimelineEntry[] = dated.map((event) => ({
    kind: 'event',
    event,
    sortKey: dateKey(event.date) ?? '',
    durations: durations.get(event.id) ?? [],
  }));
  if (published) entries.push({ kind: 'published', published, sortKey: published.slice(0, 10), present });
  const rank = (entry: TimelineEntry) => (entry.kind === 'published' ? 1 : entry.event.tense === 'past' ? 0 : 2);
  const ordered = entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => {
      const ka = a.entry.kind === 'duration' ? '' : a.entry.sortKey;
      const kb = b.entry.kind === 'duration' ? '' : b.entry.sortKey;
      if (ka !== kb) return ka < kb ? -1 : 1;
      return rank(a.entry) - rank(b.entry) || a.order - b.order;
    })
    .map(({ entry }) => entry);
  for (const event of loose) ordered.push({ kind: 'duration', event });
  return { entries: ordered, vague };
}
