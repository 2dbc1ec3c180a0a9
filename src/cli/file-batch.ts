/**
 * A run of a folder's files for one process of folder mode (`--jobs n`): each
 * file read, parsed and written as runFileJob does, and with `--jsonl` the
 * Article lines written to the batch's own part file, which the command
 * process joins in input order. Only the files' small summaries (id, speakers,
 * or the error) go back to the command process, one message per batch.
 */
import { writeFile } from 'node:fs/promises';
import { runFileJob, type FileJob, type FileResult } from './file-result';

export type FileBatch = {
  /** The files, in input order (each job's `line` is ignored: lines go to `part`). */
  jobs: FileJob[];
  /** Where the batch's Article lines go, one a line in input order (written when any file parses); null for none. */
  part: string | null;
};

/** The batch's results in input order, none with a line. */
export type BatchResult = { kind: 'batch'; results: FileResult[] };

function failed(file: string, problem: string): FileResult {
  return { ok: false, file, error: `whosaid: ${file}: ${problem}` };
}

/** Never throws: a file that fails is a failed result, and so is each file of a part that can't be written. */
export async function runFileBatch(batch: FileBatch): Promise<BatchResult> {
  const results: FileResult[] = [];
  const lines: string[] = [];
  for (const job of batch.jobs) {
    const result = await runFileJob({ ...job, line: batch.part !== null });
    if (result.ok && result.line !== null) lines.push(`${result.line}\n`);
    results.push(result.ok ? { ...result, line: null } : result);
  }
  if (batch.part === null || lines.length === 0) return { kind: 'batch', results };
  try {
    await writeFile(batch.part, lines.join(''));
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'error';
    const problem = `its Article line could not be written to ${batch.part} (${code})`;
    return { kind: 'batch', results: results.map((result) => (result.ok ? failed(result.file, problem) : result)) };
  }
  return { kind: 'batch', results };
}
