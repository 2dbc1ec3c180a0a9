import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { formatDate } from '@/shared/dates';
import { countQuotesAndThoughts } from '@/shared/labels';
import {
  deleteArticle,
  ensureDerived,
  listLibrary,
  newestFirst,
  renameArticle,
  restoreArticle,
  subscribeDerivedProgress,
  subscribeLibrary,
  type DerivedProgress,
  type LibraryChange,
  type LibraryEntry,
  type StoredRecord,
} from '../lib/storage';
import { takeLibraryRead } from '../lib/first-page';

export type LibraryListProps = {
  /** Renders a link to the reader for a stored article around `children`. */
  renderArticleLink: (id: string, children: ReactNode) => ReactNode;
};

/** The last deletion, kept in memory until it is undone or replaced. */
type Deleted = { id: string; title: string; record: StoredRecord };

const BUTTON =
  'rounded-md border border-line bg-surface px-2.5 py-1 font-sans text-sm font-medium hover:bg-paper disabled:cursor-not-allowed disabled:opacity-60';

/** Applies one announced change to the rows in place, without reading the store. */
function applyChange(entries: LibraryEntry[], change: LibraryChange): LibraryEntry[] {
  if (change.type === 'deleted') return entries.filter((e) => e.id !== change.id);
  if (change.type !== 'saved') return entries;
  const rest = entries.filter((e) => e.id !== change.entry.id);
  // A new article is usually the newest: put it first without sorting the whole list again.
  if (!rest[0] || newestFirst(change.entry, rest[0]) <= 0) return [change.entry, ...rest];
  return [...rest, change.entry].sort(newestFirst);
}

/**
 * Keeps the stored articles in step with IndexedDB, in this tab and others:
 * read once, then updated from each change's own data. `null` while loading;
 * `progress` while an older library is being upgraded.
 */
function useLibrary(): { entries: LibraryEntry[] | null; error: string | null; progress: DerivedProgress | null } {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<DerivedProgress | null>(null);
  useEffect(() => {
    let live = true;
    // The first time, the rows the early script read while the app loaded (and the upgrade check after).
    const early = takeLibraryRead();
    const first = early?.then((read) => {
      if (!read) return listLibrary();
      ensureDerived().catch(() => undefined);
      return (read.cards as LibraryEntry[]).sort(newestFirst);
    });
    const load = (list: Promise<LibraryEntry[]> = listLibrary()) => {
      list
        .then((rows) => {
          if (!live) return;
          setEntries(rows);
          setError(null);
          setProgress(null);
        })
        .catch((cause: unknown) => {
          if (!live) return;
          setEntries([]);
          setError(cause instanceof Error ? cause.message : String(cause));
        });
    };
    load(first);
    const unsubscribe = subscribeLibrary((change) => {
      if (change.type === 'rebuilt') load();
      else setEntries((current) => (current ? applyChange(current, change) : current));
    });
    const unsubscribeProgress = subscribeDerivedProgress((p) => live && setProgress(p));
    return () => {
      live = false;
      unsubscribe();
      unsubscribeProgress();
    };
  }, []);
  return { entries, error, progress };
}

/** Why an article has the date it has, when the article itself gave none. */
function datedNote(entry: Extract<LibraryEntry, { ok: true }>): string | null {
  if (entry.dated === 'file-name') return 'dated from its file name';
  if (entry.dated === 'fallback')
    return 'date unknown; "on Monday" and the like read against the date given when it was added';
  if (entry.dated === 'reader') return 'date unknown; "on Monday" and the like read against a date dated by you';
  return null;
}

/** How many rows show at first, and how many more each "Show more" adds. */
const PAGE = 50;

/** The inline rename form for one article. */
function RenameForm({
  entry,
  onDone,
}: {
  entry: Extract<LibraryEntry, { ok: true }>;
  onDone: (saved: boolean) => void;
}) {
  const id = useId();
  const [title, setTitle] = useState(entry.title);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="mt-2 flex flex-wrap items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (!title.trim()) {
          setProblem('A title cannot be empty.');
          return;
        }
        renameArticle(entry.id, title).then(
          () => onDone(true),
          (cause: unknown) => setProblem(`Not renamed: ${cause instanceof Error ? cause.message : String(cause)}`),
        );
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone(false);
      }}
    >
      <label htmlFor={id} className="sr-only">
        New title for {entry.title}
      </label>
      <input
        id={id}
        value={title}
        autoFocus
        onChange={(event) => setTitle(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        className="min-w-0 flex-1 rounded-md border border-line bg-surface px-2 py-1 font-serif text-base text-ink"
      />
      <button type="submit" className={BUTTON}>
        Save
      </button>
      <button type="button" className={BUTTON} onClick={() => onDone(false)}>
        Cancel
      </button>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="w-full font-sans text-sm text-denial">
          {problem}
        </p>
      )}
    </form>
  );
}

