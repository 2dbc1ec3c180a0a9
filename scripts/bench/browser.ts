/**
 * The app in Chromium (Playwright driving Debian's /usr/bin/chromium, the
 * production build served by `vite preview`):
 *
 * - the seed reader's first paint, first contentful paint (the article text
 *   is in the prerendered HTML) and largest contentful paint, and when the
 *   app has hydrated; plain and with the CPU slowed 4× (a mid-range phone);
 * - on a generated article of 2,000 quotes and 200 speakers (the parser
 *   finds a few more): the first render, then the main-thread time to apply
 *   a speaker filter, clear it, open a quote card and close it. Scripting is
 *   Chromium's own count (`Performance.getMetrics` ScriptDuration, before and
 *   after, so it includes one selector query per frame from the harness),
 *   style and layout likewise; "click to frame" is from the click to the
 *   frame after the DOM shows the change (to within a frame). Target: under
 *   16 ms (one frame) of scripting.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { parseArticle } from '@/parser';
import { chromiumLaunchOptions } from '../../playwright.config';
import { generateArticle } from '../../test/support/generate-article';
import { formatMs, median, table, verdict, type BenchOptions, type BenchSection } from './section';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PORT = 4186;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SEED_ID = '000_8f6650f81ca84753';
const FRAME_MS = 16;

export async function startPreview(port: number): Promise<ChildProcess> {
  if (!existsSync(join(root, 'dist/index.html')) || !readFileSync(join(root, 'dist/index.html'), 'utf8').includes('route-data')) {
    throw new Error('no prerendered build in dist/: run `npm run build` (or `npm run bench -- app browser`)');
  }
  const server = spawn(join(root, 'node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${url}`);
}

type Metrics = Record<string, number>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

type PaintTimes = { fp: number; fcp: number; lcp: number; lcpInArticle: boolean; ready: number };

/** Loads `path` in a fresh context and reads the paint timings and when the app marked itself ready. */
async function loadTimes(browser: Browser, path: string, cpuSlowdown: number): Promise<PaintTimes> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(() => {
    const state = { lcp: 0, lcpInArticle: false };
    (window as unknown as { bench: typeof state }).bench = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
        state.lcp = entry.startTime;
        state.lcpInArticle = Boolean(entry.element?.closest('article'));
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(`${ORIGIN}${path}`);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const times = await page.evaluate(() => {
    const { lcp, lcpInArticle } = (window as unknown as { bench: { lcp: number; lcpInArticle: boolean } }).bench;
    return {
      fp: performance.getEntriesByName('first-paint')[0]?.startTime ?? Number.NaN,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      lcp,
      lcpInArticle,
      // Marked by src/main.tsx when the app has hydrated (its first effect).
      ready: performance.getEntriesByName('whosaid:ready')[0]?.startTime ?? Number.NaN,
    };
  });
  await context.close();
  return times;
}

type Interaction = { scripting: number; styleLayout: number; toFrame: number };

/**
 * Clicks the element `target` selects (in the page, so no Playwright round
 * trip is timed), waits until `done` matches, then for the next frame.
 */
async function interact(page: Page, cdp: CDPSession, target: string, done: string): Promise<Interaction> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  const before = await metrics(cdp);
  const toFrame = await page.evaluate(
    async ({ target, done }) => {
      const element = document.querySelector<HTMLElement>(target);
      if (!element) throw new Error(`no ${target}`);
      const start = performance.now();
      element.click();
      const deadline = start + 10_000;
      // One look per frame: polling faster would itself cost scripting time on a DOM this size.
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (document.querySelector(done)) break;
        if (performance.now() > deadline) throw new Error(`never saw ${done}`);
      }
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    },
    { target, done },
  );
  const after = await metrics(cdp);
  const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return { scripting: delta('ScriptDuration'), styleLayout: delta('RecalcStyleDuration') + delta('LayoutDuration'), toFrame };
}

