/**
 * JSON Lines input: one article a line, `{ id?, title?, text or html,
 * published?, url? }` (other fields are ignored, as crawlers and archive
 * exports add their own). Lines are read from a byte stream one at a time, so
 * memory stays flat however long the stream; a line over the size limit is
 * skipped without being held.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod/mini';
import { isPublished } from './args';
import { CliError } from './cli-error';
import { htmlToArticle } from './html-input';
import type { TextJob } from './parse-task';
import { MAX_ARTICLE_BYTES } from './read-text';

/** Longest line read: an article at the size limit, escaped as JSON, with room for the other fields. */
export const MAX_LINE_BYTES = 2 * MAX_ARTICLE_BYTES + 64 * 1024;

/** One line of the input: its number (from 1) and its bytes, or how long it was when over the limit. */
export type InputLine = { number: number; bytes: Buffer } | { number: number; tooLong: number };

/** Splits a byte stream into lines (`\n`, with `\r\n` too); the stream is read as lines are taken. */
export async function* readLines(
  source: AsyncIterable<Uint8Array | string>,
  maxBytes = MAX_LINE_BYTES,
): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let held = 0;
  let skipped = 0;
  let number = 0;
  const end = (): InputLine => {
    number += 1;
    const line: InputLine =
      skipped > 0 ? { number, tooLong: skipped + held } : { number, bytes: Buffer.concat(parts, held) };
    parts = [];
    held = 0;
    skipped = 0;
    return line;
  };
  for await (const chunk of source) {
    const bytes =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    while (from < bytes.length) {
      const newline = bytes.indexOf(0x0a, from);
      const stop = newline === -1 ? bytes.length : newline;
      const piece = bytes.subarray(from, stop);
      if (skipped > 0 || held + piece.length > maxBytes) {
        skipped += held + piece.length;
        parts = [];
        held = 0;
      } else if (piece.length > 0) {
        // Copied: the stream may reuse its chunk's memory.
        parts.push(Buffer.from(piece));
        held += piece.length;
      }
      if (newline === -1) break;
      yield end();
      from = newline + 1;
    }
  }
  if (held > 0 || skipped > 0) yield end();
}

const RecordSchema = z.object({
  id: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  title: z.optional(z.nullable(z.string())),
  text: z.optional(z.nullable(z.string())),
  html: z.optional(z.nullable(z.string())),
  published: z.optional(z.nullable(z.string())),
  url: z.optional(z.nullable(z.string())),
});

/** An article read from one line, before parsing. */
export type ArticleRecord = {
  /** The article id (`Article.id`, and its job id in a queue). */
  id: string;
  /** The text the parser reads: the title as its first line, then the body. */
  text: string;
  /** The line's `published`, or null. */
  published: string | null;
  /** The record as given (its `html` reduced), for a queue job to carry. */
  url: string | null;
};

/**
 * An id the Article schema accepts, from the record's `id`: characters outside
 * `[A-Za-z0-9_-]` become `-`. Without an id, one is made from a hash of the
 * url, else of the title and text, so the same article gets the same id.
 */
export function recordId(id: string | number | null | undefined, url: string | null, text: string): string {
  if (id !== null && id !== undefined && String(id).trim() !== '') {
    const clean = String(id)
      .trim()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^[-_]+/, '');
    if (clean !== '') return clean;
  }
  const [kind, basis] = url ? ['url', url.trim()] : ['text', text];
  return `${kind}-${createHash('sha256').update(basis).digest('hex').slice(0, 20)}`;
}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError('the line is not valid UTF-8');
  }
}

function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  return field ? `"${field}" ${issue?.code === 'invalid_type' ? 'has the wrong type' : 'is invalid'}` : 'not an object';
}

/** Reads one line's record; throws a CliError naming the problem. */
export function readRecord(bytes: Buffer): ArticleRecord {
  let value: unknown;
  try {
    value = JSON.parse(decode(bytes));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`the line is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const checked = RecordSchema.safeParse(value);
  if (!checked.success) throw new CliError(`the line is not an article record: ${describeIssue(checked.error)}`);
  const record = checked.data;
  let title = record.title?.trim() || null;
  let body = record.text ?? null;
  let published = record.published?.trim() || null;
  if (body === null || body.trim() === '') {
    if (typeof record.html === 'string' && record.html.trim() !== '') {
      const page = htmlToArticle(record.html);
      title ??= page.title;
      body = page.text;
      published ??= page.published;
    } else {
      throw new CliError('the record has no "text" (or "html")');
    }
  }
  if (published !== null && !isPublished(published)) {
    throw new CliError(`"published": "${published}" is not an ISO 8601 date or date-time`);
  }
  body = body.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = body.trimStart().split('\n', 1)[0]?.trim() ?? '';
  const text = title !== null && firstLine !== title ? `${title}\n\n${body}` : body;
  const url = record.url?.trim() || null;
  return { id: recordId(record.id, url, text), text, published, url };
}

/** The parse job of a record; `fallback` (`--published`) is for records that give no date. */
export function recordJob(record: ArticleRecord, fallback: string | null): TextJob {
  return { id: record.id, text: record.text, published: record.published ?? fallback };
}
