/**
 * Reading an added article again against a date the reader sets: its kept
 * source goes to the parser (the Web Worker in the app) with that date for
 * relative expressions, and the result replaces the stored article under the
 * same id, keeping the title the reader gave it. Nothing is stored unless the
 * new article parses and validates.
 */
import { validateArticle } from '@/article';
import type { ArticleParser } from './parse-client';
import { getStoredRecord, replaceArticle } from './storage';

export type RedateResult = { ok: true; referenceDate: string | null } | { ok: false; message: string };

export async function redateArticle(
  id: string,
  date: string,
  parser: ArticleParser,
  signal: AbortSignal,
): Promise<RedateResult> {
  const record = await getStoredRecord(id);
  if (!record) return { ok: false, message: 'the article is no longer in the library' };
  if (!record.source)
    return { ok: false, message: 'its text was not kept when it was added, so it cannot be read again' };
  const stored = validateArticle(record.article);
  const response = await parser(
    { text: record.source.text, format: record.source.format, fileDate: null, fallbackDate: date },
    signal,
  );
  if (!response.ok) return { ok: false, message: response.message };
  const title = stored.ok ? stored.article.title : response.article.title;
  const article = { ...response.article, id, title };
  await replaceArticle(article, article.referenceDate ? 'reader' : 'text');
  return { ok: true, referenceDate: article.referenceDate ?? null };
}
