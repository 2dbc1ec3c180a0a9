/**
 * A pool of parse threads. Workers run the prebuilt `parse-worker.js` next to
 * this module (the package's `lib/`), or the TypeScript source through tsx
 * when run from a clone. With `mainThread`, this thread is one of the
 * parsing threads (N threads are N - 1 workers and this one): a worker costs
 * a second or more of CPU to start and warm up its own copy of the parser, and
 * in folder and stream mode this thread has little else to do. Without a time
 * limit a worker holds two tasks, so it never waits for this thread to hand it
 * the next. A worker that cannot start hands its share to this thread; a task
 * over its time limit ends its worker, which is replaced. Close the pool when
 * done: its workers keep the process alive.
 */
import type { BatchResult, FileBatch } from './file-batch';
import type { FileJob, FileResult } from './file-result';
import type { ParseTask, ParseTaskResult, TextJob, TextResult } from './parse-task';
import { startHelper, type HelperKind, type PoolHelper } from './pool-helper';

export type PoolOptions = {
  /** Worker threads, at least 1. */
  threads: number;
  /** Longest a task may take; past it, its worker is ended and the task fails. No limit when null. */
  timeoutMs?: number | null;
  /**
   * This thread parses too, as one of `threads` (so 1 means no worker at all).
   * Only without a time limit: a task in this thread can't be stopped.
   */
  mainThread?: boolean;
  /** Worker threads (the default) or child processes, each running the parse-worker script (pool-helper.ts). */
  helpers?: HelperKind;
  /** Extra Node and V8 flags for child process helpers (folder mode's `--single-threaded`, folder.ts). */
  processFlags?: readonly string[];
  /**
   * Tasks a worker holds at once. Default 2 (so it has the next while this
   * thread is busy), 1 under a time limit. Long tasks (folder mode's batches)
   * take 1, so the last ones are not held by one worker while another waits.
   */
  depth?: number;
};

export type ParsePool = {
  /** Parses one folder file; a time-out or a dead worker is a failed result. Never rejects. */
  runFile(job: FileJob): Promise<FileResult>;
  /** Parses one article's text; a time-out or a dead worker is a failed result. Never rejects. */
  runText(job: TextJob): Promise<TextResult>;
  /** Parses a batch of folder files; a dead worker fails each of its files. Never rejects. */
  runBatch(batch: FileBatch): Promise<BatchResult>;
  /** Threads running in workers (0 when every worker failed to start and work runs in this thread). */
  readonly workerThreads: number;
  /** Ends the workers; tasks still queued resolve as failed. */
  close(): Promise<void>;
};

/** The worker script: `lib/parse-worker.js` in the package, `src/cli/parse-worker.ts` in a clone. */
export function workerScript(): URL {
  const built = import.meta.url.endsWith('.js');
  return new URL(built ? './parse-worker.js' : './parse-worker.ts', import.meta.url);
}

type Pending = { task: ParseTask; resolve: (result: ParseTaskResult) => void };

/** The failed result of a task that did not run to the end. */
function failure(task: ParseTask, error: string): ParseTaskResult {
  if (task.kind === 'batch') {
    const results = task.job.jobs.map((job) => ({
      ok: false as const,
      file: job.file,
      error: `whosaid: ${job.file}: ${error}`,
    }));
    return { kind: 'batch', results };
  }
  return task.kind === 'file' ? { ok: false, file: task.job.file, error } : { ok: false, error, input: false };
}

/** What a slot takes from the pool: the next task, and a way to give back tasks it could not start. */
type Source = { next: () => Pending | undefined; giveBack: (tasks: Pending[]) => void };

class Slot {
  private worker: PoolHelper | null = null;
  private ready = false;
  private inThread = false;
  /** Tasks sent to the worker (or running here), oldest first; the worker answers in order. */
  private readonly current: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** Tasks a worker holds at once (PoolOptions.depth). */
  private readonly depth: number;

  constructor(
    private readonly timeoutMs: number | null,
    private readonly source: Source,
    here = false,
    private readonly kind: HelperKind = 'thread',
    depth: number | null = null,
    private readonly flags: readonly string[] = [],
  ) {
    this.depth = timeoutMs === null ? Math.max(1, depth ?? 2) : 1;
    if (here) this.inThread = true;
    else this.start();
  }

