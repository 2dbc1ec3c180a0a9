/**
 * Parsing one file of a folder into its output, the same way in the main
 * thread and in a worker thread: read, parse, write `<out>/<id>.json`.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '@/article';
import { formatError } from './cli-error';
import { articleJson, parseArticleFile } from './parse-file';

/** What the CSV report needs from each speaker of one article. */
export type SpeakerTally = { id: string; name: string; role: string | null; kind: string; quotes: number };

export type FileResult =
  | {
      ok: true;
      file: string;
      id: string;
      /** The article as one line of JSON when the job asked for it (--jsonl), else null. */
      line: string | null;
      speakers: SpeakerTally[];
    }
  | { ok: false; file: string; error: string };

export type FileJob = {
  /** The .txt or .html file to parse. */
  file: string;
  /** Folder for `<id>.json`, or null to write nothing. */
  out: string | null;
  published: string | null;
  relativeTo?: string | null;
  /**
   * Return the article as one JSON line (for --jsonl). Off otherwise: a
   * worker process sends its result over IPC, and an article's JSON is most
   * of a result's size, so sending it unasked cost the parent as much CPU to
   * read as the worker to write.
   */
  line?: boolean;
};

export function speakerTallies(article: Article): SpeakerTally[] {
  const quotes = new Map<string, number>();
  for (const quote of article.quotes) {
    if (quote.speakerId !== null) quotes.set(quote.speakerId, (quotes.get(quote.speakerId) ?? 0) + 1);
  }
  return article.speakers.map((speaker) => ({
    id: speaker.id,
    name: speaker.name,
    role: speaker.role,
    kind: speaker.kind,
    quotes: quotes.get(speaker.id) ?? 0,
  }));
}

/** Never throws: a failure is a result with the one-line message. */
export async function runFileJob(job: FileJob): Promise<FileResult> {
  try {
    const article = await parseArticleFile(job.file, { published: job.published, relativeTo: job.relativeTo ?? null });
    if (job.out !== null) await writeFile(join(job.out, `${article.id}.json`), articleJson(article));
    return {
      ok: true,
      file: job.file,
      id: article.id,
      line: job.line === true ? JSON.stringify(article) : null,
      speakers: speakerTallies(article),
    };
  } catch (error) {
    return { ok: false, file: job.file, error: formatError(error, job.file) };
  }
}
