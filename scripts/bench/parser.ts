/**
 * Parser throughput: the seed articles, then generated articles of 10 KB to
 * 10 MB (realistic paragraphs with quotes, `test/support/generate-article.ts`).
 * Prints MB/s, the time ratio between consecutive sizes (linear growth: 10× the
 * text costs at most 12× the time) and the targets: the seed under 5 ms warm,
 * 1 MB under 1 s. Last, the time stage alone on its worst inputs: a 1 MB block
 * dense with weekdays (50,000 expressions) and 5 MB without a space or a full
 * stop (the sizes the events unit tests keep small).
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEvents, parseArticle } from '@/parser';
import { generateArticle } from '../../test/support/generate-article';
import { profile } from './profile';
import {
  formatBytes,
  formatMs,
  measure,
  table,
  verdict,
  type BenchOptions,
  type BenchSection,
  type Timing,
} from './section';

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
  return Promise.all(
    names.map(async (name) => ({ name: basename(name, '.txt'), text: await readFile(join(folder, name), 'utf8') })),
  );
}

type Result = { size: Size; bytes: number; timing: Timing; text: string };

/** How many times the time grows for exactly 10× the text (the sizes are only roughly 10× apart). */
function growth(small: { bytes: number }, large: { bytes: number }, smallMs: number, largeMs: number): number {
  return (largeMs / smallMs) * ((10 * small.bytes) / large.bytes);
}

/** Self time per function in one parse of `text`, averaged over enough parses for a few hundred ms of samples. */
async function profilePerParse(label: string, text: string, parseMs: number) {
  const repeats = Math.max(1, Math.min(50, Math.ceil(300 / parseMs)));
  const { hotspots, file } = await profile(
    label,
    () => {
      for (let i = 0; i < repeats; i += 1) parseOnce(text, 'generated');
    },
    Number.POSITIVE_INFINITY,
  );
  return { repeats, file, hotspots: hotspots.map((h) => ({ ...h, selfMs: h.selfMs / repeats })) };
}

async function printProfile(result: Result): Promise<void> {
  const { repeats, hotspots, file } = await profilePerParse(
    `parser-${result.size.label}`,
    result.text,
    result.timing.median,
  );
  console.log(`\nProfile of ${repeats} × ${result.size.label} parse: functions by self time per parse\n`);
  console.log(
    table(
      ['self ms', 'share', 'function', 'where'],
      hotspots.slice(0, 12).map((h) => [h.selfMs.toFixed(1), `${(h.share * 100).toFixed(1)}%`, h.name, h.where]),
    ),
  );
  console.log(`\nFull profile: ${file} (open in Chrome DevTools > Performance, or VS Code)`);
}

/** Profiles both sizes of a pair that grew faster than linear, and lists the functions whose time grew the most beyond linear. */
async function printGrowthProfile(small: Result, large: Result): Promise<void> {
  const a = await profilePerParse(`parser-${small.size.label}`, small.text, small.timing.median);
  const b = await profilePerParse(`parser-${large.size.label}`, large.text, large.timing.median);
  const scale = large.bytes / small.bytes;
  const key = (h: { name: string; where: string }) => `${h.name} ${h.where}`;
  const before = new Map(a.hotspots.map((h) => [key(h), h.selfMs]));
  const rows = b.hotspots
    .map((h) => {
      const was = before.get(key(h)) ?? 0;
      return { ...h, was, excess: h.selfMs - was * scale };
    })
    .sort((x, y) => y.excess - x.excess)
    .slice(0, 10);
  console.log(
    `\nWhere the non-linear time goes, ${small.size.label} -> ${large.size.label}: self ms per parse, by time beyond linear\n`,
  );
  console.log(
    table(
      [small.size.label, large.size.label, '× per 10× text', 'beyond linear', 'function', 'where'],
      rows.map((r) => [
        r.was.toFixed(1),
        r.selfMs.toFixed(1),
        r.was > 0 ? `${growth(small, large, r.was, r.selfMs).toFixed(1)}×` : 'new',
        `${r.excess.toFixed(0)} ms`,
        r.name,
        r.where,
      ]),
    ),
  );
  console.log(`\nFull profiles: ${a.file}, ${b.file}`);
}

