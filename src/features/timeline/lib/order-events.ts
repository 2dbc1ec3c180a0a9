/** The timeline's order: calendar dates first (by start), then spans of time without one. Pure. */
import type { ArticleEvent, EventDate } from '@/article';

/** What the timeline lists: the article's events and its publication. */
type TimelineEntry =
  | { kind: 'event'; event: ArticleEvent; sortKey: string | null }
  | { kind: 'published'; published: string; sortKey: string };

/** `YYYY-MM-DD` the entry sorts by, or null for a duration. */
function dateKey(date: EventDate): string | null {
  if (typeof date === 'string') return date;
  if ('start' in date) return date.start;
  return null;
}

/**
 * Events in date order (stable for equal dates), the publication placed among
 * them after the day's past events, durations at the end in reading order.
 */
export function orderTimeline(events: readonly ArticleEvent[], published: string | null): TimelineEntry[] {
  const entries: TimelineEntry[] = events.map((event) => ({ kind: 'event', event, sortKey: dateKey(event.date) }));
  if (published) entries.push({ kind: 'published', published, sortKey: published.slice(0, 10) });
  const rank = (entry: TimelineEntry) => (entry.kind === 'published' ? 1 : entry.event.tense === 'past' ? 0 : 2);
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => {
      const ka = a.entry.sortKey;
      const kb = b.entry.sortKey;
      if (ka === null || kb === null) return ka === kb ? a.order - b.order : ka === null ? 1 : -1;
      if (ka !== kb) return ka < kb ? -1 : 1;
      return rank(a.entry) - rank(b.entry) || a.order - b.order;
    })
    .map(({ entry }) => entry);
}
