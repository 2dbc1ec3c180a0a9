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
 * - search (its index lives in a worker, saved in IndexedDB): on the first
 *   visit after the import, time to content and until the index is ready
 *   (it catches up with every article imported since) and until it is saved;
 *   on a later visit, time to content and until the saved index is loaded;
 *   from a keystroke until the results show it, painted (six queries, from a
 *   word in most quotes to one in few, as the typed word's last letter); the longest
 *   main-thread task on /search, from navigation until a second after the
 *   index is ready, and while typing;
 * - the JS heap after a forced GC, on /search (the page's, not the worker's);
 * and how each grows from size to size. `LIBRARY_SIZES=1000,2000` picks the sizes.
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
/**
 * `LIBRARY_CAST=wide`: past each article's first two speakers (the same in every article), other articles quote
 * other people, so 10,000 articles name tens of thousands of people, as a real archive does (PolNeAR's 840 train
 * articles name 3,711). By default every article draws from one cast of a few hundred names.
 */
const WIDE_CAST = process.env.LIBRARY_CAST === 'wide';
const DIR = (process.env.BENCH_LIBRARY_DIR ?? '/work/data/bench-library') + (WIDE_CAST ? '-wide' : '');
const BATCH = 100;

/** The i-th generated article as Article JSON, parsed once and cached on disk. */
function articleJson(i: number): string {
  const file = join(DIR, `a${i}.json`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const generated = generateArticle({
    seed: i + 1,
    quoteCount: 4 + ((i * 7) % 20),
    speakerCount: 3 + (i % 6),
    // Six slots an article: neighbours quote different people; the cast of about 1,600 surnames comes round again.
    castOffset: WIDE_CAST ? (i * 6) % 1_598 : 0,
  });
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

type SearchFigures = {
  /** First visit after the import: content, index ready (caught up), index saved (change marks cleared). */
  first: { content: number; ready: number; saved: number; longest: number };
  /** A later visit: content, saved index loaded, longest task until then, and in the second after (people grouping). */
  again: { content: number; ready: number; longest: number; after: number };
  /** Keystroke to results, per query. */
  keys: Record<string, number>;
  /** Longest main-thread task while typing. */
  typingLongest: number;
};

type Row = {
  size: number;
  importMs: number;
  importLong: LongTasks;
  pages: Record<string, PageLoad>;
  search: SearchFigures;
  keyMs: number;
  heapMb: number;
};

const SEARCH_STATUS = 'main [role=status]';

/** Milliseconds since navigation start when the search status says the index is ready. */
async function searchReady(page: Page): Promise<number> {
  await page.waitForFunction(
    (selector) => {
      const text = document.querySelector(selector)?.textContent ?? '';
      return text !== '' && !/Loading|Indexing|not available/.test(text);
    },
    SEARCH_STATUS,
    { timeout: 600_000, polling: 50 },
  );
  return page.evaluate(() => performance.now());
}

/** Waits until the worker has saved the index: storage's change marks (`searchq:`) are all cleared. */
async function searchSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('whosaid-library');
        open.onsuccess = () => {
          const db = open.result;
          const count = db
            .transaction('articles')
            .objectStore('articles')
            .count(IDBKeyRange.bound('searchq:', 'searchq:\uffff'));
          count.onsuccess = () => {
            db.close();
            resolve(count.result === 0);
          };
        };
        open.onerror = () => resolve(false);
      }),
    null,
    { timeout: 600_000, polling: 500 },
  );
}

/**
 * From the keydown of `key` (after `prefix` is in the box and answered) until the results for `query` are painted
 * (not only put in the DOM: laying out and painting 50 results is part of what the reader waits for).
 */
async function keystroke(page: Page, prefix: string, key: string): Promise<number> {
  const query = prefix + key;
  const box = page.getByRole('searchbox');
  await box.fill(prefix);
  await page
    .locator(SEARCH_STATUS)
    .filter({ hasText: `“${prefix}”` })
    .waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
  await page.evaluate(
    ({ selector, query }) => {
      const w = window as unknown as { __key: { start: number; end: number } };
      w.__key = { start: 0, end: 0 };
      document
        .querySelector('input[type=search]')
        ?.addEventListener('keydown', () => (w.__key.start = performance.now()), { once: true });
      const status = document.querySelector(selector);
      if (!status) return;
      // Until the results are on screen: the frame after the status line tells the new query has been painted
      // (a task queued from that frame's animation callback runs after its style, layout and paint of the results).
      const observer = new MutationObserver(() => {
        if ((status.textContent ?? '').includes(`“${query}”`)) {
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => (w.__key.end = performance.now());
            channel.port2.postMessage(null);
          });
        }
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    },
    { selector: SEARCH_STATUS, query },
  );
  await box.press(key);
  await page.waitForFunction(() => (window as unknown as { __key: { end: number } }).__key.end > 0, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => {
    const { start, end } = (window as unknown as { __key: { start: number; end: number } }).__key;
    return end - start;
  });
}

