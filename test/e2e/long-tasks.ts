/**
 * Long main-thread tasks (the Long Tasks API), recorded inside the page. The
 * longest is reported as a figure with a test (a Playwright annotation), never
 * as a pass mark: the project's tests hold no timed assertions.
 */
import type { Page } from '@playwright/test';

type Recorder = { __tasks: { start: number; duration: number }[]; __since: number };

/** Records the page's long main-thread tasks, with when they started. */
export async function startWatchingLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as Recorder;
    w.__tasks = [];
    w.__since = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  });
}

/** From now on: Playwright builds an uploaded file inside the page, and that task is the test's, not the app's. */
export const resetLongTasks = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as Recorder).__since = performance.now();
  });

/** The longest task that started since the last reset, in milliseconds. */
export const longestTask = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Recorder;
    return Math.max(0, ...w.__tasks.filter((t) => t.start >= w.__since).map((t) => t.duration));
  });
