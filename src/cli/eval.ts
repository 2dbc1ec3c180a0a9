/**
 * `npm run --silent eval -- <PolNeAR> [--split dev|train|test|all] [--report file] [--errors n] [--limit n]`
 *
 * Scores the parser against the PolNeAR attribution corpus (a local copy of
 * github.com/networkdynamics/PolNeAR; the path is its root or its `data`
 * folder). Prints a short table per split (and overall for `all`), writes a
 * JSON report (default `.eval/report-<split>.json`) and, with `--errors n`,
 * prints n example misses, false alarms and wrong speakers. Beside the
 * parser's figures it prints how far the annotators agree with each other on
 * the core articles several of them annotated (all three splits: this reads
 * only the annotations, never the parser's output on them). Reads only local
 * files. Develop on `train` and `dev`; `test` is for a final figure only.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '@/article';
import {
  chooseAnnotations,
  examples,
  figures,
  formatAgreement,
  formatExamples,
  multiplyAnnotated,
  pairwiseScores,
  formatTable,
  parseBrat,
  scoreDocument,
  splitReport,
  type SplitRun,
} from '@/eval';
import { ArticleInputError, parseArticle } from '@/parser';

const SPLITS = ['train', 'dev', 'test'] as const;

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

function dataFolder(root: string): string {
  for (const candidate of [join(root, 'data'), root]) {
    if (SPLITS.some((split) => existsSync(join(candidate, split, 'attributions')))) return candidate;
  }
  fail(`no PolNeAR data under "${root}" (expected data/<split>/text and data/<split>/attributions)`);
}

/** Publication dates by article name, from data/metadata.tsv when it is there. */
function publicationDates(data: string): Map<string, string> {
  const file = join(data, 'metadata.tsv');
  const dates = new Map<string, string>();
  if (!existsSync(file)) return dates;
  const [header = '', ...rows] = readFileSync(file, 'utf8').split('\n');
  const columns = header.split('\t');
  const name = columns.indexOf('filename');
  const date = columns.indexOf('publication_date');
  for (const row of rows) {
    const cells = row.split('\t');
    const value = cells[date];
    if (cells[name] && value && /^\d{4}-\d{2}-\d{2}$/.test(value)) dates.set(cells[name], value);
  }
  return dates;
}

function runSplit(data: string, split: string, dates: Map<string, string>, limit: number): SplitRun {
  const folder = join(data, split);
  if (!existsSync(join(folder, 'attributions'))) fail(`no "${split}" split in ${data}`);
  const chosen = [...chooseAnnotations(readdirSync(join(folder, 'attributions')))].slice(0, limit);
  const run: SplitRun = { split, documents: [], rejected: 0, failed: [], parseMs: 0 };
  for (const [name, annFile] of chosen) {
    const textFile = join(folder, 'text', `${name}.txt`);
    if (!existsSync(textFile)) {
      run.failed.push({ article: name, message: 'no text file' });
      continue;
    }
    const text = readFileSync(textFile, 'utf8');
    const brat = parseBrat(readFileSync(join(folder, 'attributions', annFile), 'utf8'));
    let article: Article | null = null;
    const started = performance.now();
    try {
      article = parseArticle(text, { id: name.replace(/[^A-Za-z0-9_-]/g, '-'), published: dates.get(name) ?? null });
    } catch (error) {
      if (error instanceof ArticleInputError) run.rejected += 1;
      else
        run.failed.push({
          article: name,
          message: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
        });
    }
    run.parseMs += performance.now() - started;
    run.documents.push(scoreDocument(name, text, brat, article));
  }
  return run;
}

/** Every ordered pair of annotations of each core article several people annotated, scored against each other. */
function agreementRun(data: string): { run: SplitRun; articles: number } {
  const run: SplitRun = { split: 'annotators', documents: [], rejected: 0, failed: [], parseMs: 0 };
  let articles = 0;
  for (const split of SPLITS) {
    const folder = join(data, split);
    if (!existsSync(join(folder, 'attributions'))) continue;
    for (const [name, files] of multiplyAnnotated(readdirSync(join(folder, 'attributions')))) {
      const textFile = join(folder, 'text', `${name}.txt`);
      if (!existsSync(textFile)) continue;
      const annotations = files.map((file) => parseBrat(readFileSync(join(folder, 'attributions', file), 'utf8')));
      run.documents.push(...pairwiseScores(name, readFileSync(textFile, 'utf8'), annotations));
      articles += 1;
    }
  }
  return { run, articles };
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        split: { type: 'string', default: 'dev' },
        report: { type: 'string' },
        errors: { type: 'string', default: '0' },
        limit: { type: 'string' },
      },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

function main(): void {
  // Piped into `head`: stop quietly when the reader goes away.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const { values, positionals } = readArgs();
  const [root] = positionals;
  if (!root)
    fail('usage: eval <path to PolNeAR> [--split dev|train|test|all] [--report file] [--errors n] [--limit n]');
  const split = values.split;
  if (split !== 'all' && !(SPLITS as readonly string[]).includes(split))
    fail(`unknown split "${split}" (train, dev, test or all)`);
  const errorCount = Number(values.errors);
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (!Number.isInteger(errorCount) || errorCount < 0) fail('--errors takes a whole number');
  if (!(limit === Infinity || (Number.isInteger(limit) && limit > 0))) fail('--limit takes a positive whole number');

  const data = dataFolder(root);
  const dates = publicationDates(data);
  const started = performance.now();
  const runs = (split === 'all' ? SPLITS : [split]).map((name) => runSplit(data, name, dates, limit));
  const wallMs = performance.now() - started;

  const tables = runs.map((run) => formatTable(`PolNeAR ${run.split}`, figures([run])));
  if (runs.length > 1) tables.push(formatTable('Overall', figures(runs)));
  const agreement = agreementRun(data);
  const annotators = figures([agreement.run]);
  if (agreement.articles > 0) {
    const columns = runs.map((run) => ({ title: `whosaid ${run.split}`, figures: figures([run]) }));
    tables.push(
      formatAgreement(columns, annotators, { articles: agreement.articles, pairs: agreement.run.documents.length }),
    );
  }
  process.stdout.write(`${tables.join('\n\n')}\nwall time ${(wallMs / 1000).toFixed(1)} s\n`);
  const documents = runs.flatMap((run) => run.documents);
  if (errorCount > 0) process.stdout.write(`\n${formatExamples(examples(documents, errorCount))}\n`);

  const reportFile = values.report ?? join('.eval', `report-${split}.json`);
  const report = {
    generated: new Date().toISOString(),
    split,
    annotatorChoice: 'per article, the annotation whose annotator id sorts first',
    overlap: 'shared word tokens / word tokens of the longer span; one-to-one greedy matching by best overlap',
    wallMs,
    splits: runs.map(splitReport),
    overall: figures(runs),
    annotators: { ...annotators, articles: agreement.articles, pairs: agreement.run.documents.length },
    examples: examples(documents, Math.max(errorCount, 25)),
    articles: documents.map((d) => ({
      article: d.article,
      ...d.scores.content.at50,
      skippedGold: d.skippedGold,
      unplacedBlocks: d.unplacedBlocks,
    })),
  };
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`report: ${reportFile}\n`);
}

main();
