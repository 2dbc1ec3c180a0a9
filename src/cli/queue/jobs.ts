/** What a queue job carries and returns, and the job options every article gets. */
import type { JobsOptions } from 'bullmq';
import type { TextJob } from '../parse-task';

/** The job's name in BullMQ (one kind of job per queue). */
export const JOB_NAME = 'parse';

/** A job's data: the parse job, and the record's url when it gave one. */
export type ArticleJobData = TextJob & { url: string | null };

/** How a job retries: `attempts` runs in all, waiting `backoffMs`, then twice that, and so on. */
export type RetryOptions = { attempts: number; backoffMs: number };

export const DEFAULT_RETRY: RetryOptions = { attempts: 3, backoffMs: 2_000 };

/**
 * Options of every article's job: its id, retries with exponential backoff,
 * and both results and failures kept in Redis until collected (or looked at).
 */
export function jobOptions(jobId: string, retry: RetryOptions): JobsOptions {
  return {
    jobId,
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    removeOnComplete: false,
    removeOnFail: false,
  };
}
