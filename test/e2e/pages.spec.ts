/**
 * Importing saved web pages: every page's markup is read in the Web Worker,
 * never in the app's document, so importing a folder of pages logs no
 * console error (the shared fixture fails a test on any). A hostile page of
 * nested `<div>`s never blocks typing, ends with a message and can be cancelled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const shots = 'test-results/screenshots';
const folder = resolve('test/fixtures/pages');
const pages = readdirSync(folder)
  .filter((name) => name.endsWith('.html'))
  .map((name) => resolve(folder, name));

function status(page: Page) {
  return page.getByRole('region', { name: 'Add an article' }).getByRole('status');
}

test('importing a folder of pages logs no console error, and each reads as a reader would see it', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await page.getByLabel(/Article files/).setInputFiles(pages);
  await expect(status(page).getByRole('link')).toHaveCount(pages.length - 1, { timeout: 40_000 });
  await expect(page.getByRole('alert')).toContainText(
    'non-english.html: cannot be read as an article: the page is not in English; whosaid reads English news only',
  );
  await expect(status(page)).toContainText(/Library reopens after roof repairs.*its date is unknown/);
  await page.screenshot({ path: `${shots}/pages-imported.png`, fullPage: true });

  await status(page).getByRole('link', { name: 'Senator and singer trade barbs over festival ban' }).click();
  const text = page.getByRole('article');
  await expect(
    text.getByRole('button', { name: /^Mary Collins, direct quote: The festival was cancelled/ }),
  ).toBeVisible();
  await expect(text.getByRole('button', { name: /^Rosa Lind, direct quote: Forty thousand tickets/ })).toBeVisible();
  await expect(text).not.toContainText('pic.twitter.com');
  await page.screenshot({ path: `${shots}/pages-embedded-posts.png`, fullPage: true });

  await page.goBack();
  await page
    .getByRole('region', { name: 'Your articles' })
    .getByRole('link', { name: 'Library reopens after roof repairs' })
    .click();
  await expect(page.getByText('Date unknown')).toBeVisible();
  await expect(
    page.getByText(/The article gives no date, so dates such as “on Monday” were read against/),
  ).toBeVisible();
  await page.screenshot({ path: `${shots}/pages-no-date.png`, fullPage: true });
});

type Watched = {
  __tasks: { start: number; duration: number }[];
  __scripts: { start: number; duration: number; what: string }[];
  __since: number;
};

/**
 * Records the page's long main-thread tasks, and (Long Animation Frames) how long the app's own scripts ran in each:
 * a long task may also be the test's own work in the page (Playwright's input, its locators) or a busy machine.
 */
async function startWatchingLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as Watched;
    w.__tasks = [];
    w.__scripts = [];
    w.__since = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    type Script = { startTime: number; duration: number; sourceURL: string; invoker: string };
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries() as (PerformanceEntry & { scripts: Script[] })[])
        for (const script of frame.scripts)
          if (script.sourceURL.startsWith(location.origin))
            w.__scripts.push({
              start: script.startTime,
              duration: script.duration,
              what: `${script.invoker} (${script.sourceURL.split('/').pop()})`,
            });
    }).observe({ type: 'long-animation-frame' });
  });
}
/** From now on: Playwright builds an uploaded file inside the page, and that task is the test's, not the app's. */
const resetLongTasks = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as Watched).__since = performance.now();
  });
/** The longest task, and the longest run of the app's scripts, that started since the last reset, in milliseconds. */
const longestTask = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Watched;
    const task = Math.max(0, ...w.__tasks.filter((t) => t.start >= w.__since).map((t) => t.duration));
    const scripts = w.__scripts.filter((t) => t.start >= w.__since).sort((a, b) => b.duration - a.duration);
    const app = scripts[0] ? `${Math.round(scripts[0].duration)} ms, ${scripts[0].what}` : 'none over 5 ms';
    return { task, app };
  });

function buffer(name: string, html: string) {
  return { name, mimeType: 'text/html', buffer: Buffer.from(html) };
}

