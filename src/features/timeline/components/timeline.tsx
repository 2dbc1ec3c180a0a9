import type { ReactNode } from 'react';
import type { ArticleEvent, Tense } from '@/article';
import { formatDateTime } from '@/shared/dates';
import { dateLabel } from '../lib/date-label';
import { shapeTimeline } from '../lib/order-events';

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
  const { words, machine } = dateLabel(event);
  return machine ? <time dateTime={machine}>{words}</time> : <span>{words}</span>;
}

/** Durations that measure an event, under it: "for 2 years · “two years”". */
function Durations({
  events,
  renderEventLink,
}: {
  events: ArticleEvent[];
  renderEventLink: TimelineProps['renderEventLink'];
}) {
  if (events.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-sm" aria-label="How long">
      {events.map((duration) => (
        <li key={duration.id} className="timeline-duration">
          <EventDateText event={duration} /> · {renderEventLink(duration.id, `“${duration.expression}”`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The article's events in date order, each at the granularity the text gave
 * it ("2010", "March 2013", "Friday 22 March 2013"), with the words the text
 * used (linked to their place), whether it lies before or after publication,
 * and the durations that measure it; the publication itself is on the line,
 * with what the article says of the present. Vague times ("recently", "for
 * years") are grouped at the end, folded.
 */
export function Timeline({ events, published, renderEventLink }: TimelineProps) {
  if (events.length === 0 && !published) return <p className="text-sm text-muted">No dates found in this article.</p>;
  const { entries, vague } = shapeTimeline(events, published);
  return (
    <>
      <ol className="relative space-y-4 border-l-2 border-line pl-5">
        {entries.map((entry) => {
          if (entry.kind === 'published') {
            return (
              <li key="published" className="timeline-item timeline-published">
                <p className="font-semibold">
                  <time dateTime={entry.published}>{formatDateTime(entry.published)}</time>
                </p>
                <p className="text-sm text-muted">The article is published.</p>
                {entry.present.length > 0 && (
                  <p className="mt-1 text-sm">
                    Now:{' '}
                    {entry.present.map((event, i) => (
                      <span key={event.id}>
                        {i > 0 && ', '}
                        {renderEventLink(event.id, `“${event.expression}”`)}
                      </span>
                    ))}
                  </p>
                )}
              </li>
            );
          }
          const { event } = entry;
          return (
            <li key={event.id} className="timeline-item" data-tense={event.tense}>
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-semibold">
                  <EventDateText event={event} />
                </span>
                <span className="tense-badge" data-tense={event.tense}>
                  {TENSE[event.tense]}
                </span>
              </p>
              <p className="mt-1 text-sm">{renderEventLink(event.id, `“${event.expression}”`)}</p>
              {entry.kind === 'event' && <Durations events={entry.durations} renderEventLink={renderEventLink} />}
              <p className="mt-1 text-sm text-muted">{event.text}</p>
            </li>
          );
        })}
      </ol>
      {events.length === 0 && <p className="mt-3 text-sm text-muted">No other dates found in this article.</p>}
      {vague.length > 0 && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer text-muted">Times without a date ({vague.length})</summary>
          <ul className="mt-2 space-y-2">
            {vague.map((event) => (
              <li key={event.id}>
                {renderEventLink(event.id, `“${event.expression}”`)}
                <span className="text-muted"> — {event.text}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
