/**
 * Long main-thread tasks (the Long Tasks API), recorded inside the page. The
 * longest is reported as a figure with a test (a Playwright annotation), never
 * as a pass mark: the project's tests hold no timed assertions.
 */
import type { Locator, Page } from '@playwright/test';

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

/**
 * Chooses a file in a file input as a person would, with the file made inside the page first, so that the
 * long tasks measured from `resetLongTasks` on are the app's own (Playwright's `setInputFiles` builds a large
 * file in one long task of its own, in the same frame as the change event).
 */
export async function chooseFile(page: Page, input: Locator, file: { name: string; type: string; body: string }) {
  await input.evaluate((element, { name, type, body }) => {
    (window as unknown as { __file: File }).__file = new File([body], name, { type });
  }, file);
  await resetLongTasks(page);
  await input.evaluate((element) => {
    const transfer = new DataTransfer();
    transfer.items.add((window as unknown as { __file: File }).__file);
    (element as HTMLInputElement).files = transfer.files;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
