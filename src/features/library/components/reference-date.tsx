import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Article } from '@/article';
import { workerParser, type ArticleParser } from '../lib/parse-client';
import { redateArticle } from '../lib/redate';
import { getStoredRecord } from '../lib/storage';

export type ReferenceDateProps = {
  /** An article the reader added, with no date of its own. */
  article: Article;
  /** Called once the article has been read again and replaced, so the page shows the new one. */
  onChanged: () => void;
  /** Called with whether the reader set the date (`dated by you`) once the stored record is read. */
  onDatedByReader?: (byReader: boolean) => void;
  /** Shown instead when the article's source was not kept. */
  unkept?: ReactNode;
  /** Parses the kept source; the app uses the Web Worker, tests may parse in place. */
  parser?: ArticleParser;
};

const BUTTON =
  'rounded-md border border-line bg-surface px-3 py-1 font-sans text-sm font-medium hover:bg-paper disabled:cursor-not-allowed disabled:opacity-60';

/**
 * A form that lets the reader change the date an undated article's relative expressions
 * ("on Monday") are read against: the article's kept source is parsed again
 * in the Web Worker and replaces the stored article. Shows nothing for an
 * article whose source was not kept (bundled, imported, or added before
 * sources were kept) but `unkept`.
 */
export function ReferenceDate({
  article,
  onChanged,
  onDatedByReader,
  unkept = null,
  parser = workerParser,
}: ReferenceDateProps) {
  const ids = useId();
  const [kept, setKept] = useState<boolean | null>(null);
  const [date, setDate] = useState(article.referenceDate?.slice(0, 10) ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const reportDated = useRef(onDatedByReader);
  useEffect(() => {
    reportDated.current = onDatedByReader;
  });

  useEffect(() => {
    let live = true;
    getStoredRecord(article.id)
      .then((record) => {
        if (!live) return;
        setKept(Boolean(record?.source));
        reportDated.current?.(record?.dated === 'reader');
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [article]);

  useEffect(() => () => controller.current?.abort(), []);

  if (kept === null) return null;
  if (!kept) return unkept;

  async function submit() {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setProblem('give a date such as 2024-05-01');
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    setBusy(true);
    setProblem(null);
    try {
      const result = await redateArticle(article.id, date, parser, abort.signal);
      if (!result.ok) setProblem(`the article was not read again: ${result.message}`);
      else onChanged();
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError'))
        setProblem(`the article was not read again (${error instanceof Error ? error.message : String(error)})`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="mt-2 flex flex-wrap items-end gap-3 font-sans text-sm"
      aria-label="Change the date relative dates are read against"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div>
        <label htmlFor={`${ids}-date`} className="block font-semibold">
          Read relative dates against
        </label>
        <input
          id={`${ids}-date`}
          type="date"
          required
          value={date}
          onChange={(event) => setDate(event.target.value)}
          className="mt-1 rounded-md border border-line bg-surface px-2 py-1 text-ink"
        />
      </div>
      <button type="submit" disabled={busy} className={BUTTON}>
        Read the article again
      </button>
      {busy && (
        <button type="button" className={BUTTON} onClick={() => controller.current?.abort()}>
          Cancel
        </button>
      )}
      <p role="status" className="basis-full text-muted">
        {busy ? 'Reading the article again…' : ''}
      </p>
      {problem && (
        <p role="alert" className="basis-full text-denial">
          {problem}
        </p>
      )}
    </form>
  );
}
