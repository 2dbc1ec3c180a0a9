import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent, type ReactNode } from 'react';
import { useArticleJobs } from '../hooks/use-article-jobs';
import { orphanedPending, type AddResult } from '../lib/add-articles';
import { workerParser, type ArticleParser } from '../lib/parse-client';
import type { ParseStage } from '../lib/parse-job';
import { InputError, pastedInput, readInputFile, type Input } from '../lib/read-input';
import { clearPending, subscribeLibrary, type PendingInput } from '../lib/storage';

export type ArticleInputProps = {
  /** Renders a link to the reader for a stored article around `children`. */
  renderArticleLink: (id: string, children: ReactNode) => ReactNode;
  /** Ids already taken by the bundled articles; an imported article with one of them gets a new id. */
  takenIds?: ReadonlySet<string>;
  /** Parses one article; the app uses the Web Worker, tests may parse in place. */
  parser?: ArticleParser;
  /** Today as `YYYY-MM-DD`, the default publication date; the browser's local date when left out. */
  today?: string;
  /** Milliseconds before the progress indicator shows, so quick parses don't flash it. */
  progressDelay?: number;
};

/** The progress line's words for each stage of the worker. */
const STAGE_WORDS: Record<ParseStage, string> = {
  measuring: 'Checking',
  'reading markup': 'Reading the page',
  'finding the article': 'Finding the article in',
  'finding quotes': 'Parsing',
};

const BUTTON =
  'rounded-md border border-line bg-surface px-3 py-1.5 font-sans text-sm font-medium hover:bg-paper disabled:cursor-not-allowed disabled:opacity-60';
