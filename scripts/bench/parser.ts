/**
 * Parser throughput: the seed articles, then generated articles of 10 KB to
 * 10 MB (realistic paragraphs with quotes, `test/support/generate-article.ts`).
 * Prints MB/s, the time ratio between consecutive sizes (linear growth: 10× the
 * text costs at most 12× the time) and the targets: the seed under 5 ms warm,
 * 1 MB under 1 s.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@/parser';
import { generateArticle } from '../../test/support/generate-article';
import { profile } from './profile';
import { formatBytes, formatMs, measure, table, verdict, type BenchOptions, type BenchSection, type Timing } from './section';

const root = fileURLToPath(new URL('../../', import.meta.url));

const SEED_TARGET_MS = 5;
const MEGABYTE_TARGET_MS = 1000;
/** 10× the text may cost at most this many times the time. */
const LINEAR_LIMIT = 12;

type Size = { label: string; bytes: number; warmup: number; runs: number };

const SIZES: readonly Size[] = [
  { label: '10 KB', bytes: 10_000, warmup: 20, runs: 30 },
  { label: '100 KB', bytes: 100_000, warmup: 5, runs: 15 },
  { label: '1 MB', bytes: 1_000_000, warmup: 2, runs: 7 },
  { label: '10 MB', bytes: 10_000_000, warmup: 1, runs: 3 },
];

/** Stop timing one size after this much time, whatever `runs` says (at least one run). */
const BUDGET_MS = 30_000;

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');
const mbPerSecond = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

function parseOnce(text: string, id: string) {
  return parseArticle(text, { id });
}

async function seedFiles(): Promise<{ name: string; text: string }[]> {
  const folder = join(root, 'seeds');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(names.map(async (name) => ({ name: basename(name, '.txt'), text: await readFile(join(folder, name), 'utf8') })));
}

