/**
 * A pool of parse worker threads, one task per thread at a time. Workers run
 * the prebuilt `parse-worker.js` next to this module (the package's `lib/`),
 * or the TypeScript source through tsx when run from a clone. A worker that
 * cannot start hands its share to this thread; a task over its time limit
 * ends its worker, which is replaced. Close the pool when done: its workers
 * keep the process alive.
 */
import { Worker } from 'node:worker_threads';
import type { FileJob, FileResult } from './file-result';
import { runTask, type ParseTask, type ParseTaskResult, type TextJob, type TextResult } from './parse-task';

export type PoolOptions = {
  /** Worker threads, at least 1. */
  threads: number;
  /** Longest a task may take; past it, its worker is ended and the task fails. No limit when null. */
  timeoutMs?: number | null;
};

export type ParsePool = {
  /** Parses one folder file; a time-out or a dead worker is a failed result. Never rejects. */
  runFile(job: FileJob): Promise<FileResult>;
  /** Parses one article's text; a time-out or a dead worker is a failed result. Never rejects. */
  runText(job: TextJob): Promise<TextResult>;
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

/**
 * A small young generation per thread: the parser makes short-lived garbage
 * fast, and V8's default lets each thread hold tens of megabytes of it, which
 * with several threads is most of a stream's memory. The old generation is
 * left unbounded, so a 10 MB article still parses.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

type Pending = { task: ParseTask; resolve: (result: ParseTaskResult) => void };

/** The failed result of a task that did not run to the end. */
function failure(task: ParseTask, error: string): ParseTaskResult {
  return task.kind === 'file' ? { ok: false, file: task.job.file, error } : { ok: false, error, input: false };
}

class Slot {
  private worker: Worker | null = null;
  private ready = false;
  private inThread = false;
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly timeoutMs: number | null,
    private readonly next: () => Pending | undefined,
  ) {
    this.start();
  }

  get isWorker(): boolean {
    return !this.inThread;
  }

  private start(): void {
    let worker: Worker;
    try {
      worker = new Worker(workerScript(), { resourceLimits: WORKER_LIMITS });
    } catch {
      this.inThread = true;
      return;
    }
    this.worker = worker;
    this.ready = false;
    worker.on('message', (message: ParseTaskResult | 'ready') => {
      if (message === 'ready') {
        this.ready = true;
        this.pump();
        return;
      }
      this.finish(message);
    });
    worker.on('error', (error) => this.died(worker, error.message));
    worker.on('exit', (code) => this.died(worker, `exit status ${code}`));
  }

  private died(worker: Worker, why: string): void {
    if (worker !== this.worker) return;
    this.worker = null;
    if (!this.ready) {
      // It never started (no prebuilt script, no loader): parse in this thread instead.
      this.inThread = true;
      this.pump();
      return;
    }
    // The replacement starts first, so the next task waits for it instead of going to no worker.
    this.start();
    this.finish(null, `the worker thread stopped (${why})`);
  }

  private finish(result: ParseTaskResult | null, error = 'failed'): void {
    const pending = this.current;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
    if (pending) pending.resolve(result ?? failure(pending.task, error));
    this.pump();
  }

  /** Takes the next task when idle. */
  pump(): void {
    if (this.current) return;
    const worker = this.worker;
    if (!this.inThread && (!this.ready || !worker)) return;
    const pending = this.next();
    if (!pending) return;
    this.current = pending;
    if (this.inThread || !worker) {
      void runTask(pending.task).then((result) => this.finish(result));
      return;
    }
    if (this.timeoutMs !== null) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.worker = null;
        void worker.terminate();
        this.start();
        this.finish(null, `timed out after ${this.timeoutMs} ms`);
      }, this.timeoutMs);
    }
    worker.postMessage(pending.task);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (this.timer) clearTimeout(this.timer);
    if (worker) await worker.terminate();
  }
}

export function createPool(options: PoolOptions): ParsePool {
  const queue: Pending[] = [];
  let closed = false;
  const next = () => queue.shift();
  const slots: Slot[] = [];
  for (let i = 0; i < Math.max(1, options.threads); i += 1) slots.push(new Slot(options.timeoutMs ?? null, next));
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
