/**
 * Folder mode: every `.txt` and `.html` in a folder, parsed on all CPU cores
 * (with `--jobs n` above 1, n child processes, each taking batches of files,
 * reading them and writing their `<out>/<id>.json`); optionally one JSON Lines
 * file and a speakers CSV. A file that fails is one line on standard error and
 * the rest go on.
 */
import { availableParallelism } from 'node:os';
import type { Dirent } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, readFile, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { articleIdFromPath } from './article-id';
import { CliError } from './cli-error';
import type { FileBatch } from './file-batch';
import type { FileJob, FileResult } from './file-result';
import { createPool } from './pool';
import { createProgress, type ProgressStream } from './progress';
import { mergeSpeakers, speakersCsv } from './speakers-csv';
import { mark, markCpu } from './timeline';

export type FolderOptions = {
  out: string | null;
  jsonl: string | null;
  speakersCsv: string | null;
  published: string | null;
  relativeTo?: string | null;
  /** Processes that parse (1: this one; n: n child processes); null for one per CPU core. */
  jobs: number | null;
  /** Where error lines and the progress line go (standard error). */
  stderr: ProgressStream;
};

export type FolderSummary = { parsed: number; failed: number };

/** The folder's `.txt` and `.html` files, sorted by name. */
export async function listArticleFiles(folder: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    throw new CliError(code === 'ENOENT' ? 'no such folder' : `cannot read the folder (${code})`, { subject: folder });
  }
  const files: string[] = [];
  // By name, as Array.prototype.sort orders strings; the entry says what it is, so only links need a stat.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (!/\.(txt|html?)$/i.test(entry.name) || entry.isDirectory()) continue;
    const path = join(folder, entry.name);
    // A symbolic link (or a file system that does not say what an entry is): what it points to.
    if (entry.isFile() || (await stat(path).catch(() => null))?.isFile()) files.push(path);
  }
  return files;
}

/**
 * Files per batch when `processes` share `files`: about 16 batches per process, so one that
 * runs slower (a busy core) takes fewer, and at most 32, so the last batch is short
 * (32 articles are about 0.2 s of parsing).
 */
export function batchSize(files: number, processes: number): number {
  return Math.max(1, Math.min(32, Math.ceil(files / (processes * 16))));
}

/** The jobs in runs of `size`, in input order; each writes its Article lines to `<parts>/<n>.jsonl`. */
function batchesOf(jobs: readonly FileJob[], size: number, parts: string | null): FileBatch[] {
  const batches: FileBatch[] = [];
  for (let start = 0; start < jobs.length; start += size) {
    const part = parts === null ? null : join(parts, `${String(batches.length).padStart(6, '0')}.jsonl`);
    batches.push({ jobs: jobs.slice(start, start + size), part });
  }
  return batches;
}

/**
 * Runs the jobs in batches on `processes` child processes, each reading, parsing and writing its
 * files itself, while this process waits, counts and shows progress: two processes each on
 * their own files parse faster than a command process that parses and hands out files one by
 * one to others (docs/scale.md). Each batch is one message each way, and its Article lines
 * (`--jsonl`) go to a part file of its own, not through this process. Resolves to the batches
 * in input order.
 *
 * With a child for every core, each runs V8 `--single-threaded` (compiling and collecting
 * garbage on its own thread): V8's helper threads would only take time from the other
 * children, and without them `--jobs 2` on 2 cores took 3 % less time and 2 % less CPU
 * (docs/scale.md). `--jobs 1` keeps them: there they run on an otherwise idle core.
 */
async function runInProcesses(
  batches: readonly FileBatch[],
  processes: number,
  onResult: (result: FileResult) => void,
  onBatch: (index: number) => void,
): Promise<void> {
  const threads = Math.min(processes, batches.length);
  const processFlags = threads >= availableParallelism() ? ['--single-threaded'] : [];
  const pool = createPool({ threads, helpers: 'process', depth: 1, processFlags });
  try {
    await Promise.all(
      batches.map((batch, index) =>
        pool.runBatch(batch).then((done) => {
          done.results.forEach(onResult);
          onBatch(index);
        }),
      ),
    );
  } finally {
    await pool.close();
  }
}