async function run(options: BenchOptions): Promise<void> {
  const sizes = options.quick ? SIZES.slice(0, 3).map((s) => ({ ...s, runs: Math.min(s.runs, 3), warmup: 1 })) : SIZES;

  // Seeds
  const seeds = await seedFiles();
  const seedRows: string[][] = [];
  let slowestSeed = 0;
  for (const seed of seeds) {
    const article = parseOnce(seed.text, seed.name);
    const timing = measure(() => parseOnce(seed.text, seed.name), { warmup: options.quick ? 5 : 50, runs: options.quick ? 10 : 100, budgetMs: 10_000 });
    slowestSeed = Math.max(slowestSeed, timing.median);
    const bytes = utf8(seed.text);
    seedRows.push([
      seed.name,
      formatBytes(bytes),
      String(timing.runs),
      formatMs(timing.median),
      formatMs(timing.min),
      mbPerSecond(bytes, timing.median).toFixed(2),
      `${article.quotes.length}`,
    ]);
  }
  console.log('Seed articles (warm: median of repeated parses after warm-up)\n');
  console.log(table(['seed', 'size', 'runs', 'median', 'min', 'MB/s', 'quotes'], seedRows));
  console.log(`\nTarget: each seed under ${SEED_TARGET_MS} ms warm: ${verdict(slowestSeed < SEED_TARGET_MS)} (slowest ${formatMs(slowestSeed)})\n`);

  // Generated sizes
  const rows: string[][] = [];
  const results: { size: Size; bytes: number; timing: Timing; text: string }[] = [];
  let megabyte: Timing | undefined;
  for (const size of sizes) {
    const previous = results.at(-1);
    // Skip a size whose predicted time (linear from the previous one, ×12) would make the bench take too long.
    if (previous && previous.timing.median * (size.bytes / previous.bytes) * 1.2 > 10 * 60_000) {
      rows.push([size.label, '', '', '', 'skipped', '', '', '(predicted over 10 min per parse)', '', '']);
      continue;
    }
    const generated = generateArticle({ seed: 7, targetLength: size.bytes });
    const bytes = utf8(generated.text);
    const found = parseOnce(generated.text, 'generated').quotes.length;
    const timing = measure(() => parseOnce(generated.text, 'generated'), { warmup: size.warmup, runs: size.runs, budgetMs: BUDGET_MS });
    if (size.bytes === 1_000_000) megabyte = timing;
    let ratio = '';
    let ratioMin = '';
    let linear = '';
    if (previous) {
      // Normalise to exactly 10× the text, as the sizes are only roughly 10× apart.
      const scale = (10 * previous.bytes) / bytes;
      const factor = (timing.median / previous.timing.median) * scale;
      ratio = `${factor.toFixed(1)}×`;
      ratioMin = `${((timing.min / previous.timing.min) * scale).toFixed(1)}×`;
      linear = factor <= LINEAR_LIMIT ? 'yes' : 'NO';
    }
    results.push({ size, bytes, timing, text: generated.text });
    rows.push([
      size.label,
      String(bytes),
      `${found}/${generated.quotes.length}`,
      String(timing.runs),
      formatMs(timing.median),
      formatMs(timing.min),
      mbPerSecond(bytes, timing.median).toFixed(2),
      ratio,
      ratioMin,
      linear,
    ]);
  }
  console.log('Generated articles (seeded, realistic paragraphs with direct and reported quotes)\n');
  console.log(
    table(['size', 'bytes', 'quotes found/written', 'runs', 'median', 'min', 'MB/s', 'time × per 10× text', '(by min)', `≤${LINEAR_LIMIT}×`], rows),
  );
  console.log(
    '\nMB = 10^6 bytes of UTF-8. "written": quotes the generator attributed to people; the parser also finds statements' +
      ' of organisations in the narrative. The ratio compares medians (the verdict); "by min" shows how much of it is noise.',
  );
  const nonLinear = results.filter((r, i) => {
    const prev = results[i - 1];
    return prev && (r.timing.median / prev.timing.median) * ((10 * prev.bytes) / r.bytes) > LINEAR_LIMIT;
  });
  console.log(
    `\nTarget: linear growth (10× the text costs ≤ ${LINEAR_LIMIT}× the time): ${verdict(nonLinear.length === 0)}` +
      (nonLinear.length ? ` (grows faster than linear up to ${nonLinear.map((r) => r.size.label).join(', ')})` : ''),
  );
  console.log(
    megabyte
      ? `Target: 1 MB under ${formatMs(MEGABYTE_TARGET_MS)}: ${verdict(megabyte.median < MEGABYTE_TARGET_MS)} (${formatMs(megabyte.median)})`
      : 'Target: 1 MB under 1 s: not measured',
  );

  // Where the time goes: on request, or when growth is not linear.
  const heaviest = nonLinear[0] ?? (options.profile ? results.find((r) => r.size.bytes === 1_000_000) ?? results.at(-1) : undefined);
  if (heaviest && heaviest.timing.median < 120_000) {
    // Enough parses for a few hundred milliseconds of samples.
    const repeats = Math.max(1, Math.min(50, Math.ceil(300 / heaviest.timing.median)));
    const { hotspots, file } = await profile(`parser-${heaviest.size.label}`, () => {
      for (let i = 0; i < repeats; i += 1) parseOnce(heaviest.text, 'generated');
    });
    const why = nonLinear.length ? ' (growth is not linear up to here)' : '';
    console.log(`\nProfile of ${repeats} × ${heaviest.size.label} parse: functions by self time${why}\n`);
    console.log(
      table(
        ['self ms', 'share', 'function', 'where'],
        hotspots.map((h) => [h.selfMs.toFixed(1), `${(h.share * 100).toFixed(1)}%`, h.name, h.where]),
      ),
    );
    console.log(`\nFull profile: ${file} (open in Chrome DevTools > Performance, or VS Code)`);
  }
}

export const parserSection: BenchSection = {
  name: 'parser',
  description: 'parser throughput on the seeds and on generated articles of 10 KB to 10 MB',
  run,
};
