/**
 * `whosaid queue results --jsonl <file>`: appends every finished article to a
 * JSON Lines file and removes it from Redis, each exactly once. A batch is
 * written and flushed to disk before its jobs are removed and their ids
 * recorded as collected; should the command stop between the two, the next
 * run finds those ids already in the file and does not write them again. One
 * collector runs at a time per queue (a lock in Redis says so).
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { CliError } from '../cli-error';
import { readLines } from '../jsonl-input';
import { collectedKey, collectorLockKey } from './connection';

/** Jobs taken per round trip. */
const BATCH = 200;
/** The collector's lock lasts this long unless renewed (it is, every batch). */
const LOCK_MS = 60_000;

export type CollectOptions = {
  redis: Redis;
  queue: string;
  /** The JSON Lines file to append to, or `-` for standard output. */
  out: string;
  stdout: { write(chunk: string): boolean };
};

/** The `"id"` of each Article line already in the file (the first `"id"` of a line is the article's). */
async function idsInFile(path: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || info.size === 0) return ids;
  for await (const line of readLines(createReadStream(path))) {
    if (!('bytes' in line)) continue;
    const match = /"id":"([^"]+)"/.exec(line.bytes.subarray(0, 4096).toString('utf8'));
    if (match?.[1]) ids.add(match[1]);
  }
  return ids;
}

type Sink = { write(text: string): Promise<void>; close(): Promise<void> };

async function openSink(options: CollectOptions): Promise<Sink> {
  if (options.out === '-') {
    return { write: async (text) => void options.stdout.write(text), close: async () => undefined };
  }
  const file = await open(options.out, 'a').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot write the file (${error.code ?? error.message})`, { subject: options.out });
  });
  return {
    async write(text) {
      await file.write(text);
      await file.sync();
    },
    close: () => file.close(),
  };
}

/** Collects every finished article; resolves to how many were written. */
export async function collectResults(options: CollectOptions): Promise<number> {
  const { redis } = options;
  const token = randomUUID();
  const lock = collectorLockKey(options.queue);
  if ((await redis.set(lock, token, 'PX', LOCK_MS, 'NX')) !== 'OK') {
    throw new CliError('another `queue results` is collecting this queue; run one at a time', {
      subject: options.queue,
    });
  }
  const queue = new Queue(options.queue, { connection: redis });
  const already = options.out === '-' ? new Set<string>() : await idsInFile(options.out);
  const sink = await openSink(options);
  let written = 0;
  try {
    for (;;) {
      const jobs = await queue.getCompleted(0, BATCH - 1);
      if (jobs.length === 0) break;
      let text = '';
      const ids: string[] = [];
      for (const job of jobs) {
        const article = job.returnvalue as { id?: string } | null;
        if (!article?.id) continue;
        ids.push(article.id);
        if (already.has(article.id)) continue;
        text += `${JSON.stringify(article)}\n`;
        written += 1;
      }
      if (text) await sink.write(text);
      const done = redis.multi();
      if (ids.length > 0) done.sadd(collectedKey(options.queue), ...ids);
      done.pexpire(lock, LOCK_MS);
      await done.exec();
      await Promise.all(jobs.map((job) => job.remove()));
    }
  } finally {
    await sink.close();
    await queue.close();
    // Released only if still ours.
    if ((await redis.get(lock)) === token) await redis.del(lock);
  }
  return written;
}
