/**
 * `whosaid worker --redis <url> [--concurrency N]`: takes article jobs from
 * the queue and parses them on N prebuilt worker threads (one per CPU core by
 * default), on as many machines as you start it on. BullMQ hands each job to
 * one worker, renews its lock while it runs, and gives the jobs of a worker
 * that died to another once their lock runs out. A parse that throws is
 * retried with backoff; text that can't be an article, and a job out of
 * attempts, end as failed with the reason.
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Article } from '@/article';
import { createPool, type ParsePool } from '../pool';
import type { ArticleJobData } from './jobs';

export type WorkerOptions = {
  redis: Redis;
  queue: string;
  /** Jobs at once, each on its own worker thread. */
  concurrency: number;
  /** Longest one article may take before its thread is ended and the attempt fails. */
  timeoutMs: number;
  /**
   * How long a job whose worker stopped answering (killed, machine gone)
   * waits before another worker takes it: BullMQ's lock duration and stalled
   * check interval.
   */
  stallMs: number;
  /** One line per failed attempt and per connection problem. */
  stderr: { write(chunk: string): boolean };
};

export type RunningWorker = {
  /** Finishes the jobs in hand, then stops taking jobs and ends the threads. */
  close(): Promise<void>;
};

async function processArticle(pool: ParsePool, job: Job<ArticleJobData>): Promise<Article> {
  const { id, text, published } = job.data;
  const result = await pool.runText({ id, text, published });
  if (result.ok) return JSON.parse(result.json) as Article;
  // The text itself is the problem: another attempt would fail the same way.
  if (result.input) throw new UnrecoverableError(result.error);
  throw new Error(result.error);
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const pool = createPool({ threads: options.concurrency, timeoutMs: options.timeoutMs });
  const worker = new Worker<ArticleJobData, Article>(options.queue, (job) => processArticle(pool, job), {
    connection: options.redis,
    concurrency: options.concurrency,
    lockDuration: options.stallMs,
    stalledInterval: options.stallMs,
    // A job whose worker died twice is not an article's fault, but a third death ends it as failed.
    maxStalledCount: 2,
  });
  let lastError = '';
  worker.on('error', (error) => {
    // Connection drops repeat every retry: one line per distinct message.
    if (error.message === lastError) return;
    lastError = error.message;
    options.stderr.write(`whosaid: worker: ${error.message}\n`);
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    const final = job.attemptsMade >= attempts || error instanceof UnrecoverableError;
    options.stderr.write(
      `whosaid: ${job.data.id}: ${error.message}${final ? ' (failed)' : ` (attempt ${job.attemptsMade} of ${attempts}, will retry)`}\n`,
    );
  });
  worker.on('ready', () => {
    lastError = '';
  });
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      await pool.close();
    },
  };
}
