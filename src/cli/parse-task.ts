/**
 * What a parse worker (thread or process) does, as plain functions so the main
 * thread can do the same when no worker can start: a folder's file (read,
 * parse, write), a batch of them (folder mode's processes), or one article's
 * text from a stream or a queue.
 */
import { ArticleInputError, parseArticle } from '@/parser';
import { problemOf } from './cli-error';
import { runFileBatch, type BatchResult, type FileBatch } from './file-batch';
import { runFileJob, type FileJob, type FileResult } from './file-result';

/** One article's text, already decoded, with the id it gets. */
export type TextJob = { id: string; text: string; published: string | null };

/**
 * The article as one line of JSON, or why it failed. `input` is true when the
 * text itself can't become an article (retrying it can't help).
 */
export type TextResult = { ok: true; json: string } | { ok: false; error: string; input: boolean };

export type ParseTask =
  { kind: 'file'; job: FileJob } | { kind: 'batch'; job: FileBatch } | { kind: 'text'; job: TextJob };
export type ParseTaskResult = FileResult | BatchResult | TextResult;

/** Never throws. */
export function runTextJob(job: TextJob): TextResult {
  try {
    const article = job.published
      ? parseArticle(job.text, { id: job.id, published: job.published })
      : parseArticle(job.text, { id: job.id });
    return { ok: true, json: JSON.stringify(article) };
  } catch (error) {
    return { ok: false, error: problemOf(error), input: error instanceof ArticleInputError };
  }
}

/** Never throws. */
export async function runTask(task: ParseTask): Promise<ParseTaskResult> {
  if (task.kind === 'file') return runFileJob(task.job);
  if (task.kind === 'batch') return runFileBatch(task.job);
  return runTextJob(task.job);
}
