/** `whosaid queue status`: how many jobs wait, run, are done, collected and failed, and why they failed. */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { collectedKey } from './connection';

export type QueueStatus = {
  /** Waiting to be taken, including those waiting to retry after a failed attempt. */
  waiting: number;
  /** Being parsed now. */
  active: number;
  /** Parsed, result in Redis until collected. */
  done: number;
  /** Results already taken by `queue results`. */
  collected: number;
  /** Out of attempts, or not an article. */
  failed: number;
  /** The first failures, with their reasons. */
  failures: { id: string; reason: string; attempts: number }[];
};

/** How many failures `status` lists. */
const SHOWN_FAILURES = 20;

export async function queueStatus(redis: Redis, name: string): Promise<QueueStatus> {
  const queue = new Queue(name, { connection: redis });
  try {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
    const failedJobs = await queue.getFailed(0, SHOWN_FAILURES - 1);
    return {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0),
      active: counts.active ?? 0,
      done: counts.completed ?? 0,
      collected: await redis.scard(collectedKey(name)),
      failed: counts.failed ?? 0,
      failures: failedJobs.map((job) => ({
        id: (job.data as { id?: string } | undefined)?.id ?? String(job.id),
        reason: job.failedReason,
        attempts: job.attemptsMade,
      })),
    };
  } finally {
    await queue.close();
  }
}

/** The status as a person reads it. */
export function formatStatus(name: string, status: QueueStatus): string {
  const lines = [
    `queue ${name}: ${status.waiting} waiting, ${status.active} active, ${status.done} done (not yet collected), ${status.collected} collected, ${status.failed} failed`,
  ];
  for (const failure of status.failures) {
    lines.push(
      `  failed ${failure.id}: ${failure.reason} (after ${failure.attempts} attempt${failure.attempts === 1 ? '' : 's'})`,
    );
  }
  if (status.failed > status.failures.length) lines.push(`  … and ${status.failed - status.failures.length} more`);
  return `${lines.join('\n')}\n`;
}
