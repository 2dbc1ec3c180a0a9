/**
 * `npm run --silent pages -- <folder> [--list]`: how whosaid reads a set of
 * saved HTML pages. A page is `<name>/source.html` with an optional
 * `<name>/expected-metadata.json` beside it (the layout of Mozilla
 * Readability's test pages: `title`, `byline`, `publishedTime`), or any
 * `.html` file. Prints pages read and refused (with why), title, byline and
 * date agreement with the expected metadata, quotes and speakers per page
 * (`--list`), and speaker names that look wrong. With `--judged <file>`, it
 * also scores the quotes against a person's judgements (`pages-judged.ts`).
 * Needs no network.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '@/article';
import { articleFromPage, PageError } from '@/html';
import { formatError } from './cli-error';
import { judgedLines, parseJudged, scoreJudged } from './pages-judged';

type Expected = { title?: string | null; byline?: string | null; publishedTime?: string | null; lang?: string | null };

type PageResult = {
  name: string;
  expected: Expected | null;
  article: Article | null;
  refused: string | null;
};

/** Every page under `folder`: `source.html` files by their folder's name, other `.html` files by their own. */
async function findPages(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(folder)).sort()) {
    const path = join(folder, entry);
    const info = await stat(path);
    if (info.isDirectory()) out.push(...(await findPages(path)));
    else if (/\.html?$/i.test(entry)) out.push(path);
  }
  return out;
}

function pageName(path: string): string {
  return basename(path) === 'source.html' ? basename(dirname(path)) : basename(path).replace(/\.html?$/i, '');
}

async function readExpected(path: string): Promise<Expected | null> {
  const file = join(dirname(path), 'expected-metadata.json');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Expected;
  } catch {
    return null;
  }
}

const norm = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/^by\s+/i, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Two publication dates agree when they name the same instant, or the same day when either has no time. */
export function sameDate(found: string | null, expected: string): boolean {
  if (!found) return false;
  const hasTime = (d: string) => d.includes('T');
  if (hasTime(found) && hasTime(expected) && /([zZ]|[+-]\d{2}:\d{2})$/.test(found)) {
    return Date.parse(found) === Date.parse(expected);
  }
  return found.slice(0, 10) === expected.slice(0, 10);
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const MONTH = /\b(january|february|march|april|june|july|august|september|october|november|december)\b/i;
const PRONOUN = /^(he|she|they|it|i|we|you|him|her|them|his|hers|their|its)$/i;

/** Why a speaker's name looks wrong, or null. */
export function badName(name: string): string | null {
  if (/\d/.test(name)) return 'digits';
  if (WEEKDAY.test(name)) return 'weekday';
  if (MONTH.test(name)) return 'month';
  if (PRONOUN.test(name.trim())) return 'pronoun';
  if (name.trim().split(/\s+/).length > 6) return 'over six words';
  return null;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${part}/${whole} (${((100 * part) / whole).toFixed(1)}%)`;
}

async function readPage(path: string): Promise<PageResult> {
  const name = pageName(path);
  const expected = await readExpected(path);
  const html = await readFile(path, 'utf8');
  try {
    const article = articleFromPage(html, { id: 'page' });
    return { name, expected, article, refused: null };
  } catch (error) {
    const why = error instanceof PageError ? error.message : formatError(error);
    return { name, expected, article: null, refused: why };
  }
}

const USAGE = 'usage: npm run --silent pages -- <folder> [--list] [--judged <file>]\n';

/** The folder and the judgement file named on the command line. */
function parseArgs(argv: readonly string[]): { folder: string | undefined; judged: string | undefined } {
  const at = argv.indexOf('--judged');
  const judged = at >= 0 ? argv[at + 1] : undefined;
  const folder = argv.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  return { folder, judged };
}

export async function main(argv: readonly string[]): Promise<number> {
  const { folder, judged } = parseArgs(argv);
  if (!folder || (argv.includes('--judged') && !judged)) {
    process.stderr.write(USAGE);
    return 2;
  }
  let judgements: ReturnType<typeof parseJudged> | null = null;
  try {
    if (judged) judgements = parseJudged(await readFile(judged, 'utf8'), judged);
  } catch (error) {
    process.stderr.write(`whosaid pages: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const results: PageResult[] = [];
  for (const path of await findPages(folder)) results.push(await readPage(path));
  const read = results.filter((r) => r.article);
  const refused = results.filter((r) => r.refused);
  const lines: string[] = [];
  lines.push(`pages: ${results.length}, read ${read.length}, refused ${refused.length}`);
  for (const r of refused) lines.push(`  refused ${r.name} (lang ${r.expected?.lang ?? '?'}): ${r.refused}`);

  const withExpected = read.filter((r) => r.expected);
  const titles = withExpected.filter((r) => r.expected?.title);
  const titleOk = titles.filter((r) => norm(r.article?.title) === norm(r.expected?.title));
  const bylines = withExpected.filter((r) => r.expected?.byline);
  const bylineOk = bylines.filter((r) => norm(r.article?.byline) === norm(r.expected?.byline));
  const dates = withExpected.filter((r) => r.expected?.publishedTime);
  const dateOk = dates.filter((r) => sameDate(r.article?.published ?? null, r.expected?.publishedTime ?? ''));
  lines.push(`title agrees: ${percent(titleOk.length, titles.length)}`);
  lines.push(`byline agrees: ${percent(bylineOk.length, bylines.length)} of pages with one`);
  lines.push(`date agrees: ${percent(dateOk.length, dates.length)} of pages with one`);
  const missed = (list: PageResult[], ok: PageResult[], field: (r: PageResult) => string) =>
    list.filter((r) => !ok.includes(r)).map((r) => `  ${r.name}: ${field(r)}`);
  lines.push('title misses:', ...missed(titles, titleOk, (r) => `${r.article?.title} | expected ${r.expected?.title}`));
  lines.push(
    'byline misses:',
    ...missed(bylines, bylineOk, (r) => `${r.article?.byline} | expected ${r.expected?.byline}`),
  );
  lines.push(
    'date misses:',
    ...missed(dates, dateOk, (r) => `${r.article?.published} | expected ${r.expected?.publishedTime}`),
  );

  let quotes = 0;
  let speakers = 0;
  const bad: string[] = [];
  for (const r of read) {
    const article = r.article as Article;
    quotes += article.quotes.length;
    speakers += article.speakers.length;
    if (argv.includes('--list'))
      lines.push(`  ${r.name}: ${article.quotes.length} quotes, ${article.speakers.length} speakers`);
    for (const speaker of article.speakers) {
      const why = badName(speaker.name);
      if (why) bad.push(`  ${r.name}: "${speaker.name}" (${why})`);
    }
  }
  lines.push(
    `quotes: ${quotes} on ${read.length} pages (${(quotes / Math.max(read.length, 1)).toFixed(1)} a page); speakers ${speakers}`,
  );
  lines.push(`speaker names that look wrong: ${bad.length}`, ...bad);
  if (judgements) {
    const byName = new Map(read.map((r) => [r.name, r.article as Article]));
    lines.push(...judgedLines(scoreJudged(byName, judgements)));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isEntry) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