async function run(options: BenchOptions): Promise<void> {
  const sizes = options.quick ? SIZES.slice(0, 3).map((s) => ({ ...s, runs: Math.min(s.runs, 3), warmup: 1 })) : SIZES;

  // Seeds
  const seeds = await seedFiles();
  const seedRows: string[][] = [];
  let slowestSeed = 0;
  for (const seed of seeds) {
    const article = parseOnce(seed.text, seed.name);
    const timing = measure(() => parseOnce(seed.text, seed.name), {
      warmup: options.quick ? 5 : 50,
      runs: options.quick ? 10 : 100,
      budgetMs: 10_000,
    });
    slowestSeed = Math.max(slowestSeed, timing.cpuMedian);
    const bytes = utf8(seed.text);
    seedRows.push([
      seed.name,
      formatBytes(bytes),
      String(timing.runs),
      formatMs(timing.cpuMedian),
      formatMs(timing.median),
      mbPerSecond(bytes, timing.cpuMedian).toFixed(2),
      `${article.quotes.length}`,
    ]);
  }
  console.log('Seed articles (warm: median of repeated parses after warm-up)\n');
  console.log(table(['seed', 'size', 'runs', 'CPU median', 'wall median', 'MB/s', 'quotes'], seedRows));
  console.log(
    `\nTarget: each seed under ${SEED_TARGET_MS} ms warm: ${verdict(slowestSeed < SEED_TARGET_MS)} (slowest ${formatMs(slowestSeed)} CPU)\n`,
  );

  // Generated sizes
  const rows: string[][] = [];
  const results: Result[] = [];
  for (const size of sizes) {
    const previous = results.at(-1);
    // Skip a size whose predicted time (from the previous one, ×12) would make the bench take too long.
    if (previous && previous.timing.median * (size.bytes / previous.bytes) * 1.2 > 10 * 60_000) {
      rows.push([size.label, '', '', '', 'skipped', '', '', '(predicted over 10 min per parse)', '', '']);
      continue;
    }
    const generated = generateArticle({ seed: 7, targetLength: size.bytes });
    const bytes = utf8(generated.text);
    const found = parseOnce(generated.text, 'generated').quotes.length;
    const timing = measure(() => parseOnce(generated.text, 'generated'), {
      warmup: size.warmup,
      runs: size.runs,
      budgetMs: BUDGET_MS,
    });
    const result = { size, bytes, timing, text: generated.text };
    let ratio = '';
    let wallRatio = '';
    let linear = '';
    if (previous) {
      const factor = growth(previous, result, previous.timing.cpuMedian, timing.cpuMedian);
      ratio = `${factor.toFixed(1)}×`;
      wallRatio = `${growth(previous, result, previous.timing.median, timing.median).toFixed(1)}×`;
      linear = factor <= LINEAR_LIMIT ? 'yes' : 'NO';
    }
    results.push(result);
    rows.push([
      size.label,
      String(bytes),
      `${found}/${generated.quotes.length}`,
      String(timing.runs),
      formatMs(timing.cpuMedian),
      formatMs(timing.median),
      mbPerSecond(bytes, timing.cpuMedian).toFixed(2),
      ratio,
      wallRatio,
      linear,
    ]);
  }
  console.log('Generated articles (seeded, realistic paragraphs with direct and reported quotes)\n');
  console.log(
    table(
      [
        'size',
        'bytes',
        'quotes found/written',
        'runs',
        'CPU median',
        'wall median',
        'MB/s',
        'time × per 10× text',
        '(wall)',
        `≤${LINEAR_LIMIT}×`,
      ],
      rows,
    ),
  );
  console.log(
    '\nMB = 10^6 bytes of UTF-8. Times are medians after warm-up; MB/s, ratios and targets use CPU time, which other' +
      ' programs on the machine do not inflate (wall time is shown for comparison). "written": quotes the generator' +
      ' attributed to people; the parser also finds statements of organisations in the narrative.',
  );
  const pairs = results.slice(1).map((large, i) => ({ small: results[i] as Result, large }));
  const nonLinear = pairs.filter(
    ({ small, large }) => growth(small, large, small.timing.cpuMedian, large.timing.cpuMedian) > LINEAR_LIMIT,
  );
  console.log(
    `\nTarget: linear growth (10× the text costs ≤ ${LINEAR_LIMIT}× the time): ${verdict(nonLinear.length === 0)}` +
      (nonLinear.length
        ? ` (faster than linear: ${nonLinear.map((p) => `${p.small.size.label} -> ${p.large.size.label}`).join(', ')})`
        : ''),
  );
  const megabyte = results.find((r) => r.size.bytes === 1_000_000)?.timing;
  console.log(
    megabyte
      ? `Target: 1 MB under ${formatMs(MEGABYTE_TARGET_MS)}: ${verdict(megabyte.cpuMedian < MEGABYTE_TARGET_MS)} (${formatMs(megabyte.cpuMedian)} CPU)`
      : 'Target: 1 MB under 1 s: not measured',
  );

  timeStage(options);

  // Where the time goes: when growth is not linear (the largest such pair that profiles in reasonable time), or on request.
  const worst = nonLinear.filter((p) => p.large.timing.median < 60_000).at(-1);
  if (worst) await printGrowthProfile(worst.small, worst.large);
  else if (options.profile) {
    const heaviest = results.find((r) => r.size.bytes === 1_000_000) ?? results.at(-1);
    if (heaviest) await printProfile(heaviest);
  }
}

/** The time-expression stage alone on blocks built to be hard for it. */
function timeStage(options: BenchOptions): void {
  const cases = [
    { label: 'weekdays, 1 MB', text: 'He left on Monday and came back Friday, '.repeat(25_000) },
    { label: 'no space or full stop, 5 MB', text: 'x'.repeat(5_000_000) },
  ];
  const rows = cases.map(({ label, text }) => {
    const block = [{ id: 'b1', kind: 'paragraph' as const, text }];
    const found = findEvents(block, '2017-01-24T22:40').length;
    const timing = measure(() => findEvents(block, '2017-01-24T22:40'), {
      warmup: options.quick ? 0 : 1,
      runs: options.quick ? 1 : 5,
      budgetMs: BUDGET_MS,
    });
    const bytes = utf8(text);
    return [
      label,
      formatBytes(bytes),
      String(found),
      String(timing.runs),
      formatMs(timing.cpuMedian),
      formatMs(timing.median),
      mbPerSecond(bytes, timing.cpuMedian).toFixed(2),
    ];
  });
  console.log('\nTime expressions alone (findEvents) on dense blocks\n');
  console.log(table(['block', 'size', 'expressions', 'runs', 'CPU median', 'wall median', 'MB/s'], rows));
}

export const parserSection: BenchSection = {
  name: 'parser',
  description: 'parser throughput on the seeds and on generated articles of 10 KB to 10 MB',
  run,
};
