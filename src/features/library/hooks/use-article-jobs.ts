import { useEffect, useRef, useState } from 'react';
import { adoptJobs, importArticle, queueJobs, runJob, toRequest, type AddResult, type Job } from '../lib/add-articles';
import type { ArticleParser } from '../lib/parse-client';
import type { Input } from '../lib/read-input';
import { clearPending, type PendingInput } from '../lib/storage';

/** What is being worked on, for the progress line. */
export type JobProgress = { label: string; index: number; total: number };

export type ArticleJobs = {
  /** The input being worked on, or null when idle. */
  progress: JobProgress | null;
  /** True once the current work has taken longer than the progress delay. */
  showProgress: boolean;
  /** Imports JSON inputs, then parses and saves text inputs one after another; `problems` lead the results. */
  add: (inputs: Input[], problems: AddResult[], date: string) => Promise<AddResult[]>;
  /** Parses inputs a closed tab left behind. */
  resume: (pending: PendingInput[]) => Promise<AddResult[]>;
  /** Stops the current parse and drops the rest of the batch. */
  cancel: () => void;
};

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The job loop behind ArticleInput: each input is kept as pending, parsed
 * (by `parser`, the Web Worker in the app) and saved, one at a time, with a
 * progress state the page shows after `progressDelay` ms. Cancel aborts the
 * running parse and marks the rest cancelled; leaving the page cancels too.
 */
export function useArticleJobs(
  parser: ArticleParser,
  takenIds: ReadonlySet<string>,
  progressDelay: number,
): ArticleJobs {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [showProgress, setShowProgress] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const busy = progress !== null;

  // The progress bar shows only for work that takes longer than a moment.
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setShowProgress(true), progressDelay);
    return () => clearTimeout(timer);
  }, [busy, progressDelay]);

  // Cancel a running parse when the page goes away.
  useEffect(() => () => controller.current?.abort(), []);

  const idle = () => {
    controller.current = null;
    setProgress(null);
    setShowProgress(false);
  };

  async function runJobs(jobs: Job[], done: AddResult[]): Promise<AddResult[]> {
    const abort = new AbortController();
    controller.current = abort;
    const out = [...done];
    for (const [index, job] of jobs.entries()) {
      if (abort.signal.aborted) {
        job.release();
        await clearPending(job.token);
        out.push({ ok: false, label: job.label, message: 'cancelled' });
        continue;
      }
      setProgress({ label: job.label, index: index + 1, total: jobs.length });
      try {
        out.push(await runJob(job, parser, abort.signal));
      } catch (error) {
        await clearPending(job.token).catch(() => {});
        out.push({
          ok: false,
          label: job.label,
          message: isAbort(error) ? 'cancelled' : `was not added (${reason(error)})`,
        });
      }
    }
    idle();
    return out;
  }

  async function add(inputs: Input[], problems: AddResult[], date: string): Promise<AddResult[]> {
    const out = [...problems];
    const texts: { label: string; request: ReturnType<typeof toRequest> }[] = [];
    setProgress({ label: inputs[0]?.label ?? '', index: 1, total: inputs.length });
    for (const input of inputs) {
      if (input.kind !== 'json') {
        texts.push({ label: input.label, request: toRequest(input, date) });
        continue;
      }
      try {
        out.push(await importArticle(input, takenIds));
      } catch (error) {
        out.push({ ok: false, label: input.label, message: `was not imported (${reason(error)})` });
      }
    }
    let jobs: Job[];
    try {
      jobs = await queueJobs(texts);
    } catch (error) {
      idle();
      const message = `could not be kept in this browser (${reason(error)})`;
      return [...out, ...texts.map((t) => ({ ok: false as const, label: t.label, message }))];
    }
    return runJobs(jobs, out);
  }

  return {
    progress,
    showProgress,
    add,
    resume: (pending) => runJobs(adoptJobs(pending), []),
    cancel: () => controller.current?.abort(),
  };
}
