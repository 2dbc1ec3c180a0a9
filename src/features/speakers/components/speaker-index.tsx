import { useEffect, useRef, useState, type ReactNode } from 'react';
import { initials } from '@/shared/speaker-palette';
import type { PersonSummary } from '../lib/people';
import { countQuotesAndThoughts, plural } from '@/shared/labels';
import { DateSpan } from './date-span';

export type SpeakerIndexProps = {
  /** Every entry in the library, in the order to list them. */
  entries: readonly PersonSummary[];
  /** Renders a link to an entry's page around `children`. */
  renderSpeakerLink: (entryId: string, children: ReactNode) => ReactNode;
};

/** How many entries show at first, and how many more each "Show more" adds. */
const PAGE = 50;

/**
 * Every speaker across the library: one row per entry with its name (a link
 * to its page), role, the other names it goes by, the number of quotes,
 * thoughts and articles, and the first and last published dates. The first
 * 50 rows show, then 50 more per press of "Show more": ordinary list items,
 * so Tab, a screen reader and find-in-page reach every row shown.
 */
export function SpeakerIndex({ entries, renderSpeakerLink }: SpeakerIndexProps) {
  const [shown, setShown] = useState(PAGE);
  // After "Show more", focus goes to the first new row's name, so the keyboard carries on from there.
  const [firstNew, setFirstNew] = useState<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (firstNew !== null) list.current?.children[firstNew]?.querySelector<HTMLElement>('h2')?.focus();
  }, [firstNew]);
  if (entries.length === 0) return <p>No speakers yet: add an article and its speakers show here.</p>;
  return (
    <>
      <ul ref={list} className="space-y-3">
        {entries.slice(0, shown).map((entry, index) => {
          const others = entry.forms.map((form) => form.name).filter((name) => name !== entry.name);
          return (
            <li
              key={entry.id}
              className={[
                // layout: chip, then the facts
                'relative flex items-start gap-3 rounded-lg border p-3 sm:p-4',
                // look: a card on the page
                'border-line bg-surface',
                'speaker-none',
              ].join(' ')}
            >
              <span aria-hidden="true" className="speaker-chip speaker-chip-lg w-12 shrink-0" data-kind="direct">
                {initials(entry.name)}
              </span>
              <div className="min-w-0 flex-1">
                <h2
                  className="font-serif text-lg leading-snug font-bold"
                  tabIndex={index === firstNew ? -1 : undefined}
                >
                  {renderSpeakerLink(entry.id, entry.name)}
                </h2>
                {entry.role && <p className="text-sm text-muted">{entry.role}</p>}
                {others.length > 0 && <p className="text-sm text-muted">Also named: {others.join(', ')}</p>}
                <p className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm">
                  <span>{countQuotesAndThoughts(entry.quoteCount - entry.thoughtCount, entry.thoughtCount)}</span>
                  <span>{plural(entry.articleCount, 'article', 'articles')}</span>
                  <span className="text-muted">
                    <DateSpan first={entry.first} last={entry.last} />
                  </span>
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      {entries.length > shown && (
        <div className="mt-6 flex flex-wrap items-center gap-3">
          <p className="text-sm text-muted">
            Showing {shown} of {entries.length}.
          </p>
          <button
            type="button"
            className="rounded-md border border-line px-3 py-1.5 text-sm hover:border-ink"
            onClick={() => {
              setFirstNew(shown);
              setShown((n) => n + PAGE);
            }}
          >
            Show {Math.min(PAGE, entries.length - shown)} more
          </button>
        </div>
      )}
    </>
  );
}
