/** One article file (.txt, or an .html page) to one validated Article, with every failure a CliError naming the file. */
import type { Article } from '@/article';
// Plain text only: the page reader (linkedom, Readability) loads when the first HTML page comes (parseArticleText).
import { articleFromText } from '@/html/text-article';
import { articleIdFromPath } from './article-id';
import { CliError, problemOf } from './cli-error';
import { readArticleText } from './read-text';

export type ParseFileOptions = {
  /** Overrides the publication date-time the article prints. */
  published?: string | null;
  /** `YYYY-MM-DD` relative dates resolve against when the article gives no date. */
  relativeTo?: string | null;
};

/** An HTML page, by its name or its first characters. */
export function isHtml(label: string, text: string): boolean {
  return /\.x?html?$/i.test(label) || /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

/**
 * Parses already-decoded text; parser failures become a CliError about `label`. The page
 * reader is loaded on the first HTML page, not before: it is about 0.15 s of CPU at every
 * start of a folder mode child process, and a folder of `.txt` files never needs it.
 */
export async function parseArticleText(text: string, label: string, options: ParseFileOptions = {}): Promise<Article> {
  const page = { id: articleIdFromPath(label), published: options.published, relativeTo: options.relativeTo };
  const read = isHtml(label, text) ? (await import('@/html')).articleFromPage : articleFromText;
  try {
    return read(text, page);
  } catch (error) {
    throw new CliError(problemOf(error), { subject: label });
  }
}

/** Reads, decodes and parses one file. */
export async function parseArticleFile(path: string, options: ParseFileOptions = {}): Promise<Article> {
  const text = await readArticleText(path);
  return parseArticleText(text, path, options);
}

/** The Article as the command prints it: 2-space indented JSON and a final newline. */
export function articleJson(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}
