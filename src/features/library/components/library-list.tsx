import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { formatDate } from '@/shared/dates';
import { countQuotesAndThoughts } from '@/shared/labels';
import {
  deleteArticle,
  ensureDerived,
  listLibraryPage,
  newestFirst,
  renameArticle,
  restoreArticle,
  subscribeDerivedProgress,
  subscribeLibrary,
  type DerivedProgress,
  type LibraryChange,
  type LibraryEntry,
  type LibraryPage,
  type StoredRecord,
} from '../lib/storage';
import { FIRST_PAGE, takeLibraryRead, type LibraryRead } from '../lib/first-page';

export type LibraryListProps = {
  /** Renders a link to the reader for a stored article around `children`. */
  renderArticleLink: (id: string, children: ReactNode) => ReactNode;
};

/** The last deletion, kept in memory until it is undone or replaced. */
type Deleted = { id: string; title: string; record: StoredRecord };

const BUTTON =
  'rounded-md border border-line bg-surface px-2.5 py-1 font-sans text-sm font-medium hover:bg-paper disabled:cursor-not-allowed disabled:opacity-60';

/** True when `page` holds every row of the library. */
const complete = (page: LibraryPage) => page.entries.length >= page.total;

/**
 * Applies one announced change to the rows read so far (the newest rows of
 * the library, in order) and to the count, without reading the store. A row
 * saved that sorts after the last one read stays unread until the reader asks
 * for more; one already read is not counted twice.
 */
function applyChange(page: LibraryPage, change: LibraryChange): LibraryPage {
  if (change.type === 'deleted') {
    return { entries: page.entries.filter((e) => e.id !== change.id), total: Math.max(0, page.total - 1) };
  }
  if (change.type !== 'saved') return page;
  const { entry } = change;
  const known = page.entries.some((e) => e.id === entry.id);
  const total = page.total + (change.added && !known ? 1 : 0);
  const rest = page.entries.filter((e) => e.id !== entry.id);
  const last = rest.at(-1);
  if (!complete(page) && last && newestFirst(entry, last) > 0) return { entries: rest, total };
  // A new article is usually the newest: put it first without sorting the rows again.
  if (!rest[0] || newestFirst(entry, rest[0]) <= 0) return { entries: [entry, ...rest], total };
  return { entries: [...rest, entry].sort(newestFirst), total };
}

/**
 * Runs `read`, and `again` as long as a change came meanwhile (at most three
 * times more), so rows read never miss a change that overlapped the read.
 */
async function readSettled(
  changes: { current: number },
  read: () => Promise<LibraryPage>,
  again: () => Promise<LibraryPage> = read,
): Promise<LibraryPage> {
  let seen = changes.current;
  let rows = await read();
  for (let tries = 0; changes.current !== seen && tries < 3; tries++) {
    seen = changes.current;
    rows = await again();
  }
  return rows;
}

/** `page` and the rows after its last, up to `wanted` in all; the read stops short when the rest are gone. */
async function readAfter(page: LibraryPage, wanted: number): Promise<LibraryPage> {
  const asked = wanted - page.entries.length;
  const next = await listLibraryPage(asked, page.entries.at(-1));
  const entries = [...page.entries, ...next.entries];
  return { entries, total: next.entries.length < asked ? entries.length : next.total };
}

/**
 * Keeps the newest `shown` stored articles in step with IndexedDB, in this
 * tab and others: the first page read once (while the app loads, by the early
 * script), further rows read only when more are shown, then updated from each
 * change's own data. `page` is null while loading; `progress` is set while an
 * older library is being upgraded.
 */
function useLibrary(shown: number): {
  page: LibraryPage | null;
  error: string | null;
  progress: DerivedProgress | null;
} {
  const [page, setPage] = useState<LibraryPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<DerivedProgress | null>(null);
  const live = useRef(false);
  /** How many changes have come, so a read that overlapped one is done again. */
  const changes = useRef(0);
  /** How many reads are under way: rows are topped up only when none is. */
  const reading = useRef(0);

  const show = useCallback((read: Promise<LibraryPage>) => {
    reading.current += 1;
    read.then(
      (rows) => {
        reading.current -= 1;
        if (!live.current) return;
        setPage(rows);
        setError(null);
        setProgress(null);
      },
      (cause: unknown) => {
        reading.current -= 1;
        if (!live.current) return;
        setPage({ entries: [], total: 0 });
        setError(cause instanceof Error ? cause.message : String(cause));
      },
    );
  }, []);

  // A layout effect: when the early read has finished, its rows are in the first paint after hydration.
  useLayoutEffect(() => {
    live.current = true;
    const firstPage = () => listLibraryPage(FIRST_PAGE);
    // The first time, the rows the early script read while the app loaded (and the upgrade check after); none
    // when the library's order is not kept yet: storage builds it first.
    const fromEarly = (read: LibraryRead): LibraryPage | null => {
      if (!read) return null;
      ensureDerived().catch(() => undefined);
      return { entries: read.cards as LibraryEntry[], total: read.total };
    };
    const early = takeLibraryRead();
    const now = early?.finished ? fromEarly(early.read) : null;
    // The state cannot start with these rows (the prerendered page, hydrated, has none): set here, they are
    // rendered before the first paint after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    if (now) setPage(now);
    else if (early && !early.finished) {
      const later = early.read;
      show(readSettled(changes, async () => fromEarly(await later) ?? firstPage(), firstPage));
    } else show(readSettled(changes, firstPage));
    const unsubscribe = subscribeLibrary((change) => {
      changes.current += 1;
      // Rebuilt by an upgrade: the first page again (and the rows shown beyond it, topped up below).
      if (change.type === 'rebuilt') show(readSettled(changes, firstPage));
      else setPage((current) => (current ? applyChange(current, change) : current));
    });
    const unsubscribeProgress = subscribeDerivedProgress((p) => live.current && setProgress(p));
    return () => {
      live.current = false;
      unsubscribe();
      unsubscribeProgress();
    };
  }, [show]);

  // More rows shown than read (Show more, or rows deleted from those read): read only the missing ones.
  useEffect(() => {
    if (!page || reading.current > 0 || complete(page) || page.entries.length >= shown) return;
    show(
      readSettled(
        changes,
        () => readAfter(page, shown),
        () => listLibraryPage(shown),
      ),
    );
  }, [page, shown, show]);

  return { page, error, progress };
}

/** Why an article has the date it has, when the article itself gave none. */
function datedNote(entry: Extract<LibraryEntry, { ok: true }>): string | null {
  if (entry.dated === 'file-name') return 'dated from its file name';
  if (entry.dated === 'fallback')
    return 'date unknown; "on Monday" and the like read against the date given when it was added';
  if (entry.dated === 'reader') return 'date unknown; "on Monday" and the like read against a date dated by you';
  return null;
}

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
  const [shown, setShown] = useState(FIRST_PAGE);
  const { page, error, progress } = useLibrary(shown);
  const entries = page?.entries ?? null;
  const total = page?.total ?? 0;
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
      ) : total === 0 ? (
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
      {entries && total > shown && (
        <p className="mt-4 flex flex-wrap items-center gap-3 font-sans text-sm">
          <span>
            Showing {Math.min(shown, entries.length)} of {total}.
          </span>
          <button type="button" className={BUTTON} onClick={() => setShown((n) => n + FIRST_PAGE)}>
            Show {Math.min(FIRST_PAGE, total - shown)} more
          </button>
        </p>
      )}
    </section>
  );
}