/**
 * "Your articles" on `/`: the articles this browser keeps, newest first, each
 * linked to the reader with its date and counts, and with Rename and Delete.
 * A deletion can be undone from the status line under the heading until the
 * next one; a stored document that no longer validates is listed with the
 * reason, so it can still be deleted.
 */
export function LibraryList({ renderArticleLink }: LibraryListProps) {
  const headingId = useId();
  const { entries, error, progress } = useLibrary();
  const [shown, setShown] = useState(PAGE);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const refocusRename = useRef<string | null>(null);

  // The deleted row and its buttons are gone; focus goes to Undo, next to the message.
  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);

  async function remove(id: string, title: string) {
    try {
      const record = await deleteArticle(id);
      if (record) {
        setDeleted({ id, title, record });
        setMessage(`Deleted “${title}”.`);
      }
    } catch (cause) {
      setMessage(`“${title}” was not deleted: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }

  async function undo() {
    if (!deleted) return;
    try {
      await restoreArticle(deleted.id, deleted.record);
      setMessage(`Restored “${deleted.title}”.`);
      setDeleted(null);
    } catch (cause) {
      setMessage(`Could not restore “${deleted.title}”: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }

  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="font-serif text-2xl font-bold">
        Your articles
      </h2>
      <div
        role="status"
        aria-live="polite"
        className="mt-2 flex flex-wrap items-center gap-3 font-sans text-sm empty:mt-0"
      >
        {message && <span>{message}</span>}
        {deleted && (
          <button ref={undoButton} type="button" className={BUTTON} onClick={() => void undo()}>
            Undo delete
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="mt-2 font-sans text-sm text-denial">
          This browser’s storage could not be read: {error}
        </p>
      )}
      {progress && (
        <p className="mt-2 flex flex-wrap items-center gap-3 font-sans text-sm">
          <label htmlFor={`${headingId}-upgrade`}>
            Updating your library for this version: {progress.done} of {progress.total} articles…
          </label>
          <progress id={`${headingId}-upgrade`} max={progress.total} value={progress.done} className="w-40" />
        </p>
      )}
      {entries === null ? (
        <p className="mt-2 text-muted">Loading your articles…</p>
      ) : entries.length === 0 ? (
        <p className="mt-2 text-muted">Articles you add are kept in this browser only, and listed here.</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {entries.slice(0, shown).map((entry) =>
            entry.ok ? (
              <li key={entry.id} className="rounded-lg border border-line bg-surface p-4">
                <h3 className="font-serif text-xl leading-snug font-bold">
                  {renderArticleLink(entry.id, entry.title)}
                </h3>
                <p className="mt-2 flex flex-wrap gap-x-4 text-sm text-muted">
                  {entry.published && <time dateTime={entry.published}>{formatDate(entry.published)}</time>}
                  <span>
                    {countQuotesAndThoughts(entry.quoteCount - (entry.thoughtCount ?? 0), entry.thoughtCount ?? 0)}
                  </span>
                  <span>
                    {entry.speakerCount} {entry.speakerCount === 1 ? 'speaker' : 'speakers'}
                  </span>
                  {datedNote(entry) && <span>{datedNote(entry)}</span>}
                </p>
                {renaming === entry.id ? (
                  <RenameForm
                    entry={entry}
                    onDone={(saved) => {
                      // Focus goes back to the Rename button when it is mounted again (its ref, below):
                      // a timer could fire before React has put it back.
                      refocusRename.current = entry.id;
                      setRenaming(null);
                      if (saved) setMessage('Renamed.');
                    }}
                  />
                ) : (
                  <p className="mt-3 flex gap-2">
                    <button
                      type="button"
                      ref={(node) => {
                        if (node && refocusRename.current === entry.id) {
                          refocusRename.current = null;
                          node.focus();
                        }
                      }}
                      className={BUTTON}
                      aria-label={`Rename ${entry.title}`}
                      onClick={() => setRenaming(entry.id)}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      className={BUTTON}
                      aria-label={`Delete ${entry.title}`}
                      onClick={() => void remove(entry.id, entry.title)}
                    >
                      Delete
                    </button>
                  </p>
                )}
              </li>
            ) : (
              <li key={entry.id} className="rounded-lg border border-denial bg-surface p-4 font-sans text-sm">
                <p>
                  The stored article <code>{entry.id}</code> can no longer be read (field “{entry.error.field}”:{' '}
                  {entry.error.message}).
                </p>
                <button
                  type="button"
                  className={`${BUTTON} mt-2`}
                  aria-label={`Delete ${entry.id}`}
                  onClick={() => void remove(entry.id, entry.id)}
                >
                  Delete
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      {entries && entries.length > shown && (
        <p className="mt-4 flex flex-wrap items-center gap-3 font-sans text-sm">
          <span>
            Showing {shown} of {entries.length}.
          </span>
          <button type="button" className={BUTTON} onClick={() => setShown((n) => n + PAGE)}>
            Show {Math.min(PAGE, entries.length - shown)} more
          </button>
        </p>
      )}
    </section>
  );
}
