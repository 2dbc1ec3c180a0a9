/**
 * The queue commands' arguments and runs:
 *
 *   whosaid queue add <folder | file.jsonl | file.txt | -> [--jsonl] [--published <date>] [--attempts n] [--backoff s]
 *   whosaid queue status [--json]
 *   whosaid queue results --jsonl <file | ->
 *   whosaid worker [--concurrency n] [--timeout s] [--stall-timeout s]
 *
 * each with `--redis <url>` (or WHOSAID_REDIS) and `--queue <name>`.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { checkPublished } from '../args';
import { CliError, USAGE_EXIT } from '../cli-error';
import { addToQueue } from './add';
import { connect, queueName, redisUrl } from './connection';
import { DEFAULT_RETRY } from './jobs';
import { collectResults } from './results';
import { formatStatus, queueStatus } from './status';
import { startWorker } from './worker';

export type QueueIo = {
  stdin: AsyncIterable<Uint8Array | string> | null;
  stdout: { write(chunk: string): boolean };
  stderr: { write(chunk: string): boolean };
  /** Starts listening for a request to stop (SIGINT, SIGTERM); resolves when one comes. */
  untilStopped(): Promise<void>;
};

export const QUEUE_USAGE = `usage: whosaid queue add <folder | file.jsonl | file.txt | -> --redis <url> [options]
       whosaid queue status --redis <url> [--json]
       whosaid queue results --jsonl <file | -> --redis <url>
       whosaid worker --redis <url> [--concurrency <n>] [--timeout <s>] [--stall-timeout <s>]

Spreads the parsing over any number of machines with BullMQ on Redis: add the
articles once, start a worker on each machine, collect the results. An article's
id is its job id, so adding the same input twice does the work once.

  --redis <url>          the Redis server, redis://host:6379 (default: $WHOSAID_REDIS)
  --queue <name>         the queue (default: whosaid); one per run or archive
  add:
    --jsonl              read the file as JSON Lines whatever its name (- always is)
    --published <date>   publication date for articles that give none
    --attempts <n>       runs per article before it is failed (default: ${DEFAULT_RETRY.attempts})
    --backoff <s>        wait before the first retry, doubled each time (default: ${DEFAULT_RETRY.backoffMs / 1000})
  status:
    --json               the counts and failures as JSON
  results:
    --jsonl <file | ->   append every finished Article to the file (- for standard output),
                         each once, and remove it from Redis
  worker:
    --concurrency <n>    articles at once, each on its own thread (default: one per CPU core)
    --timeout <s>        longest one article may take; then the attempt fails (default: 60)
    --stall-timeout <s>  how soon the jobs of a worker that died go to another (default: 30)`;