test('a 5 MB page of nested divs never blocks typing, ends with a message, and stores nothing', async ({ page }) => {
  test.setTimeout(60_000);
  const depth = 460_000;
  const html = `<!doctype html><html><body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body></html>`;
  expect(html.length).toBeGreaterThan(5_000_000);
  await page.goto('/');
  await startWatchingLongTasks(page);
  // The clock starts once the browser has the file (Playwright's upload of 5 MB takes seconds of its own).
  await page.getByLabel(/Article files/).setInputFiles(buffer('nested.html', html));
  const started = Date.now();
  await resetLongTasks(page);
  const box = page.getByRole('textbox', { name: 'Article text' });
  await box.pressSequentially('still typing', { delay: 0 });
  await expect(page.getByRole('alert')).toContainText(
    'nested.html: cannot be read as an article: the page’s markup is nested more than 100 levels deep',
    { timeout: 10_000 },
  );
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(box).toHaveValue('still typing');
  // A figure, not a pass mark (no timed assertions in tests; a loaded machine stretches every task).
  const { task, app } = await longestTask(page);
  test.info().annotations.push({ type: 'longest main-thread task', description: `${task} ms` });
  test.info().annotations.push({ type: 'longest run of the app’s scripts', description: app });
  await page.reload();
  await expect(page.getByText('Not finished last time')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Your articles' }).getByRole('listitem')).toHaveCount(0);
});

test('a 5 MB page of nested divs within the depth limit can be cancelled, and otherwise ends within 10 s', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // 80 levels of <div> around 6 KB of text, 850 times: deep, big and slow to read, but under every markup limit.
  const group = `${'<div class="box">'.repeat(80)}<p>${'Words of filler text here. '.repeat(220)}</p>${'</div>'.repeat(80)}`;
  const html = `<!doctype html><html><head><title>Nested</title></head><body>${group.repeat(850)}</body></html>`;
  expect(html.length).toBeGreaterThan(5_000_000);
  await page.goto('/');
  await startWatchingLongTasks(page);
  await page.getByLabel(/Article files/).setInputFiles(buffer('nested.html', html));
  const progress = page.getByRole('progressbar', { name: /nested\.html/ });
  await expect(progress).toBeVisible();
  await page.screenshot({ path: `${shots}/pages-nested-progress.png`, fullPage: true });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toContainText('nested.html: cancelled');
  await expect(progress).toBeHidden();

  // The clock starts once the browser has the file (Playwright's upload of 5 MB takes seconds of its own).
  await page.getByLabel(/Article files/).setInputFiles(buffer('nested.html', html));
  const started = Date.now();
  await resetLongTasks(page);
  const box = page.getByRole('textbox', { name: 'Article text' });
  await box.pressSequentially('typing', { delay: 0 });
  await expect(status(page).getByRole('link').or(page.getByRole('alert'))).toBeVisible({ timeout: 12_000 });
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(box).toHaveValue('typing');
  // The longest main-thread task is a figure, not a pass mark (no timed assertions in tests): it is reported with
  // the test, with the longest run of the app's own scripts in it (docs/pages.md has the figures).
  const { task, app } = await longestTask(page);
  test.info().annotations.push({ type: 'longest main-thread task', description: `${task} ms` });
  test.info().annotations.push({ type: 'longest run of the app’s scripts', description: app });
  await page.screenshot({ path: `${shots}/pages-nested-ended.png`, fullPage: true });
});

test('a page left behind by a closed tab is kept as the file itself and read when the reader asks', async ({
  page,
}) => {
  await page.goto('/');
  const html = readFileSync(resolve(folder, 'no-date.html'), 'utf8');
  // What a tab closed mid-parse leaves: the pending input, whose text is the chosen File (a Blob in IndexedDB).
  await page.evaluate(async (source) => {
    const open = indexedDB.open('whosaid-library');
    open.onupgradeneeded = () => open.result.createObjectStore('articles');
    const db = await new Promise<IDBDatabase>((done) => (open.onsuccess = () => done(open.result)));
    const request = {
      text: new File([source], 'no-date.html', { type: 'text/html' }),
      format: 'html',
      fallbackDate: '2024-05-01',
    };
    const put = db.transaction('articles', 'readwrite');
    put
      .objectStore('articles')
      .put({ token: 'left1', label: 'no-date.html', request, savedAt: new Date().toISOString() }, 'pending:left1');
    await new Promise((done) => (put.oncomplete = done));
    db.close();
  }, html);
  await page.reload();
  await expect(page.getByText('Not finished last time')).toBeVisible();
  await page.getByRole('button', { name: 'Parse no-date.html now' }).click();
  await expect(status(page).getByRole('link', { name: 'Library reopens after roof repairs' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText('Not finished last time')).toHaveCount(0);
});