/** Prefix typed, then the key whose answer is timed. */
const KEYSTROKES: readonly [string, string][] = [
  ['th', 'e'], // in 3 of 4 generated quotes
  ['the peopl', 'e'], // two words, the first common
  ['w', 'e'], // in 1 of 4
  ['vaccin', 'e'], // 1 in 12
  ['budget talk', 's'],
  ['prematur', 'e'], // 1 in 130
];

async function measureSearch(page: Page): Promise<SearchFigures> {
  await page.goto(`${ORIGIN}/search`);
  await takeLongTasks(page);
  await page.getByRole('searchbox').waitFor({ timeout: 120_000 });
  const firstContent = await page.evaluate(() => performance.now());
  const firstReady = await searchReady(page);
  await searchSaved(page);
  const firstSaved = await page.evaluate(() => performance.now());
  const firstLong = await takeLongTasks(page);

  await page.goto(`${ORIGIN}/search`);
  await page.getByRole('searchbox').waitFor({ timeout: 120_000 });
  const againContent = await page.evaluate(() => performance.now());
  const againReady = await searchReady(page);
  const againLong = await takeLongTasks(page);
  await page.waitForTimeout(1000); // the people grouping (speaker names and filter) loads once the index is ready
  const afterLong = await takeLongTasks(page);

  const keys: Record<string, number> = {};
  for (const [prefix, key] of KEYSTROKES) keys[prefix + key] = await keystroke(page, prefix, key);
  const typing = await takeLongTasks(page);
  return {
    first: { content: firstContent, ready: firstReady, saved: firstSaved, longest: firstLong.longest },
    again: { content: againContent, ready: againReady, longest: againLong.longest, after: afterLong.longest },
    keys,
    typingLongest: typing.longest,
  };
}

async function measureAt(page: Page, size: number, importMs: number, importLong: LongTasks): Promise<Row> {
  const pages: Record<string, PageLoad> = {};
  pages['/'] = await load(page, '/', (p) => p.getByRole('region', { name: 'Your articles' }).getByRole('listitem'));
  pages['/speakers'] = await load(page, '/speakers', (p) => p.getByRole('main').getByRole('listitem'));
  const top = await page.getByRole('main').getByRole('listitem').first().getByRole('link').first().getAttribute('href');
  pages['profile'] = await load(page, top ?? '/speakers', (p) => p.getByRole('heading', { level: 1 }));
  pages['reader'] = await load(page, '/articles/bench-0', (p) => p.getByRole('article'));
  const search = await measureSearch(page);
  pages['/search'] = {
    ms: search.again.content,
    longest: Math.max(search.again.longest, search.again.after, search.typingLongest),
    over100: 0, // not counted for /search (see its own table)
    busy: Number.NaN,
  };
  const keyMs = Math.max(...Object.values(search.keys));

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return { size, importMs, importLong, pages, search, keyMs, heapMb: heap.usedSize / 1e6 };
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
          if (!p) return '–';
          const busy = Number.isNaN(p.busy) ? '' : `, ${p.over100}, busy ${formatMs(p.busy)}`;
          return `${formatMs(p.ms)} (${formatMs(p.longest)}${busy})`;
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
  console.log('/search: a later visit (its longest task: until the index is ready, the second after, and typing)');
  console.log('key→results: the slowest of the timed keystrokes\n');
  const keyNames = KEYSTROKES.map(([prefix, key]) => prefix + key);
  console.log(
    table(
      [
        'articles',
        'first: content',
        'index ready',
        'index saved',
        'longest',
        'again: content',
        'index loaded',
        'longest',
        'longest after (people)',
        ...keyNames.map((k) => `key→“${k}”`),
        'longest typing',
      ],
      rows.map((r) => [
        r.size.toLocaleString('en'),
        formatMs(r.search.first.content),
        formatMs(r.search.first.ready),
        formatMs(r.search.first.saved),
        formatMs(r.search.first.longest),
        formatMs(r.search.again.content),
        formatMs(r.search.again.ready),
        formatMs(r.search.again.longest),
        formatMs(r.search.again.after),
        ...keyNames.map((k) => formatMs(r.search.keys[k] ?? Number.NaN)),
        formatMs(r.search.typingLongest),
      ]),
    ),
  );
  console.log(
    'search: first visit after the import (the index catches up with every imported article, in the worker), then a later visit (the saved index loads)',
  );
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]] as [Row, Row];
    const grow = (x: number, y: number) => (x > 0 ? `${(y / x).toFixed(2)}×` : '–');
    console.log(
      `${a.size} → ${b.size}: import/article ${grow(a.importMs, b.importMs)}, ` +
        pageNames.map((n) => `${n} ${grow(a.pages[n]?.ms ?? 0, b.pages[n]?.ms ?? 0)}`).join(', ') +
        `, key ${grow(a.keyMs, b.keyMs)}, heap ${grow(a.heapMb, b.heapMb)}` +
        `, search index ready (first) ${grow(a.search.first.ready, b.search.first.ready)}` +
        `, index loaded (again) ${grow(a.search.again.ready, b.search.again.ready)}`,
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
      .map((n) => Number(n.trim()))
      .filter((n) => Number.isInteger(n) && n > 0);
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
