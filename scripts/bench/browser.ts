/**
 * The app in Chromium (Playwright driving Debian's /usr/bin/chromium, the
 * production build served by `vite preview`):
 *
 * - the seed reader's first paint, first contentful paint (the article text
 *   is in the prerendered HTML) and largest contentful paint, and when the
 *   app has hydrated; plain and with the CPU slowed 4× (a mid-range phone);
 * - on a generated article of 2,000 quotes and 200 speakers (the parser
 *   finds a few more): the first render, then applying a speaker filter,
 *   clearing it, opening a quote card and closing it. A large filter change
 *   is applied in chunks, one per frame (the text has `aria-busy` until it
 *   is done), so each interaction is measured from a Chromium trace of the
 *   renderer's main thread: scripting from the click to the frame that first
 *   shows its effect (the pressed button, the open card), the longest task,
 *   and all scripting until the text has settled; style and layout come from
 *   `Performance.getMetrics`. The harness looks for the change once per
 *   frame (a selector query on a DOM this size), which is counted too.
 *   Target: under 16 ms (one frame) of scripting in the first frame.
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
  if (
    !existsSync(join(root, 'dist/index.html')) ||
    !readFileSync(join(root, 'dist/index.html'), 'utf8').includes('route-data')
  ) {
    throw new Error('no prerendered build in dist/: run `npm run build` (or `npm run bench -- app browser`)');
  }
  const server = spawn(
    join(root, 'node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
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
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
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

type Interaction = {
  /** Scripting from the click to the frame that first shows its effect (the pressed button, the open card). */
  firstFrame: number;
  /** The longest main-thread task from the click until the text has settled. */
  longestTask: number;
  /** All scripting from the click until the text has settled (chunks included). */
  scripting: number;
  styleLayout: number;
  /** Click to the frame that shows the change. */
  toFrame: number;
  /** Click to the frame after the text has settled (no `aria-busy` left). */
  toSettled: number;
};

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
};

/** Top-level JavaScript entry points in a Chromium trace (nested ones are merged by the interval union). */
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'RunMicrotasks',
  'V8.RunMicrotasks',
  'v8.callFunction',
]);

/** Length of the union of intervals, clipped to [from, to] (microseconds in, milliseconds out). */
function unionMs(intervals: [number, number][], from: number, to: number): number {
  const clipped = intervals
    .map(([a, b]): [number, number] => [Math.max(a, from), Math.min(b, to)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total / 1000;
}

/** Reads the renderer's main thread out of a trace: script intervals, tasks and the bench's own marks. */
function readTrace(buffer: Buffer): {
  script: [number, number][];
  tasks: [number, number][];
  marks: Map<string, number>;
} {
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const marks = new Map<string, number>();
  for (const event of events) if (event.name.startsWith('bench:')) marks.set(event.name, event.ts);
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && e.dur !== undefined && main.has(`${e.pid}:${e.tid}`));
  const span = (e: TraceEvent): [number, number] => [e.ts, e.ts + (e.dur ?? 0)];
  return {
    script: onMain.filter((e) => SCRIPT_EVENTS.has(e.name)).map(span),
    tasks: onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').map(span),
    marks,
  };
}

/**
 * Clicks the element `target` selects (in the page, so no Playwright round
 * trip is timed), waits until `done` matches, then until the article text has
 * no `aria-busy` (a large filter change is applied in chunks, one per frame),
 * then for the next frame. A Chromium trace of the whole gives the scripting
 * up to the first frame showing the change, the longest task, and the total.
 */
async function interact(
  browser: Browser,
  page: Page,
  cdp: CDPSession,
  target: string,
  done: string,
): Promise<Interaction> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel'],
  });
  const before = await metrics(cdp);
  const times = await page.evaluate(
    async ({ target, done }) => {
      // No named functions inside: tsx would wrap them in a helper the page does not have.
      const element = document.querySelector<HTMLElement>(target);
      if (!element) throw new Error(`no ${target}`);
      const start = performance.now();
      performance.mark('bench:click');
      element.click();
      const deadline = start + 10_000;
      // One look per frame: polling faster would itself cost scripting time on a DOM this size.
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (document.querySelector(done)) break;
        if (performance.now() > deadline) throw new Error(`never saw ${done}`);
      }
      performance.mark('bench:done');
      const toFrame = performance.now() - start;
      while (document.querySelector('[aria-busy="true"]')) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (performance.now() > deadline) throw new Error('the text never settled');
      }
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      performance.mark('bench:settled');
      return { toFrame, toSettled: performance.now() - start };
    },
    { target, done },
  );
  const after = await metrics(cdp);
  const trace = readTrace(await browser.stopTracing());
  const click = trace.marks.get('bench:click') ?? 0;
  const seen = trace.marks.get('bench:done') ?? 0;
  const settled = trace.marks.get('bench:settled') ?? 0;
  const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return {
    firstFrame: unionMs(trace.script, click, seen),
    longestTask: Math.max(
      0,
      ...trace.tasks
        .filter(([a, b]) => b > click && a < settled)
        .map(([a, b]) => (Math.min(b, settled) - Math.max(a, click)) / 1000),
    ),
    scripting: unionMs(trace.script, click, settled),
    styleLayout: delta('RecalcStyleDuration') + delta('LayoutDuration'),
    toFrame: times.toFrame,
    toSettled: times.toSettled,
  };
}

function summarize(label: string, runs: Interaction[]): string[] {
  const m = (key: keyof Interaction) => median(runs.map((r) => r[key]));
  return [
    label,
    formatMs(m('firstFrame')),
    formatMs(m('longestTask')),
    formatMs(m('scripting')),
    formatMs(m('styleLayout')),
    formatMs(m('toFrame')),
    formatMs(m('toSettled')),
    String(runs.length),
    verdict(m('firstFrame') < FRAME_MS),
  ];
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
  console.log(
    `First render (shell, fetch, validate, render ${article.quotes.length} quotes): ${formatMs(Date.now() - start)} wall\n`,
  );

  const speakerButton = (n: number) => `#panel-speakers li:nth-child(${n}) button`;
  const results: Record<string, Interaction[]> = { filter: [], clear: [], open: [], close: [] };
  for (let i = 0; i < runs; i += 1) {
    const n = 2 + i * 7;
    results.filter?.push(
      await interact(browser, page, cdp, speakerButton(n), `${speakerButton(n)}[aria-pressed="true"]`),
    );
    results.clear?.push(
      await interact(browser, page, cdp, speakerButton(n), `${speakerButton(n)}[aria-pressed="false"]`),
    );
    const quote = `[role="button"][data-quote-id="q${50 + i * 97}"]`;
    results.open?.push(await interact(browser, page, cdp, quote, '[role="dialog"]'));
    const close = '[role="dialog"] button';
    results.close?.push(await interact(browser, page, cdp, close, `${quote}[aria-expanded="false"]`));
  }
  console.log(
    table(
      [
        'interaction (2,000 quotes, 200 speakers)',
        'first frame: scripting',
        'longest task',
        'all scripting',
        'style + layout',
        'click to frame',
        'click to settled',
        'runs',
        `first frame < ${FRAME_MS} ms`,
      ],
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
    console.log(
      table(['page', 'first paint', 'first contentful', 'largest contentful', 'LCP element', 'hydrated', 'runs'], rows),
    );
    console.log('');
    await largeArticle(browser, options.quick ? 3 : 7);
  } finally {
    await browser.close();
    server.kill();
  }
}

export const browserSection: BenchSection = {
  name: 'browser',
  description:
    'Chromium: paint timings of the prerendered reader; filter and quote card on 2,000 quotes / 200 speakers',
  run,
};
