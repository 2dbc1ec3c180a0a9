/**
 * `whosaid queue add <folder | file.jsonl | file.txt | -> --redis <url>`: one
 * job per article, its job id the article id. An article already in the queue
 * (waiting, running, done or failed) or whose result was already collected is
 * not added again, so adding the same input twice does the work once.
 */
import { stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { articleIdFromPath } from '../article-id';
import { CliError, formatError, problemOf } from '../cli-error';
import { listArticleFiles } from '../folder';
import { readLines, readRecord } from '../jsonl-input';
import { readArticleText } from '../read-text';
import { errorRecord } from '../stream';
import { collectedKey, jobIdOf } from './connection';
import { JOB_NAME, jobOptions, type ArticleJobData, type RetryOptions } from './jobs';

/** How many jobs go to Redis in one round trip. */
const BATCH = 500;

export type AddOptions = {
  redis: Redis;
  queue: string;
  /** A folder of .txt, a .txt file, a JSON Lines file, or `-` (JSON Lines on standard input). */
  input: string;
  /** Read a file as JSON Lines whatever its name. */
  jsonl: boolean;
  /** For articles that give no publication date. */
  published: string | null;
  retry: RetryOptions;
  stdin: AsyncIterable<Uint8Array | string> | null;
  /** Error lines and records. */
  stderr: { write(chunk: string): boolean };
};

export type AddSummary = {
  /** New jobs. */
  added: number;
  /** Articles already queued, done, failed or collected. */
  skipped: number;
  /** Inputs that could not be read (each reported on stderr). */
  bad: number;
};

/** The articles of the input, one at a time; unreadable ones are reported and skipped. */
async function* articles(options: AddOptions, onBad: (line: string) => void): AsyncGenerator<ArticleJobData> {
  const { input } = options;
  const info = input === '-' ? null : await stat(input).catch(() => null);
  if (input !== '-' && !info) throw new CliError('no such file or folder', { subject: input });
  if (info?.isDirectory()) {
    const files = await listArticleFiles(input);
    if (files.length === 0) throw new CliError('no .txt files in the folder', { subject: input });
    for (const file of files) {
      try {
        const text = await readArticleText(file);
        yield { id: articleIdFromPath(file), text, published: options.published, url: null };
      } catch (error) {
        onBad(formatError(error, file));
      }
    }
    return;
  }
  const jsonl = input === '-' || options.jsonl || /\.(jsonl|ndjson)$/i.test(input);
  if (!jsonl) {
    const text = await readArticleText(input);
    yield { id: articleIdFromPath(input), text, published: options.published, url: null };
    return;
  }
  const source = input === '-' ? options.stdin : createReadStream(input);
  if (!source) throw new CliError('standard input is not available here', { subject: '-' });
  for await (const line of readLines(source)) {
    if ('tooLong' in line) {
      onBad(errorRecord(input, line.number, `the line is too long (${line.tooLong} bytes)`));
      continue;
    }
    if (line.bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d)) continue;
    try {
      const record = readRecord(line.bytes);
      yield { id: record.id, text: record.text, published: record.published ?? options.published, url: record.url };
    } catch (error) {
      onBad(errorRecord(input, line.number, problemOf(error)));
    }
  }
}

/** Adds a batch: drops ids already collected or already in the queue, then adds the rest in one call. */
async function addBatch(queue: Queue, options: AddOptions, batch: ArticleJobData[], summary: AddSummary) {
  const seen = new Set<string>();
  const unique = batch.filter((job) => !seen.has(job.id) && seen.add(job.id));
  summary.skipped += batch.length - unique.length;
  const check = options.redis.pipeline();
  for (const job of unique) {
    check.sismember(collectedKey(options.queue), job.id);
    check.exists(queue.toKey(jobIdOf(job.id)));
  }
  const answers = (await check.exec()) ?? [];
  const fresh = unique.filter((_, i) => answers[2 * i]?.[1] === 0 && answers[2 * i + 1]?.[1] === 0);
  summary.skipped += unique.length - fresh.length;
  if (fresh.length === 0) return;
  // BullMQ ignores a job whose id exists, so a concurrent add of the same article still makes one job.
  await queue.addBulk(
    fresh.map((data) => ({ name: JOB_NAME, data, opts: jobOptions(jobIdOf(data.id), options.retry) })),
  );
  summary.added += fresh.length;
}

export async function addToQueue(options: AddOptions): Promise<AddSummary> {
  const queue = new Queue<ArticleJobData>(options.queue, { connection: options.redis });
  const summary: AddSummary = { added: 0, skipped: 0, bad: 0 };
  const onBad = (line: string) => {
    summary.bad += 1;
    options.stderr.write(`${line}\n`);
  };
  try {
    let batch: ArticleJobData[] = [];
    for await (const article of articles(options, onBad)) {
      batch.push(article);
      if (batch.length >= BATCH) {
        await addBatch(queue, options, batch, summary);
        batch = [];
      }
    }
    if (batch.length > 0) await addBatch(queue, options, batch, summary);
  } finally {
    await queue.close();
  }
  return summary;
}
