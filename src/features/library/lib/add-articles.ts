/**
 * Adding articles: each text input is saved as pending before the worker
 * parses it, the parsed article is saved under its own key, and only then is
 * the pending input forgotten. A tab closed in between leaves the pending
 * input for the next visit; while a tab works on an input it holds a Web
 * Lock named after it, so other tabs can tell a live parse from one left
 * behind.
 */
import type { Article } from '@/article';
import { newArticleId } from './article-id';
import { dateFromFileName } from './file-date';
import type { ArticleParser } from './parse-client';
import type { ParseRequest } from './parse-job';
import type { Input, JsonInput } from './read-input';
import { checkArticleFile } from './validate-client';
import { clearPending, hasStoredArticle, listPending, saveArticle, savePending, type PendingInput } from './storage';

/** What happened to one input. */
export type AddResult =
  | {
      ok: true;
      label: string;
      id: string;
      title: string;
      quoteCount: number;
      /** `parsed` (dated by its text), `file-name` or `fallback` (the batch date): how a parsed article got its date. */
      how: 'parsed' | 'file-name' | 'fallback' | 'imported';
      /** The article's publication date as stored (`YYYY-MM-DD…`), or null. */
      published: string | null;
      /** The date relative expressions were read against when the article gives none (the batch date), or null. */
      referenceDate: string | null;
    }
  | { ok: false; label: string; message: string };

const LOCK_PREFIX = 'whosaid-pending:';

/** Holds a Web Lock until the returned function is called (no-op where there are no Web Locks). */
function holdLock(name: string): () => void {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  if (typeof navigator !== 'undefined' && 'locks' in navigator) {
    void navigator.locks.request(name, () => held).catch(() => {});
  }
  return release;
}

/** Pending inputs no open tab is working on: left behind by a tab that closed mid-parse. */
export async function orphanedPending(): Promise<PendingInput[]> {
  const pending = await listPending();
  if (pending.length === 0 || typeof navigator === 'undefined' || !('locks' in navigator)) return pending;
  const state = await navigator.locks.query();
  const live = new Set((state.held ?? []).map((lock) => lock.name));
  return pending.filter((p) => !live.has(LOCK_PREFIX + p.token));
}

/** Imports an Article JSON file: validated by the schema, given a fresh id if its own is taken. */
export async function importArticle(input: JsonInput, takenIds: ReadonlySet<string>): Promise<AddResult> {
  const check = await checkArticleFile(input.file);
  if (!check.readable) return { ok: false, label: input.label, message: check.message };
  const result = check.result;
  if (!result.ok)
    return {
      ok: false,
      label: input.label,
      message: `is not a valid Article JSON: the field “${result.error.field}”: ${result.error.message}`,
    };
  let article: Article = result.article;
  if (takenIds.has(article.id) || (await hasStoredArticle(article.id)))
    article = { ...article, id: newArticleId(article.title) };
  await saveArticle(article);
  return {
    ok: true,
    label: input.label,
    id: article.id,
    title: article.title,
    quoteCount: article.quotes.length,
    how: 'imported',
    published: article.published,
    referenceDate: article.referenceDate ?? null,
  };
}

/** A text input to be parsed, saved first so nothing is lost. */
export type Job = { token: string; label: string; request: ParseRequest; release: () => void };

/** Saves text inputs as pending (all before any is parsed) and locks them to this tab. */
export async function queueJobs(items: { label: string; request: ParseRequest }[]): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const item of items) {
    const token = await savePending(item.label, item.request);
    jobs.push({ ...item, token, release: holdLock(LOCK_PREFIX + token) });
  }
  return jobs;
}

/** Takes over pending inputs (left behind earlier) as jobs of this tab. */
export function adoptJobs(pending: readonly PendingInput[]): Job[] {
  return pending.map((p) => ({
    token: p.token,
    label: p.label,
    request: p.request,
    release: holdLock(LOCK_PREFIX + p.token),
  }));
}

/** Parses and saves one job. A cancelled parse rejects with the AbortError (the input stays pending). */
export async function runJob(
  job: Job,
  parser: ArticleParser,
  signal: AbortSignal,
  onStage?: Parameters<ArticleParser>[2],
): Promise<AddResult> {
  try {
    const response = await parser(job.request, signal, onStage);
    if (!response.ok) {
      await clearPending(job.token);
      return { ok: false, label: job.label, message: `cannot be read as an article: ${response.message}` };
    }
    await saveArticle(response.article, undefined, response.dated);
    await clearPending(job.token);
    const { article } = response;
    return {
      ok: true,
      label: job.label,
      id: article.id,
      title: article.title,
      quoteCount: article.quotes.length,
      how: response.dated === 'text' ? 'parsed' : response.dated,
      published: article.published,
      referenceDate: article.referenceDate ?? null,
    };
  } finally {
    job.release();
  }
}

/** Text inputs become parse requests with the date in the file's name, if any, and the batch's date. */
export function toRequest(input: Extract<Input, { kind: 'text' }>, fallbackDate: string): ParseRequest {
  const fileDate = dateFromFileName(input.label);
  return { text: input.text, format: input.format, fileDate, fallbackDate };
}
