/**
 * Redis connections and names for the queue commands. BullMQ keeps its jobs
 * under `bull:<queue>:…`; whosaid adds `whosaid:<queue>:collected`, the ids
 * of results already collected, so adding an article again after its result
 * was taken away still does no work twice.
 */
import { Redis } from 'ioredis';
import { CliError, USAGE_EXIT } from '../cli-error';

/** The queue's name when none is given. */
export const DEFAULT_QUEUE = 'whosaid';

/** Where the queue lives: a Redis URL and a queue name. */
export type QueueTarget = { redis: string; queue: string };

/** The Redis URL from `--redis`, else `WHOSAID_REDIS`; without one the queue commands can't run. */
export function redisUrl(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const url = option ?? env.WHOSAID_REDIS;
  if (!url) {
    throw new CliError(
      'no Redis: give --redis <url> (or set WHOSAID_REDIS); without Redis, `whosaid parse <folder | file.jsonl | ->` does the whole run in this process',
      { exitCode: USAGE_EXIT },
    );
  }
  if (!/^rediss?:\/\//.test(url)) {
    throw new CliError(`--redis: "${url}" is not a redis:// or rediss:// URL`, { exitCode: USAGE_EXIT });
  }
  return url;
}

/** A queue name BullMQ accepts: letters, digits, `-` and `_`. */
export function queueName(option: string | undefined): string {
  const name = option ?? DEFAULT_QUEUE;
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) {
    throw new CliError(`--queue: "${name}" is not a queue name (letters, digits, - and _)`, { exitCode: USAGE_EXIT });
  }
  return name;
}

/**
 * BullMQ's job id for an article: the article id itself, except that BullMQ
 * refuses ids of digits only, which get a `#` in front (never part of an
 * article id, so no two articles share a job id).
 */
export function jobIdOf(articleId: string): string {
  return /^\d+$/.test(articleId) ? `#${articleId}` : articleId;
}

/** The Redis set of collected article ids. */
export function collectedKey(queue: string): string {
  return `whosaid:${queue}:collected`;
}

/** The Redis key that keeps two collectors of one queue from running at once. */
export function collectorLockKey(queue: string): string {
  return `whosaid:${queue}:collector`;
}

/**
 * A connection that retries every command across a Redis restart (BullMQ
 * needs `maxRetriesPerRequest: null`). With `waitMs`, it fails with a clear
 * error when Redis can't be reached that soon, instead of waiting forever.
 */
export async function connect(url: string, waitMs: number | null = 10_000): Promise<Redis> {
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
  redis.on('error', () => {
    // Reported through the failed connect below, or retried by ioredis; not an uncaught error.
  });
  const connected = redis.connect();
  if (waitMs === null) {
    await connected.catch(() => undefined);
    return redis;
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), waitMs);
  });
  try {
    await Promise.race([connected, late]);
  } catch (error) {
    redis.disconnect();
    throw new CliError(`cannot reach Redis (${error instanceof Error ? error.message : String(error)})`, {
      subject: url,
    });
  } finally {
    clearTimeout(timer);
  }
  return redis;
}
