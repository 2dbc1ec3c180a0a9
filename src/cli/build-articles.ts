/**
 * The build step: `tsx src/cli/build-articles.ts <seeds> <out>` parses every
 * `.txt` in the seeds folder into `<out>/<id>.json` and writes
 * `<out>/index.json` (ArticleCatalogSchema). Any seed that fails fails the
 * build: one line per problem on standard error, exit status 1.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleCatalogSchema, summarize, type Article } from '@/article';
import { CliError, formatError, USAGE_EXIT } from './cli-error';
import { articleJson, parseArticleFile } from './parse-file';
import { listArticleFiles } from './folder';

export type BuildResult = { articles: Article[]; errors: string[] };

/** Parses every seed; the catalog is written only when all of them parse. */
export async function buildArticles(seeds: string, out: string): Promise<BuildResult> {
  const files = await listArticleFiles(seeds);
  if (files.length === 0) throw new CliError('no .txt files in the folder', { subject: seeds });
  const articles: Article[] = [];
  const errors: string[] = [];
  const ids = new Map<string, string>();
  for (const file of files) {
    try {
      const article = await parseArticleFile(file);
      const first = ids.get(article.id);
      if (first !== undefined) throw new CliError(`its id "${article.id}" is already used by ${first}`);
      ids.set(article.id, file);
      articles.push(article);
    } catch (error) {
      errors.push(formatError(error, file));
    }
  }
  if (errors.length > 0) return { articles, errors };

  try {
    // Stale documents from renamed or removed seeds would otherwise linger.
    await mkdir(out, { recursive: true });
    for (const name of await readdir(out)) {
      if (name.endsWith('.json')) await rm(join(out, name));
    }
    for (const article of articles) await writeFile(join(out, `${article.id}.json`), articleJson(article));
    const catalog = ArticleCatalogSchema.parse({ articles: articles.map(summarize) });
    await writeFile(join(out, 'index.json'), `${JSON.stringify(catalog, null, 2)}\n`);
  } catch (error) {
    throw new CliError(`cannot write the articles (${error instanceof Error ? error.message : String(error)})`, {
      subject: out,
    });
  }
  return { articles, errors };
}

async function cli(argv: readonly string[]): Promise<number> {
  const [seeds, out, ...extra] = argv;
  if (!seeds || !out || extra.length > 0) {
    process.stderr.write(`${formatError(new CliError('usage: build-articles <seeds folder> <output folder>'))}\n`);
    return USAGE_EXIT;
  }
  try {
    const { articles, errors } = await buildArticles(seeds, out);
    for (const line of errors) process.stderr.write(`${line}\n`);
    if (errors.length > 0) {
      process.stderr.write(
        `whosaid: the build failed: ${errors.length} of ${articles.length + errors.length} seeds did not parse\n`,
      );
      return 1;
    }
    process.stdout.write(`whosaid: ${articles.length} article${articles.length === 1 ? '' : 's'} written to ${out}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${formatError(error)}\n`);
    return 1;
  }
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isEntry) {
  void cli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
