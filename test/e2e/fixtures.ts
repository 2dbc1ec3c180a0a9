/**
 * Shared Playwright fixtures: every page records console errors and requests
 * to other origins, and each test fails if there were any. `page.goto` and
 * `page.reload` return once the app has started (hydrated a prerendered
 * page, or rendered the shell): prerendered controls are visible before
 * React handles them, and a test should act like a reader whose click counts.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

type Watch = {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Console errors a test expects (a 404 for a missing article's JSON). */
  allowed: RegExp[];
};

/** Set on <html> by src/main.tsx once the app has rendered in the browser. */
export const APP_READY = 'html[data-ready]';

export const test = base.extend<{ watch: Watch }>({
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    const ready = async <T>(response: T): Promise<T> => {
      const type = (await page.evaluate(() => document.contentType).catch(() => '')) ?? '';
      if (type === 'text/html') await page.locator(APP_READY).waitFor({ state: 'attached' });
      return response;
    };
    page.goto = async (url, options) => ready(await goto(url, options));
    page.reload = async (options) => ready(await reload(options));
    await provide(page);
  },
  watch: [
    async ({ page, baseURL }, use) => {
      const watch: Watch = { consoleErrors: [], foreignRequests: [], allowed: [] };
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') watch.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.origin !== origin) watch.foreignRequests.push(request.url());
      });
      await use(watch);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
      expect(
        watch.consoleErrors.filter((text) => !watch.allowed.some((re) => re.test(text))),
        'console errors',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The seed article's id (the seed file's name). */
export const SEED_ID = '000_8f6650f81ca84753';

/** axe-core on the whole page: no violations of any rule. */
export async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** The seed article's JSON as the build wrote it, for ids the tests need. */
export async function seedJson(page: Page): Promise<{
  quotes: { id: string; text: string; speakerId: string | null; kind: string }[];
  speakers: { id: string; name: string }[];
}> {
  const response = await page.request.get(`/articles/${SEED_ID}.json`);
  expect(response.ok()).toBe(true);
  return response.json();
}
