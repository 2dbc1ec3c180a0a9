import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { initials } from '@/shared/speaker-palette';
import type { PersonSummary } from '../lib/people';
import { countQuotesAndThoughts, plural } from '@/shared/labels';
import { DateSpan } from './date-span';

export type SpeakerIndexProps = {
  /**
   * The entries to list first, in order: every entry, or (with `total` and
   * `readMore`) the first page of them.
   */
  entries: readonly PersonSummary[];
  /** How many entries there are in all; `entries.length` when not given. */
  total?: number;
  /** Reads up to `count` entries from position `from`, for "Show more" past `entries`. */
  readMore?: (from: number, count: number) => Promise<readonly PersonSummary[]>;
  /** Renders a link to an entry's page around `children`. */
  renderSpeakerLink: (entryId: string, children: ReactNode) => ReactNode;
};

/** How many entries show at first, and how many more each "Show more" adds. */
const PAGE = 50;

/**
 * Every speaker across the library: one row per entry with its name (a link
 * to its page), role, the other names it goes by, the number of quotes,
 * thoughts and articles, and the first and last published dates. The first
 * 50 rows show, then 50 more per press of "Show more" (read then, when the
 * page gave only the first ones): ordinary list items, so Tab, a screen
 * reader and find-in-page reach every row shown.
 */
export function SpeakerIndex({ entries, total = entries.length, readMore, renderSpeakerLink }: SpeakerIndexProps) {
  const [shown, setShown] = useState(PAGE);
  // Rows read past `entries`, for the `entries` they follow (new entries, after a change to the library, read them again).
  const [extra, setExtra] = useState<{ after: readonly PersonSummary[]; rows: readonly PersonSummary[] }>({
    after: entries,
    rows: [],
  });
  const rows = useMemo(() => (extra.after === entries ? [...entries, ...extra.rows] : entries), [extra, entries]);
  const wanted = Math.min(shown, total);
  useEffect(() => {
    if (!readMore || rows.length >= wanted) return;
    let live = true;
    void readMore(rows.length, wanted - rows.length).then((more) => {
      if (live) setExtra({ after: entries, rows: [...rows.slice(entries.length), ...more] });
    });
    return () => {
      live = false;
    };
  }, [readMore, entries, rows, wanted]);
  // After "Show more", focus goes to the first new row's name, so the keyboard carries on from there.
  const [firstNew, setFirstNew] = useState<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const visible = rows.slice(0, shown);
  // Once, when the first new row is there (it may still be read).
  const focusPending = useRef(false);
  useEffect(() => {
    const heading = firstNew === null ? null : list.current?.children[firstNew]?.querySelector<HTMLElement>('h2');
    if (focusPending.current && heading) {
      focusPending.current = false;
      heading.focus();
    }
  }, [firstNew, visible.length]);
  if (total === 0) return <p>No speakers yet: add an article and its speakers show here.</p>;
  return (
    <>
      <ul ref={list} className="space-y-3">
        {visible.map((entry, index) => {
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
      {total > shown && (
        <div className="mt-6 flex flex-wrap items-center gap-3">
          <p className="text-sm text-muted">
            Showing {visible.length} of {total}.
          </p>
          <button
            type="button"
            className="rounded-md border border-line px-3 py-1.5 text-sm hover:border-ink"
            onClick={() => {
              focusPending.current = true;
              setFirstNew(shown);
              setShown((n) => n + PAGE);
            }}
          >
            Show {Math.min(PAGE, total - shown)} more
          </button>
        </div>
      )}
    </>
  );
}