const PRIMARY =
  'rounded-md bg-accent px-4 py-1.5 font-sans text-sm font-semibold text-paper hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-60';

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function hasFiles(event: DragEvent | globalThis.DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Which date an added article got, and why: ", dated 2016-10-12 from its file name". */
function dateNote(result: Extract<AddResult, { ok: true }>): string {
  if (result.how === 'fallback' && result.referenceDate) {
    return `; its date is unknown, so dates such as “on Monday” were read against ${result.referenceDate} (the date given for this batch)`;
  }
  const day = result.published?.slice(0, 10);
  if (!day) return ', undated';
  switch (result.how) {
    case 'file-name':
      return `, dated ${day} from its file name, as the text gives no date`;
    case 'fallback':
      return `, dated ${day} as the article gives no date (the date given for this batch)`;
    case 'imported':
      return `, dated ${day} as in the file`;
    case 'parsed':
      return `, dated ${day} as the article says`;
  }
}

/**
 * The way in for a reader's own articles, on `/`: a text area to paste an
 * article, a file chooser and drop target for `.txt`, `.html` and exported
 * Article `.json` files (several at once; a file dropped anywhere on the page
 * lands here), and the date relative expressions resolve against when the
 * article prints none.
 *
 * Parsing runs in a Web Worker; anything that takes longer than a moment
 * shows a progress bar with a Cancel button. Each result is announced: a link
 * to the new article, or a message naming the input and the problem.
 * Inputs left behind by a tab closed mid-parse are offered again.
 */
export function ArticleInput({
  renderArticleLink,
  takenIds = new Set(),
  parser = workerParser,
  today,
  progressDelay = 300,
}: ArticleInputProps) {
  const ids = useId();
  const [date, setDate] = useState(() => today ?? localToday());
  const { progress, showProgress, add, resume: resumeJobs, cancel } = useArticleJobs(parser, takenIds, progressDelay);
  const [results, setResults] = useState<AddResult[]>([]);
  const [orphans, setOrphans] = useState<PendingInput[]>([]);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // Uncontrolled: a pasted megabyte is not copied through React on every keystroke.
  const textArea = useRef<HTMLTextAreaElement>(null);
  const busy = progress !== null;

  // Inputs a closed tab left behind; re-read whenever the library changes.
  useEffect(() => {
    let live = true;
    const load = () => {
      orphanedPending()
        .then((pending) => live && setOrphans(pending))
        .catch(() => {});
    };
    load();
    const unsubscribe = subscribeLibrary((change) => change.type === 'pending' && load());
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  async function onPaste(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const text = textArea.current?.value ?? '';
    if (text.trim() === '') {
      setResults([
        { ok: false, label: 'Pasted text', message: 'there is nothing to add: paste an article’s text first' },
      ]);
      return;
    }
    let input: Input;
    try {
      input = await pastedInput(text);
    } catch (error) {
      setResults([
        { ok: false, label: 'Pasted text', message: error instanceof InputError ? error.message : String(error) },
      ]);
      return;
    }
    const out = await add([input], [], date);
    setResults(out);
    // The text area keeps the text unless the article was saved, and keeps whatever
    // was typed into it while the parse ran: that is new work, not the saved article.
    if (out.every((r) => r.ok) && textArea.current?.value === text) textArea.current.value = '';
  }

  async function onFiles(files: readonly File[]) {
    if (busy || files.length === 0) return;
    const inputs: Input[] = [];
    const problems: AddResult[] = [];
    for (const file of files) {
      try {
        inputs.push(await readInputFile(file));
      } catch (error) {
        problems.push({
          ok: false,
          label: file.name,
          message: error instanceof InputError ? error.message : 'could not be read',
        });
      }
    }
    setResults(inputs.length > 0 ? await add(inputs, problems, date) : problems);
  }

  async function resume(pending: PendingInput[]) {
    if (busy) return;
    setResults(await resumeJobs(pending));
  }

  async function discard(pending: PendingInput) {
    await clearPending(pending.token);
  }

  // A file dropped anywhere on the page lands here instead of replacing the page.
  const onFilesRef = useRef(onFiles);
  useEffect(() => {
    onFilesRef.current = onFiles;
  });
  useEffect(() => {
    const over = (event: globalThis.DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const drop = (event: globalThis.DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      void onFilesRef.current(Array.from(event.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const added = results.filter((r) => r.ok);
  const failed = results.filter((r) => !r.ok);

  return (
    <section aria-labelledby={`${ids}-heading`} className="mt-8">
      <h2 id={`${ids}-heading`} className="font-serif text-2xl font-bold">
        Add an article
      </h2>
      <div
        onDragEnter={(event) => hasFiles(event) && setDragging(true)}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        className={`mt-3 rounded-lg border-2 border-dashed p-4 ${dragging ? 'border-accent bg-surface' : 'border-line'}`}
      >
        <form onSubmit={(event) => void onPaste(event)} aria-labelledby={`${ids}-heading`}>
          <label htmlFor={`${ids}-text`} className="block font-sans text-sm font-semibold">
            Article text
          </label>
          <p id={`${ids}-text-hint`} className="font-sans text-sm text-muted">
            The headline on the first line, the date on the next, then the paragraphs separated by blank lines. HTML
            works too.
          </p>
          <textarea
            id={`${ids}-text`}
            aria-describedby={`${ids}-text-hint`}
            ref={textArea}
            defaultValue=""
            rows={8}
            spellCheck={false}
            className="mt-2 block w-full rounded-md border border-line bg-surface p-2 font-serif text-base text-ink"
          />
          <div className="mt-3 flex flex-wrap items-end gap-x-4 gap-y-3">
            <div>
              <label htmlFor={`${ids}-date`} className="block font-sans text-sm font-semibold">
                Publication date for this batch
              </label>
              <p id={`${ids}-date-hint`} className="font-sans text-xs text-muted">
                Used when neither the article nor its file name (…_2016-10-12_…) gives one
              </p>
              <input
                id={`${ids}-date`}
                type="date"
                required
                value={date}
                aria-describedby={`${ids}-date-hint`}
                onChange={(event) => setDate(event.target.value || (today ?? localToday()))}
                className="mt-1 rounded-md border border-line bg-surface px-2 py-1 font-sans text-sm text-ink"
              />
            </div>
            {/* One group, so a narrow row wraps before "Add article", never between "or" and its button. */}
            <div className="flex items-center gap-x-4">
              <button type="submit" disabled={busy} className={PRIMARY}>
                Add article
              </button>
              <span className="font-sans text-sm text-muted">or</span>
              <button type="button" disabled={busy} onClick={() => fileInput.current?.click()} className={BUTTON}>
                Choose files…
              </button>
            </div>
            <input
              ref={fileInput}
              type="file"
              multiple
              accept=".txt,.text,.html,.htm,.json,text/plain,text/html,application/json"
              aria-label="Article files (.txt, .html, or Article .json to import)"
              className="sr-only"
              tabIndex={-1}
              onChange={(event) => {
                const files = Array.from(event.target.files ?? []);
                event.target.value = '';
                void onFiles(files);
              }}
            />
          </div>
          <p className="mt-2 font-sans text-sm text-muted">
            Or drop <code>.txt</code> or <code>.html</code> files anywhere on this page; drop an exported{' '}
            <code>.json</code> to import it.
          </p>
        </form>
      </div>

      {orphans.length > 0 && !busy && (
        <div className="mt-4 rounded-lg border border-line bg-surface p-3 font-sans text-sm">
          <p className="font-semibold">Not finished last time</p>
          <ul className="mt-1 space-y-1">
            {orphans.map((pending) => (
              <li key={pending.token} className="flex flex-wrap items-center gap-2">
                <span>{pending.label}</span>
                <button
                  type="button"
                  className={BUTTON}
                  onClick={() => void resume([pending])}
                  aria-label={`Parse ${pending.label} now`}
                >
                  Parse now
                </button>
                <button
                  type="button"
                  className={BUTTON}
                  onClick={() => void discard(pending)}
                  aria-label={`Discard ${pending.label}`}
                >
                  Discard
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div role="status" aria-live="polite" className="mt-4 font-sans text-sm">
        {progress && showProgress && (
          <div className="flex flex-wrap items-center gap-3">
            <label htmlFor={`${ids}-progress`}>
              {STAGE_WORDS[progress.stage ?? 'finding quotes']} {progress.label}
              {progress.total > 1 ? ` (${progress.index} of ${progress.total})` : ''}…
            </label>
            <progress id={`${ids}-progress`} className="w-40" />
            <button type="button" className={BUTTON} onClick={cancel}>
              Cancel
            </button>
          </div>
        )}
        {!busy && added.length > 0 && (
          <ul className="space-y-1">
            {added.map((result) =>
              result.ok ? (
                <li key={result.id}>
                  {result.how === 'imported' ? 'Imported ' : 'Added '}
                  {renderArticleLink(result.id, result.title)} ({result.quoteCount}{' '}
                  {result.quoteCount === 1 ? 'quote' : 'quotes'}){dateNote(result)}.
                </li>
              ) : null,
            )}
          </ul>
        )}
      </div>
      {!busy && failed.length > 0 && (
        <ul role="alert" className="mt-2 space-y-1 rounded-lg border border-denial bg-surface p-3 font-sans text-sm">
          {failed.map((result, index) => (
            <li key={index}>
              <span className="font-semibold">{result.label}</span>: {result.ok ? '' : result.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