  get isWorker(): boolean {
    return !this.inThread;
  }

  private start(): void {
    let worker: PoolHelper;
    try {
      worker = startHelper(this.kind, workerScript(), this.flags);
    } catch {
      this.inThread = true;
      return;
    }
    this.worker = worker;
    this.ready = false;
    worker.onMessage((message) => {
      if (message === 'ready') {
        this.ready = true;
        this.pump();
        return;
      }
      this.finish(message);
    });
    worker.onStop((why) => this.died(worker, why));
  }

  private died(worker: PoolHelper, why: string): void {
    if (worker !== this.worker) return;
    this.worker = null;
    if (!this.ready) {
      // It never started (no prebuilt script, no loader): parse in this thread instead.
      this.inThread = true;
      this.pump();
      return;
    }
    // The oldest task was running when it died; the ones behind it go back to the pool.
    this.source.giveBack(this.current.splice(1));
    // The replacement starts first, so the next task waits for it instead of going to no worker.
    this.start();
    this.finish(null, `the worker thread stopped (${why})`);
  }

  private finish(result: ParseTaskResult | null, error = 'failed'): void {
    const pending = this.current.shift();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (pending) pending.resolve(result ?? failure(pending.task, error));
    this.pump();
  }

  /** Takes tasks while there is room. */
  pump(): void {
    if (this.inThread) {
      this.runHere();
      return;
    }
    const worker = this.worker;
    if (!this.ready || !worker) return;
    while (this.current.length < this.depth) {
      const pending = this.source.next();
      if (!pending) return;
      this.current.push(pending);
      if (this.timeoutMs !== null) this.arm(worker);
      worker.post(pending.task);
    }
  }

  /**
   * Runs the next task in this thread, after the events already waiting (a
   * worker's answer, a line read), so this thread's parsing never keeps the
   * workers waiting for their next task for long.
   */
  private runHere(): void {
    if (this.current.length > 0) return;
    const pending = this.source.next();
    if (!pending) return;
    this.current.push(pending);
    // The parser loads only when this thread parses (no worker started, or `mainThread`).
    setImmediate(() => {
      void import('./parse-task').then(({ runTask }) => runTask(pending.task)).then((result) => this.finish(result));
    });
  }

  private arm(worker: PoolHelper): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.worker = null;
      void worker.stop();
      this.start();
      this.finish(null, `timed out after ${this.timeoutMs} ms`);
    }, this.timeoutMs ?? 0);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (this.timer) clearTimeout(this.timer);
    if (worker) await worker.stop();
  }
}

export function createPool(options: PoolOptions): ParsePool {
  const queue: Pending[] = [];
  let closed = false;
  const source: Source = {
    next: () => queue.shift(),
    giveBack: (tasks) => {
      queue.unshift(...tasks);
      for (const slot of slots) slot.pump();
    },
  };
  const timeoutMs = options.timeoutMs ?? null;
  const threads = Math.max(1, options.threads);
  const here = options.mainThread === true && timeoutMs === null;
  const slots: Slot[] = [];
  // Workers first, so they take the first tasks while this thread is still free to hand them out.
  for (let i = here ? 1 : 0; i < threads; i += 1)
    slots.push(new Slot(timeoutMs, source, false, options.helpers, options.depth, options.processFlags));
  if (here) slots.push(new Slot(timeoutMs, source, true));
  const run = (task: ParseTask): Promise<ParseTaskResult> => {
    if (closed) return Promise.resolve(failure(task, 'the parse pool is closed'));
    return new Promise<ParseTaskResult>((resolve) => {
      queue.push({ task, resolve });
      for (const slot of slots) slot.pump();
    });
  };
  return {
    // A file task always answers with a FileResult, a text task with a TextResult.
    runFile: (job) => run({ kind: 'file', job }) as Promise<FileResult>,
    runText: (job) => run({ kind: 'text', job }) as Promise<TextResult>,
    runBatch: (job) => run({ kind: 'batch', job }) as Promise<BatchResult>,
    get workerThreads() {
      return slots.filter((slot) => slot.isWorker).length;
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.resolve(failure(pending.task, 'the parse pool is closed'));
      await Promise.all(slots.map((slot) => slot.close()));
    },
  };
}