/** Parses the folder; per-file errors go to `stderr`. Throws a CliError only when nothing can start. */
export async function parseFolder(folder: string, options: FolderOptions): Promise<FolderSummary> {
  markCpu('folder-start');
  const files = await listArticleFiles(folder);
  if (files.length === 0) throw new CliError('no .txt or .html files in the folder', { subject: folder });
  if (options.out !== null) {
    try {
      await mkdir(options.out, { recursive: true });
    } catch {
      throw new CliError('cannot create the output folder', { subject: options.out });
    }
  }

  const progress = createProgress(options.stderr, files.length);
  const results: (FileResult | undefined)[] = new Array<FileResult | undefined>(files.length);
  const indexOf = new Map(files.map((file, i) => [file, i]));
  const record = (result: FileResult) => {
    results[indexOf.get(result.file) ?? 0] = result;
    if (!result.ok) progress.line(result.error);
    progress.tick(!result.ok);
  };

  // Two files with one id ("a b.txt", "a-b.txt") would overwrite each other: the second is refused.
  const owner = new Map<string, string>();
  const jobs: FileJob[] = [];
  for (const file of files) {
    const id = articleIdFromPath(file);
    const first = owner.get(id);
    if (first !== undefined) {
      record({ ok: false, file, error: `whosaid: ${file}: its id "${id}" is already used by ${first}` });
      continue;
    }
    owner.set(id, file);
    jobs.push({
      file,
      out: options.out,
      published: options.published,
      relativeTo: options.relativeTo ?? null,
      line: options.jsonl !== null,
    });
  }

  const processes = Math.min(options.jobs ?? availableParallelism(), jobs.length);
  if (processes <= 1) {
    // Loaded only here: with child processes, this process parses nothing (and loads no parser).
    const { runFileJob } = await import('./file-result');
    for (const [i, job] of jobs.entries()) {
      if (i % 32 === 0) mark(`task-start file=${i}`);
      record(await runFileJob(job));
      if (i % 32 === 31 || i === jobs.length - 1) markCpu(`task-end file=${i}`);
    }
    progress.done();
  } else {
    const parts = options.jsonl === null ? null : await partsFolder(options.jsonl);
    try {
      const batches = batchesOf(jobs, batchSize(jobs.length, processes), parts);
      const parsed = (batch: FileBatch) => batch.jobs.some((job) => results[indexOf.get(job.file) ?? -1]?.ok === true);
      const joiner = options.jsonl === null ? null : partJoiner(options.jsonl, batches, parsed);
      await runInProcesses(batches, processes, record, (index) => joiner?.batchDone(index));
      progress.done();
      mark('children-done');
      await joiner?.finish();
      mark('parts-joined');
    } finally {
      if (parts !== null) await rm(parts, { recursive: true, force: true });
    }
  }

  const done = results.filter((result): result is Extract<FileResult, { ok: true }> => result?.ok === true);
  if (options.jsonl !== null && processes <= 1) {
    await writeOutput(options.jsonl, done.map((result) => `${result.line ?? ''}\n`).join(''));
  }
  if (options.speakersCsv !== null) {
    await writeOutput(options.speakersCsv, speakersCsv(mergeSpeakers(done.map((result) => result.speakers))));
  }
  markCpu('folder-done');
  return { parsed: done.length, failed: files.length - done.length };
}

function cannotWrite(path: string, error: unknown): CliError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'error';
  return new CliError(`cannot write the file (${code})`, { subject: path });
}

async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

/** A fresh folder beside the JSON Lines output for the batches' parts (on the disk the output goes to). */
async function partsFolder(jsonl: string): Promise<string> {
  try {
    return await mkdtemp(join(dirname(resolve(jsonl)), `.${basename(jsonl)}.parts-`));
  } catch (error) {
    throw cannotWrite(jsonl, error);
  }
}

/**
 * Writes the JSON Lines output while the children parse: each batch's part, in input order, as
 * soon as it and every batch before it are done (a batch writes its part only when one of its
 * files parsed), then removes it. So the output is whole when the last batch ends, instead of a
 * copy of every part after it (74 ms for 2,520 articles, with one core idle), and the parts never
 * take the output's size again on the disk. A write that fails stops the joining, and `finish`
 * throws it once the children are done, as before.
 */
function partJoiner(jsonl: string, batches: readonly FileBatch[], parsed: (batch: FileBatch) => boolean) {
  const done = new Set<number>();
  let next = 0;
  let output: Promise<FileHandle> | null = null;
  let failure: unknown = null;
  let joined: Promise<void> = Promise.resolve();
  const handle = () => (output ??= open(jsonl, 'w'));
  const joinReady = async () => {
    for (; done.has(next); next += 1) {
      const batch = batches[next];
      if (failure !== null || batch === undefined || batch.part === null || !parsed(batch)) continue;
      try {
        await (await handle()).writeFile(await readFile(batch.part));
        await rm(batch.part, { force: true });
      } catch (error) {
        failure = error;
      }
    }
  };
  return {
    /** Batch `index` has ended and its results are recorded. */
    batchDone(index: number): void {
      done.add(index);
      joined = joined.then(joinReady);
    },
    /** Waits for the joining; creates the output when no part was written; throws a CliError when it failed. */
    async finish(): Promise<void> {
      await joined;
      try {
        if (failure === null) await (await handle()).close();
        else await (await output)?.close();
      } catch (error) {
        failure ??= error;
      }
      if (failure !== null) throw cannotWrite(jsonl, failure);
    },
  };
}
