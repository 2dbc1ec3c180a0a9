/**
 * `npm run bench -- library [--quick]`: the browser library as it grows to
 * 100, 1,000 and 10,000 articles (`--quick`: 100 and 1,000; or the sizes in
 * LIBRARY_SIZES, as `LIBRARY_SIZES=1000,2000`), in Chromium
 * (Playwright driving /usr/bin/chromium, the production build served by
 * `vite preview` on E2E_PORT or 4182).
 *
 * Articles are generated (test/support/generate-article.ts, seeded, 4 to 23
 * quotes each as news copy has), parsed in Node once and kept under
 * /work/data/bench-library (or BENCH_LIBRARY_DIR), then imported on `/` as
 * Article JSON files in batches of 100, the way a person imports exports.
 * At each size it prints:
 * - import: wall time per article, and main-thread long tasks (over 50 ms)
 *   per article and the longest, over the last batch;
 * - load of `/`, `/speakers`, the largest profile, `/search` and the reader:
 *   from navigation start until the page's content is visible, and the
 *   longest main-thread task meanwhile;
 * - search: from a keystroke until the results show it;
 * - the JS heap after a forced GC, on /search;
 * and how each grows from size to size.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { parseArticle } from '@/parser';
import { chromiumLaunchOptions } from '../../playwright.config';
import { generateArticle } from '../../test/support/generate-article';
import { startPreview } from './browser';
import { formatMs, table, verdict, type BenchOptions, type BenchSection } from './section';

const PORT = Number(process.env.E2E_PORT ?? 4182);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIR = process.env.BENCH_LIBRARY_DIR ?? '/work/data/bench-library';
const BATCH = 100;

/** The i-th generated article as Article JSON, parsed once and cached on disk. */
function articleJson(i: number): string {
  const file = join(DIR, `a${i}.json`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const generated = generateArticle({ seed: i + 1, quoteCount: 4 + ((i * 7) % 20), speakerCount: 3 + (i % 6) });
  const article = parseArticle(generated.text, { id: `bench-${i}`, published: generated.published });
  const text = JSON.stringify(article);
  writeFileSync(file, text);
  return text;
}

type LongTasks = { count: number; over100: number; longest: number };

/** Long tasks since the last call, from a PerformanceObserver the page set up at load. */
async function takeLongTasks(page: Page): Promise<LongTasks> {
  return page.evaluate(() => {
    const w = window as unknown as { __long?: number[] };
    const list = w.__long ?? [];
    w.__long = [];
    return { count: list.length, over100: list.filter((ms) => ms > 100).length, longest: Math.max(0, ...list) };
  });
}

async function importBatch(page: Page, from: number, to: number): Promise<void> {
  const files = [];
  for (let i = from; i < to; i++)
    files.push({ name: `bench-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(articleJson(i)) });
  await page.getByLabel(/Article files/).setInputFiles(files);
  await page
    .getByRole('status')
    .getByText(/^Imported/)
    .nth(to - from - 1)
    .waitFor({ timeout: 600_000 });
}

type PageLoad = { ms: number; longest: number; over100: number; busy: number };

type Cdp = Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>;

/** The renderer's main-thread task time since `Performance.enable` on this session (CDP `TaskDuration`), in ms. */
async function taskTime(cdp: Cdp): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * Navigates to `path` and times it until `visible` shows, with the longest
 * task meanwhile and the main thread's busy time until then (less swayed
 * than wall time by other programs on a shared machine).
 */
async function load(page: Page, path: string, visible: (page: Page) => ReturnType<Page['locator']>): Promise<PageLoad> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const start = await taskTime(cdp);
  await page.goto(`${ORIGIN}${path}`);
  await visible(page).first().waitFor({ timeout: 120_000 });
  const ms = await page.evaluate(() => performance.now());
  const end = await taskTime(cdp);
  await cdp.detach();
  await page.waitForTimeout(300); // let a task still running be reported
  const tasks = await takeLongTasks(page);
  return { ms, longest: tasks.longest, over100: tasks.over100, busy: end >= start ? end - start : end };
}

type Row = {
  size: number;
  importMs: number;
  importLong: LongTasks;
  pages: Record<string, PageLoad>;
  keyMs: number;
  heapMb: number;
};

async function measureAt(page: Page, size: number, importMs: number, importLong: LongTasks): Promise<Row> {
  const pages: Record<string, PageLoad> = {};
  pages['/'] = await load(page, '/', (p) => p.getByRole('region', { name: 'Your articles' }).getByRole('listitem'));
  pages['/speakers'] = await load(page, '/speakers', (p) => p.getByRole('main').getByRole('listitem'));
  const top = await page.getByRole('main').getByRole('listitem').first().getByRole('link').first().getAttribute('href');
  pages['profile'] = await load(page, top ?? '/speakers', (p) => p.getByRole('heading', { level: 1 }));
  pages['/search'] = await load(page, '/search', (p) => p.getByRole('searchbox'));
  pages['reader'] = await load(page, '/articles/bench-0', (p) => p.getByRole('article'));

  await page.goto(`${ORIGIN}/search`);
  const box = page.getByRole('searchbox');
  await box.waitFor();
  await box.fill('sai');
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => performance.now());
  await box.press('d');
  await page.waitForURL(/q=said/);
  await page.getByRole('main').getByText(/said/).first().waitFor();
  const keyMs = (await page.evaluate(() => performance.now())) - before;

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return { size, importMs, importLong, pages, keyMs, heapMb: heap.usedSize / 1e6 };
}

function report(rows: readonly Row[]): void {
  const pageNames = ['/', '/speakers', 'profile', '/search', 'reader'];
  console.log(
    table(
      ['articles', 'import/article', 'long tasks/article', 'longest (import)', ...pageNames, 'key→results', 'heap'],
      rows.map((r) => [
        r.size.toLocaleString('en'),
        formatMs(r.importMs),
        (r.importLong.count / BATCH).toFixed(2),
        formatMs(r.importLong.longest),
        ...pageNames.map((name) => {
          const p = r.pages[name];
          return p ? `${formatMs(p.ms)} (${formatMs(p.longest)}, ${p.over100}, busy ${formatMs(p.busy)})` : '–';
        }),
        formatMs(r.keyMs),
        `${r.heapMb.toFixed(1)} MB`,
      ]),
    ),
  );
  console.log(
    'page cells: time to content (longest main-thread task while loading, how many tasks took over 100 ms, ' +
      'main-thread busy time until content)',
  );
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]] as [Row, Row];
    const grow = (x: number, y: number) => (x > 0 ? `${(y / x).toFixed(2)}×` : '–');
    console.log(
      `${a.size} → ${b.size}: import/article ${grow(a.importMs, b.importMs)}, ` +
        pageNames.map((n) => `${n} ${grow(a.pages[n]?.ms ?? 0, b.pages[n]?.ms ?? 0)}`).join(', ') +
        `, key ${grow(a.keyMs, b.keyMs)}, heap ${grow(a.heapMb, b.heapMb)}`,
    );
  }
  const last = rows.at(-1);
  const first = rows[0];
  if (!last || !first) return;
  const limits = ['/', '/speakers', 'profile', '/search'];
  console.log(`\nAcceptance at ${last.size.toLocaleString('en')} articles:`);
  console.log(`  import within 1.5× of the first size: ${verdict(last.importMs <= 1.5 * first.importMs)}`);
  for (const name of limits) {
    const p = last.pages[name];
    if (p)
      console.log(
        `  ${name} within 300 ms: ${verdict(p.ms <= 300)}; no task over 100 ms: ${verdict(p.longest <= 100)}`,
      );
  }
  console.log(`  keystroke to results within 50 ms: ${verdict(last.keyMs <= 50)}`);
}

export const librarySection: BenchSection = {
  name: 'library',
  description: 'the browser library at 100, 1,000 and 10,000 articles: import, page loads, search, heap',
  async run(options: BenchOptions) {
    const chosen = (process.env.LIBRARY_SIZES ?? '')
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0)
      .sort((a, b) => a - b);
    const sizes = chosen.length > 0 ? chosen : options.quick ? [100, 1000] : [100, 1000, 10_000];
    mkdirSync(DIR, { recursive: true });
    const started = Date.now();
    for (let i = 0; i < (sizes.at(-1) ?? 0); i++) articleJson(i);
    console.log(`articles ready in ${((Date.now() - started) / 1000).toFixed(0)} s (${DIR})`);
    const server = await startPreview(PORT);
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const context = await browser.newContext();
      await context.addInitScript(() => {
        const w = window as unknown as { __long: number[] };
        w.__long = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__long.push(entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      const page = await context.newPage();
      const rows: Row[] = [];
      let have = 0;
      for (const size of sizes) {
        await page.goto(`${ORIGIN}/`);
        let lastBatch = { ms: 0, long: { count: 0, over100: 0, longest: 0 } };
        for (; have < size; have += BATCH) {
          await takeLongTasks(page);
          const t0 = Date.now();
          await importBatch(page, have, Math.min(size, have + BATCH));
          lastBatch = { ms: (Date.now() - t0) / BATCH, long: await takeLongTasks(page) };
          if ((have / BATCH) % 10 === 9) await page.goto(`${ORIGIN}/`); // a fresh page now and then, as people reload
        }
        rows.push(await measureAt(page, size, lastBatch.ms, lastBatch.long));
        console.log(`measured at ${size} articles (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      }
      report(rows);
    } finally {
      await browser.close();
      server.kill();
    }
  },
};
