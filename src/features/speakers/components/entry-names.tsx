import { useId, useMemo, useState } from 'react';
import type { PersonSummary } from '../lib/people';
import { entryFinder, type EntryChoice } from '../lib/find-entries';
import { plural } from '@/shared/labels';

/** How many matching entries the merge form offers at once. */
const MATCHES_SHOWN = 8;

export type EntryNamesProps = {
  /** The entry whose names to list. */
  entry: PersonSummary;
  /** Every other entry, any of which can be merged into this one. */
  others: readonly EntryChoice[];
  /** Merge the entry with this id into this one. */
  onMerge: (otherId: string) => void;
  /** Take the name form with this key out into an entry of its own. */
  onSplit: (formKey: string) => void;
  /** True while a merge or split is being saved: the buttons wait. */
  busy?: boolean;
};

/**
 * The names grouped into this entry, each with a "split off" button when
 * there is more than one, and a search to merge another entry into this one.
 * Both choices are kept (see lib/overrides.ts).
 */
export function EntryNames({ entry, others, onMerge, onSplit, busy = false }: EntryNamesProps) {
  const splittable = entry.forms.length > 1;
  return (
    <div className="space-y-5">
      <ul className="space-y-2">
        {entry.forms.map((form) => {
          return (
            <li key={form.key} className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-semibold">{form.name}</span>
              <span className="text-sm text-muted">{plural(form.articleCount, 'article', 'articles')}</span>
              {splittable && (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => onSplit(form.key)}
                  className="rounded-md border border-line px-2 py-0.5 text-sm hover:border-ink disabled:opacity-60"
                >
                  Split “{form.name}” off
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {splittable && (
        <p className="text-sm text-muted">
          Split off a name that belongs to someone else; it becomes an entry of its own.
        </p>
      )}
      {others.length > 0 && <MergeFinder others={others} onMerge={onMerge} busy={busy} />}
    </div>
  );
}

type MergeFinderProps = Pick<EntryNamesProps, 'others' | 'onMerge' | 'busy'>;

/**
 * "Same person as": type part of a name, then merge one of the few entries
 * that match. A search rather than a list of every entry, which at library
 * scale would be tens of thousands of options.
 */
function MergeFinder({ others, onMerge, busy }: MergeFinderProps) {
  const inputId = useId();
  const hintId = useId();
  const [query, setQuery] = useState('');
  const find = useMemo(() => entryFinder(others), [others]);
  const matches = useMemo(() => find(query, MATCHES_SHOWN), [find, query]);
  const typed = query.trim();
  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className="block text-sm font-semibold">
        Same person as
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={hintId}
        autoComplete="off"
        className="w-full max-w-sm rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
      />
      <p id={hintId} className="text-sm text-muted">
        Type part of another entry’s name, then merge it into this one.
      </p>
      <p role="status" className="text-sm text-muted">
        {typed && matchesLine(typed, matches.shown.length, matches.more)}
      </p>
      {matches.shown.length > 0 && (
        <ul aria-label="Entries to merge" className="space-y-1">
          {matches.shown.map((other) => (
            <li key={other.id}>
              <button
                type="button"
                disabled={busy}
                onClick={() => onMerge(other.id)}
                className="rounded-md border border-line px-2 py-0.5 text-left hover:border-ink disabled:opacity-60"
              >
                Merge {other.name} ({plural(other.quoteCount, 'quote', 'quotes')})
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What the status line says about the matches for `typed`. */
function matchesLine(typed: string, shown: number, more: number): string {
  if (shown === 0) return `No other entry’s name contains “${typed}”.`;
  if (more === 0) return plural(shown, 'entry matches', 'entries match') + '.';
  return `The first ${shown} of ${shown + more} matching entries; type more of the name to narrow them.`;
}
