/**
 * The served app's security: the Content Security Policy is sent and
 * nothing breaks it, no request leaves the origin (every test: see
 * fixtures.ts), article text is never HTML, and an article JSON that fails
 * the schema gets an error page naming the field instead of a crash.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { cspHeader, cspMeta } from '../../scripts/build/csp';
import { expect, SEED_ID, test } from './fixtures';

/** Records `securitypolicyviolation` events from the first script on, in every page the test opens. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ...messages,
  ];
}

test('every page is sent with the Content Security Policy, as a header and in the HTML', async ({ page }) => {
  for (const path of ['/', `/articles/${SEED_ID}`, '/articles/stored-somewhere', '/speakers', '/no-such-page']) {
    const response = await page.request.get(path, { headers: { Accept: 'text/html' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-security-policy'], path).toBe(cspHeader());
    const html = await response.text();
    expect(html, path).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${cspMeta().replace(/'/g, '&#39;')}">`,
    );
    // No inline script may run under the policy: the only inline <script> is the JSON data block.
    const inline = [...html.matchAll(/<script\b([^>]*)>([^<]*)<\/script>/g)].filter(
      ([, attrs, body]) => !/\bsrc=/.test(attrs ?? '') && body?.trim(),
    );
    expect(
      inline.map(([tag]) => tag.slice(0, 60)).filter((tag) => !tag.includes('application/json')),
      path,
    ).toEqual([]);
  }
  expect(cspHeader()).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(cspHeader()).toContain("connect-src 'self'");
});

test('nothing on any page or interaction breaks the policy', async ({ page, watch }) => {
  watch.allowed.push(/status of 404/); // /articles/not-here
  const violations = await watchViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await page.getByRole('button', { name: 'Dark theme' }).click();

  await page.goto(`/articles/${SEED_ID}`);
  const body = page.getByRole('article');
  await body.locator('[role="button"][data-quote-id]').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('tab', { name: /Claims/ }).click();
  await page.getByRole('tab', { name: /Timeline/ }).click();
  await page.getByRole('tab', { name: /Speakers/ }).click();
  await page.getByRole('tabpanel').getByRole('button').first().click();
  await expect(page).toHaveURL(/speaker=/);

  // A client-side navigation (loaders, lazy route modules, validation) and the other pages.
  await page.getByRole('link', { name: 'Articles' }).first().click();
  await page.getByRole('link', { name: /President Trump/ }).click();
  await expect(body.locator('mark').first()).toBeVisible();
  for (const path of ['/speakers', '/search?q=rubbish', '/articles/not-here']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(await violations()).toEqual([]);
});

test('a prerendered article is readable without JavaScript, and hydrates without a layout shift', async ({
  browser,
}) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const bare = await noScript.newPage();
  await bare.goto(`/articles/${SEED_ID}`);
  await expect(bare.getByRole('heading', { level: 1 })).toContainText('President Trump');
  expect(await bare.locator('article mark').count()).toBeGreaterThan(5);
  await noScript.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`/articles/${SEED_ID}`);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  // Hydration kept the server's nodes: no fetch of the article JSON, no hydration error.
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
  await context.close();
});

test('article text is shown as text, never as HTML', async ({ page }) => {
  const seed = (await (await page.request.get(`/articles/${SEED_ID}.json`)).json()) as {
    title: string;
    blocks: { id: string; text: string }[];
  };
  const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
  const article = {
    ...seed,
    id: 'hostile',
    title: `Hostile ${hostile}`,
    blocks: seed.blocks.map((block, i) =>
      i === seed.blocks.length - 1 ? { ...block, text: `${block.text} ${hostile}` } : block,
    ),
  };
  await page.route('**/articles/hostile.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(article) }),
  );
  await page.goto('/articles/hostile');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Hostile ${hostile}`);
  await expect(page.getByRole('article')).toContainText('<script>window.pwned=2</script>');
  expect(await page.locator('main img, main script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('the app never writes HTML from strings', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name)) files.push(path);
    }
  };
  walk(resolve('src'));
  const offenders = files.filter((file) =>
    /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(|\beval\(|new Function\(/.test(
      readFileSync(file, 'utf8'),
    ),
  );
  expect(offenders).toEqual([]);
});

const BAD_DOCUMENTS: {
  name: string;
  change: (article: Record<string, unknown>) => unknown;
  field: RegExp;
  message: RegExp;
}[] = [
  {
    name: 'a wrong schema version',
    change: (article) => ({ ...article, schemaVersion: 99 }),
    field: /field schemaVersion/,
    message: /schema version 99 is not supported/,
  },
  {
    name: 'a missing field',
    change: (article) => Object.fromEntries(Object.entries(article).filter(([key]) => key !== 'title')),
    field: /field title/,
    message: /expected string, received undefined/,
  },
  {
    name: 'offsets outside the text',
    change: (article) => {
      const quotes = article.quotes as { spans: { end: number }[] }[];
      const [first, ...others] = quotes;
      if (!first) throw new Error('the seed has quotes');
      return {
        ...article,
        quotes: [{ ...first, spans: [{ ...first.spans[0], end: 100_000 }, ...first.spans.slice(1)] }, ...others],
      };
    },
    field: /field quotes\.0\.spans\.0\.end/,
    message: /offset 100000 is outside block/,
  },
  {
    name: 'text that is not JSON',
    change: () => '{"schemaVersion": 1,',
    field: /field \(root\)/,
    message: /not valid JSON/,
  },
];

for (const bad of BAD_DOCUMENTS) {
  test(`an article JSON with ${bad.name} gets an error page naming the field`, async ({ page }) => {
    const seed = (await (await page.request.get(`/articles/${SEED_ID}.json`)).json()) as Record<string, unknown>;
    const changed = bad.change({ ...seed, id: 'bad-one' });
    await page.route('**/articles/bad-one.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: typeof changed === 'string' ? changed : JSON.stringify(changed),
      }),
    );
    await page.goto('/articles/bad-one');
    await expect(page.getByRole('heading', { level: 1, name: /can’t be shown/ })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).toContainText('“bad-one”');
    await expect(main).toContainText(bad.field);
    await expect(main).toContainText(bad.message);
    // The frame stays: the banner and a way back.
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to all articles' })).toBeVisible();
  });
}
