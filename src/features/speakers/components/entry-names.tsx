import { useId, type FormEvent } from 'react';
import type { PersonSummary } from '../lib/people';
import { plural } from '@/shared/labels';

export type EntryNamesProps = {
  /** The entry whose names to list. */
  entry: PersonSummary;
  /** Every other entry, offered to merge into this one. */
  others: readonly Pick<PersonSummary, 'id' | 'name' | 'quoteCount'>[];
  /** Merge the entry with this id into this one. */
  onMerge: (otherId: string) => void;
  /** Take the name form with this key out into an entry of its own. */
  onSplit: (formKey: string) => void;
  /** True while a merge or split is being saved: the buttons wait. */
  busy?: boolean;
};

/**
 * The names grouped into this entry, each with a "split off" button when
 * there is more than one, and a form to merge another entry into this one.
 * Both choices are kept (see lib/overrides.ts).
 */
export function EntryNames({ entry, others, onMerge, onSplit, busy = false }: EntryNamesProps) {
  const selectId = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('other');
    if (typeof value === 'string' && value) onMerge(value);
  };
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
      {others.length > 0 && (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={selectId} className="text-sm font-semibold">
              Same person as
            </label>
            <select
              id={selectId}
              name="other"
              required
              defaultValue=""
              className="max-w-full min-w-0 rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
            >
              <option value="" disabled>
                Choose an entry…
              </option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name} ({plural(other.quoteCount, 'quote', 'quotes')})
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            disabled={busy}
            className="rounded-md border border-ink bg-ink px-3 py-1.5 font-semibold text-paper disabled:opacity-60"
          >
            Merge
          </button>
        </form>
      )}
    </div>
  );
}