const COMMON = {
  redis: { type: 'string' },
  queue: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function read<T extends Record<string, { type: 'string' | 'boolean'; short?: string }>>(
  argv: readonly string[],
  options: T,
) {
  try {
    return parseArgs({ args: [...argv], options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)} (see --help)`, {
      exitCode: USAGE_EXIT,
    });
  }
}

function positiveNumber(name: string, value: string | undefined, fallback: number, max = 100_000): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || number <= 0 || number > max) {
    throw new CliError(`--${name}: "${value}" is not a number from 0 to ${max}`, { exitCode: USAGE_EXIT });
  }
  return number;
}

function wholeNumber(name: string, value: string | undefined, fallback: number, max = 256): number {
  const number = positiveNumber(name, value, fallback, max);
  if (!Number.isInteger(number))
    throw new CliError(`--${name}: "${value}" is not a whole number`, { exitCode: USAGE_EXIT });
  return number;
}

function noMorePositionals(positionals: readonly string[], from: number): void {
  if (positionals.length > from) {
    throw new CliError(`unexpected argument "${positionals[from]}" (see --help)`, { exitCode: USAGE_EXIT });
  }
}

async function add(argv: readonly string[], io: QueueIo): Promise<number> {
  const { values, positionals } = read(argv, {
    jsonl: { type: 'boolean' },
    published: { type: 'string' },
    attempts: { type: 'string' },
    backoff: { type: 'string' },
  });
  if (values.help) return help(io);
  const input = positionals[0];
  if (input === undefined)
    throw new CliError('no input: give a folder, a .jsonl file, or - (see --help)', { exitCode: USAGE_EXIT });
  noMorePositionals(positionals, 1);
  const url = redisUrl(values.redis);
  const queue = queueName(values.queue);
  const retry = {
    attempts: wholeNumber('attempts', values.attempts, DEFAULT_RETRY.attempts, 100),
    backoffMs: Math.round(positiveNumber('backoff', values.backoff, DEFAULT_RETRY.backoffMs / 1000, 86_400) * 1000),
  };
  const published = values.published === undefined ? null : checkPublished(values.published);
  const redis = await connect(url);
  try {
    const summary = await addToQueue({
      redis,
      queue,
      input,
      jsonl: values.jsonl ?? false,
      published,
      retry,
      stdin: io.stdin,
      stderr: io.stderr,
    });
    io.stdout.write(
      `whosaid: queue ${queue}: ${summary.added} added, ${summary.skipped} already there${summary.bad ? `, ${summary.bad} unreadable` : ''}\n`,
    );
    return summary.bad > 0 ? 1 : 0;
  } finally {
    redis.disconnect();
  }
}

async function status(argv: readonly string[], io: QueueIo): Promise<number> {
  const { values, positionals } = read(argv, { json: { type: 'boolean' } });
  if (values.help) return help(io);
  noMorePositionals(positionals, 0);
  const queue = queueName(values.queue);
  const redis = await connect(redisUrl(values.redis));
  try {
    const result = await queueStatus(redis, queue);
    io.stdout.write(values.json ? `${JSON.stringify({ queue, ...result })}\n` : formatStatus(queue, result));
    return 0;
  } finally {
    redis.disconnect();
  }
}

async function results(argv: readonly string[], io: QueueIo): Promise<number> {
  const { values, positionals } = read(argv, { jsonl: { type: 'string' } });
  if (values.help) return help(io);
  noMorePositionals(positionals, 0);
  if (values.jsonl === undefined)
    throw new CliError('results needs --jsonl <file> (or --jsonl - for standard output)', { exitCode: USAGE_EXIT });
  const queue = queueName(values.queue);
  const redis = await connect(redisUrl(values.redis));
  try {
    const written = await collectResults({ redis, queue, out: values.jsonl, stdout: io.stdout });
    if (values.jsonl !== '-')
      io.stdout.write(
        `whosaid: queue ${queue}: ${written} result${written === 1 ? '' : 's'} written to ${values.jsonl}\n`,
      );
    return 0;
  } finally {
    redis.disconnect();
  }
}

/** Runs until asked to stop, then lets the jobs in hand finish. */
export async function worker(argv: readonly string[], io: QueueIo): Promise<number> {
  const { values, positionals } = read(argv, {
    concurrency: { type: 'string' },
    timeout: { type: 'string' },
    'stall-timeout': { type: 'string' },
  });
  if (values.help) return help(io);
  noMorePositionals(positionals, 0);
  const url = redisUrl(values.redis);
  const queue = queueName(values.queue);
  const concurrency = wholeNumber('concurrency', values.concurrency, availableParallelism());
  const timeoutMs = Math.round(positiveNumber('timeout', values.timeout, 60, 86_400) * 1000);
  const stallMs = Math.round(positiveNumber('stall-timeout', values['stall-timeout'], 30, 86_400) * 1000);
  // A worker waits for Redis rather than giving up: it may be starting, or restarting.
  const redis = await connect(url, null);
  const running = await startWorker({ redis, queue, concurrency, timeoutMs, stallMs, stderr: io.stderr });
  io.stderr.write(`whosaid: worker on queue ${queue}, ${concurrency} at a time; Ctrl-C to stop\n`);
  await io.untilStopped();
  await running.close();
  redis.disconnect();
  return 0;
}

function help(io: QueueIo): number {
  io.stdout.write(`${QUEUE_USAGE}\n`);
  return 0;
}

/** `whosaid queue <add | status | results> …`. */
export async function queueCommand(argv: readonly string[], io: QueueIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'add') return add(rest, io);
  if (sub === 'status') return status(rest, io);
  if (sub === 'results') return results(rest, io);
  if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') return help(io);
  throw new CliError(`no queue command "${sub}": use add, status or results (see --help)`, { exitCode: USAGE_EXIT });
}
