import type { ReactNode } from 'react';
import type { ArticleEvent, Tense } from '@/article';
import { formatDate, formatDateRange, formatDateTime, formatDuration, weekday } from '@/shared/dates';
import { orderTimeline } from '../lib/order-events';

export type TimelineProps = {
  /** The article's dated events. */
  events: readonly ArticleEvent[];
  /** Publication date-time, placed on the timeline; null when unknown. */
  published: string | null;
  /** Renders a link to an event's place in the text around `children`. */
  renderEventLink: (eventId: string, children: ReactNode) => ReactNode;
};

const TENSE: Record<Tense, string> = { past: 'Past', present: 'Present', future: 'Future' };

function EventDateText({ event }: { event: ArticleEvent }) {
  const { date } = event;
  if (date === null) return <span>{event.expression}</span>;
  if (typeof date === 'string') {
    return (
      <time dateTime={date}>
        {weekday(date)} {formatDate(date)}
      </time>
    );
  }
  if ('start' in date) {
    return <time dateTime={`${date.start}/${date.end}`}>{formatDateRange(date.start, date.end)}</time>;
  }
  return <time dateTime={date.duration}>{formatDuration(date.duration, date.qualifier)}</time>;
}

/**
 * The article's events in date order, each with its calendar date, the words
 * the text used (linked to their place), and whether it lies before or after
 * publication; the publication itself is on the line.
 */
export function Timeline({ events, published, renderEventLink }: TimelineProps) {
  if (events.length === 0 && !published) return <p className="text-sm text-muted">No dates found in this article.</p>;
  const entries = orderTimeline(events, published);
  return (
    <>
      <ol className="relative space-y-4 border-l-2 border-line pl-5">
        {entries.map((entry) =>
          entry.kind === 'published' ? (
            <li key="published" className="timeline-item timeline-published">
              <p className="font-semibold">
                <time dateTime={entry.published}>{formatDateTime(entry.published)}</time>
              </p>
              <p className="text-sm text-muted">The article is published.</p>
            </li>
          ) : (
            <li key={entry.event.id} className="timeline-item" data-tense={entry.event.tense}>
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-semibold">
                  <EventDateText event={entry.event} />
                </span>
                <span className="tense-badge" data-tense={entry.event.tense}>
                  {TENSE[entry.event.tense]}
                </span>
              </p>
              <p className="mt-1 text-sm">{renderEventLink(entry.event.id, `“${entry.event.expression}”`)}</p>
              <p className="mt-1 text-sm text-muted">{entry.event.text}</p>
            </li>
          ),
        )}
      </ol>
      {events.length === 0 && <p className="mt-3 text-sm text-muted">No other dates found in this article.</p>}
    </>
  );
}
