/**
 * Folder mode: every `.txt` and `.html` in a folder, parsed on all CPU cores (this
 * thread and worker threads, each reading its files and writing its
 * `<out>/<id>.json`); optionally one JSON Lines file and a
 * speakers CSV. A file that fails is one line on standard error and the rest
 * go on.
 */
import { availableParallelism } from 'node:os';
import type { Dirent } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleIdFromPath } from './article-id';
import { CliError } from './cli-error';
import { runFileJob, type FileJob, type FileResult } from './file-result';
import { createPool } from './pool';
import { createProgress, type ProgressStream } from './progress';
import { mergeSpeakers, speakersCsv } from './speakers-csv';

export type FolderOptions = {
  out: string | null;
  jsonl: string | null;
  speakersCsv: string | null;
  published: string | null;
  relativeTo?: string | null;
  /** Threads that parse (this one and jobs - 1 workers); null for one per CPU core. */
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

/** Runs the jobs on `threads` threads (this one and prebuilt workers), calling `onResult` as each ends. */
async function runAll(
  jobs: readonly FileJob[],
  threads: number,
  onResult: (result: FileResult) => void,
): Promise<void> {
  if (threads <= 1 || jobs.length <= 1) {
    for (const job of jobs) onResult(await runFileJob(job));
    return;
  }
  // Processes, not threads: two processes side by side parse faster than two threads in one (docs/scale.md).
  const pool = createPool({ threads: Math.min(threads, jobs.length), mainThread: true, helpers: 'process' });
  try {
    await Promise.all(jobs.map((job) => pool.runFile(job).then(onResult)));
  } finally {
    await pool.close();
  }
}

/** Parses the folder; per-file errors go to `stderr`. Throws a CliError only when nothing can start. */
export async function parseFolder(folder: string, options: FolderOptions): Promise<FolderSummary> {
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

  await runAll(jobs, options.jobs ?? availableParallelism(), record);
  progress.done();

  const done = results.filter((result): result is Extract<FileResult, { ok: true }> => result?.ok === true);
  if (options.jsonl !== null) {
    await writeOutput(options.jsonl, done.map((result) => `${result.line ?? ''}\n`).join(''));
  }
  if (options.speakersCsv !== null) {
    await writeOutput(options.speakersCsv, speakersCsv(mergeSpeakers(done.map((result) => result.speakers))));
  }
  return { parsed: done.length, failed: files.length - done.length };
}

async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'error';
    throw new CliError(`cannot write the file (${code})`, { subject: path });
  }
}
