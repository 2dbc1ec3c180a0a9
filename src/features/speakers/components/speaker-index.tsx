import type { ReactNode } from 'react';
import { initials } from '@/shared/speaker-palette';
import type { PersonEntry } from '../lib/group';
import { plural } from '@/shared/labels';
import { DateSpan } from './date-span';

export type SpeakerIndexProps = {
  /** Every entry in the library, in the order to list them. */
  entries: readonly PersonEntry[];
  /** Renders a link to an entry's page around `children`. */
  renderSpeakerLink: (entryId: string, children: ReactNode) => ReactNode;
};

/**
 * Every speaker across the library: one row per entry with its name (a link
 * to its page), role, the other names it goes by, the number of quotes and
 * articles, and the first and last published dates.
 */
export function SpeakerIndex({ entries, renderSpeakerLink }: SpeakerIndexProps) {
  if (entries.length === 0) return <p>No speakers yet: add an article and its speakers show here.</p>;
  return (
    <ul className="space-y-3">
      {entries.map((entry) => {
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
              <h2 className="font-serif text-lg leading-snug font-bold">{renderSpeakerLink(entry.id, entry.name)}</h2>
              {entry.role && <p className="text-sm text-muted">{entry.role}</p>}
              {others.length > 0 && <p className="text-sm text-muted">Also named: {others.join(', ')}</p>}
              <p className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm">
                <span>{plural(entry.quoteCount, 'quote', 'quotes')}</span>
                <span>{plural(entry.articleIds.length, 'article', 'articles')}</span>
                <span className="text-muted">
                  <DateSpan first={entry.first} last={entry.last} />
                </span>
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