function summarize(label: string, runs: Interaction[]): string[] {
  const m = (key: keyof Interaction) => median(runs.map((r) => r[key]));
  return [label, formatMs(m('scripting')), formatMs(m('styleLayout')), formatMs(m('toFrame')), String(runs.length), verdict(m('scripting') < FRAME_MS)];
}

async function largeArticle(browser: Browser, runs: number): Promise<void> {
  const generated = generateArticle({ seed: 7, quoteCount: 2000, speakerCount: 200 });
  const article = parseArticle(generated.text, { id: 'bench-large' });
  const body = JSON.stringify(article);
  console.log(
    `Generated article: ${(generated.text.length / 1000).toFixed(0)} KB of text, ${article.blocks.length} blocks, ` +
      `${article.quotes.length} quotes, ${article.speakers.length} speakers, ${article.events.length} events (JSON ${(body.length / 1e6).toFixed(2)} MB)`,
  );

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route('**/articles/bench-large.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const start = Date.now();
  await page.goto(`${ORIGIN}/articles/bench-large`);
  await page.locator('article mark').first().waitFor();
  console.log(`First render (shell, fetch, validate, render ${article.quotes.length} quotes): ${formatMs(Date.now() - start)} wall\n`);

  const speakerButton = (n: number) => `#panel-speakers li:nth-child(${n}) button`;
  const results: Record<string, Interaction[]> = { filter: [], clear: [], open: [], close: [] };
  for (let i = 0; i < runs; i += 1) {
    const n = 2 + i * 7;
    results.filter?.push(await interact(page, cdp, speakerButton(n), `${speakerButton(n)}[aria-pressed="true"]`));
    results.clear?.push(await interact(page, cdp, speakerButton(n), `${speakerButton(n)}[aria-pressed="false"]`));
    const quote = `[role="button"][data-quote-id="q${50 + i * 97}"]`;
    results.open?.push(await interact(page, cdp, quote, '[role="dialog"]'));
    const close = '[role="dialog"] button';
    results.close?.push(await interact(page, cdp, close, `${quote}[aria-expanded="false"]`));
  }
  console.log(
    table(
      ['interaction (2,000 quotes, 200 speakers)', 'scripting', 'style + layout', 'click to frame', 'runs', `scripting < ${FRAME_MS} ms`],
      [
        summarize('apply a speaker filter', results.filter ?? []),
        summarize('clear the filter', results.clear ?? []),
        summarize('open a quote card', results.open ?? []),
        summarize('close the card', results.close ?? []),
      ],
    ),
  );
  await context.close();
}

async function run(options: BenchOptions): Promise<void> {
  const server = await startPreview(PORT);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const loads = options.quick ? 3 : 7;
    const rows: string[][] = [];
    for (const [label, path] of [
      ['seed reader', `/articles/${SEED_ID}`],
      ['home', '/'],
    ] as const) {
      for (const slowdown of [1, 4]) {
        const times: PaintTimes[] = [];
        for (let i = 0; i < loads; i += 1) times.push(await loadTimes(browser, path, slowdown));
        const m = (key: 'fp' | 'fcp' | 'lcp' | 'ready') => formatMs(median(times.map((t) => t[key])));
        rows.push([
          `${label}${slowdown > 1 ? `, CPU ${slowdown}× slower` : ''}`,
          m('fp'),
          m('fcp'),
          m('lcp'),
          label === 'seed reader' ? (times.every((t) => t.lcpInArticle) ? 'article text' : 'elsewhere') : '–',
          m('ready'),
          String(times.length),
        ]);
      }
    }
    console.log('Page load (median of fresh loads, 412×823 viewport, local server):');
    console.log(table(['page', 'first paint', 'first contentful', 'largest contentful', 'LCP element', 'hydrated', 'runs'], rows));
    console.log('');
    await largeArticle(browser, options.quick ? 3 : 7);
  } finally {
    await browser.close();
    server.kill();
  }
}

export const browserSection: BenchSection = {
  name: 'browser',
  description: 'Chromium: paint timings of the prerendered reader; filter and quote card on 2,000 quotes / 200 speakers',
  run,
};
