/** One article file to one validated Article, with every failure a CliError naming the file. */
import type { Article } from '@/article';
import { parseArticle } from '@/parser';
import { articleIdFromPath } from './article-id';
import { CliError, problemOf } from './cli-error';
import { readArticleText } from './read-text';

export type ParseFileOptions = {
  /** Overrides the publication date-time the article prints. */
  published?: string | null;
};

/** Parses already-decoded text; parser failures become a CliError about `label`. */
export function parseArticleText(text: string, label: string, options: ParseFileOptions = {}): Article {
  try {
    const id = articleIdFromPath(label);
    return options.published ? parseArticle(text, { id, published: options.published }) : parseArticle(text, { id });
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
