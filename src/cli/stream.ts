/**
 * Stream mode: JSON Lines in, JSON Lines out. Lines are parsed on every core
 * and written in input order; at most a few lines per worker are in flight,
 * and output waits for a slow reader, so memory stays flat however long the
 * stream. A bad line is one JSON error record on standard error, naming its
 * line number, and the stream goes on.
 */
import { availableParallelism } from 'node:os';
import { problemOf } from './cli-error';
import { readLines, readRecord, recordJob, type InputLine } from './jsonl-input';
import { createPool } from './pool';
import { createProgress, type ProgressStream } from './progress';
import { runTextJob, type TextResult } from './parse-task';

/** A writable that may ask us to wait (`write` returns false until 'drain'). */
export type OutputStream = {
  write(chunk: string): boolean;
  once?(event: 'drain', listener: () => void): unknown;
};

export type StreamOptions = {
  /** Worker threads; null for one per CPU core. 1 parses in this thread. */
  jobs: number | null;
  /** Publication date-time for lines that give none. */
  published: string | null;
  /** What the input is called in error records: `-` for standard input, else the file. */
  source: string;
  stdout: OutputStream;
  stderr: ProgressStream;
};

export type StreamSummary = { parsed: number; failed: number };

/** What one line became: an Article line, or the error record of the line. */
type Outcome = { ok: true; json: string } | { ok: false; record: string };

/** The error record of a bad line, one JSON object: `{"error":…,"line":…,"source":…,"id":…}`. */
export function errorRecord(source: string, line: number, error: string, id: string | null = null): string {
  return JSON.stringify({ error, line, source, id });
}

function write(stream: OutputStream, text: string): Promise<void> | null {
  if (stream.write(text) || !stream.once) return null;
  const once = stream.once.bind(stream);
  return new Promise((resolve) => once('drain', resolve));
}

/** Only spaces, tabs and `\r`: a blank line, skipped (it still counts for line numbers). */
function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  return true;
}

/** Parses every line of `input`; bad lines go to `stderr` as error records. Never throws for a bad line. */
export async function parseStream(
  input: AsyncIterable<Uint8Array | string>,
  options: StreamOptions,
): Promise<StreamSummary> {
  const threads = options.jobs ?? availableParallelism();
  // Workers only, unlike folder mode: this thread's young generation can't be capped from inside the
  // process (a worker's is 8 MB, this one's grows to 64 MB). Parsing here too saved 4 % of the CPU,
  // but a long stream's memory rose sooner (docs/scale.md, "Memory").
  const pool = threads > 1 ? createPool({ threads }) : null;
  const progress = createProgress(options.stderr, null, Date.now, 'articles');
  // In flight at once: enough to keep every worker busy while the oldest is written.
  const window = Math.max(2, threads * 4);
  const pending: Promise<Outcome>[] = [];
  const summary: StreamSummary = { parsed: 0, failed: 0 };

  const start = (line: InputLine): Promise<Outcome> => {
    const fail = (problem: string, id: string | null = null): Outcome => ({
      ok: false,
      record: errorRecord(options.source, line.number, problem, id),
    });
    if ('tooLong' in line) {
      return Promise.resolve(fail(`the line is too long (${line.tooLong} bytes)`));
    }
    let job;
    try {
      job = recordJob(readRecord(line.bytes), options.published);
    } catch (error) {
      return Promise.resolve(fail(problemOf(error)));
    }
    const done = (result: TextResult): Outcome => (result.ok ? result : fail(result.error, job.id));
    return pool ? pool.runText(job).then(done) : Promise.resolve(done(runTextJob(job)));
  };

  const emit = async (outcome: Outcome) => {
    if (outcome.ok) {
      summary.parsed += 1;
      await write(options.stdout, `${outcome.json}\n`);
    } else {
      summary.failed += 1;
      progress.line(outcome.record);
    }
    progress.tick(!outcome.ok);
  };

  try {
    for await (const line of readLines(input)) {
      if ('bytes' in line && isBlank(line.bytes)) continue;
      pending.push(start(line));
      if (pending.length >= window) await emit(await (pending.shift() as Promise<Outcome>));
    }
    while (pending.length > 0) await emit(await (pending.shift() as Promise<Outcome>));
  } finally {
    progress.done();
    await pool?.close();
  }
  return summary;
}
