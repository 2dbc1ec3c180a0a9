/**
 * Thoughts (the writer's account of what someone thinks or wants) in the
 * reader, and the version-1 paths: an old export imports, and a library
 * stored by the previous version opens after the upgrade.
 *
 * The seed's one thought (Obama's belief) is checked as the parser gives it;
 * the rest runs on a hand-made version-2 article
 * (test/fixtures/article/v2-thought.json).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const shots = 'test-results/screenshots';
const THOUGHT_FILE = resolve('test/fixtures/article/v2-thought.json');
const V1_FILE = resolve('test/fixtures/article/v1-export.json');
const v1 = JSON.parse(readFileSync(V1_FILE, 'utf8')) as {
  id: string;
  title: string;
  quotes: { text: string; kind: string }[];
};
const THOUGHT_TITLE = 'Obama resisted Russian overtures in Syria';

const thought = (page: Page) =>
  page.getByRole('article').getByRole('button', { name: /^Barack Obama, thought: Moscow was acting counter/ });

async function importFile(page: Page, path: string, title: string) {
  await page.goto('/');
  await page.getByLabel(/Article files/).setInputFiles(path);
  const link = page.getByRole('status').getByRole('link', { name: title });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

test("the seed marks Obama's belief as a thought; hiding thoughts survives a reload, with no axe violation", async ({
  page,
}) => {
  await page.goto('/articles/000_8f6650f81ca84753');
  await expect(page.getByText('Showing all 15 quotes, 1 thought')).toBeVisible();
  await expect(thought(page)).toBeVisible();
  await expectNoAxeViolations(page, 'seed with its thought shown');
  await page.getByRole('checkbox', { name: 'Show thoughts' }).uncheck();
  await expect(page).toHaveURL(/[?&]thoughts=hide/);
  await expect(thought(page)).toHaveCount(0);
  await expectNoAxeViolations(page, 'seed with its thought hidden');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Show thoughts' })).not.toBeChecked();
  await expect(thought(page)).toHaveCount(0);
  await page.screenshot({ path: `${shots}/seed-thoughts-hidden.png`, fullPage: false });
});

test('a thought is marked as a thought; the control hides thoughts, and a reload keeps them hidden', async ({
  page,
}) => {
  await importFile(page, THOUGHT_FILE, THOUGHT_TITLE);
  await expect(page.getByText('Showing all 2 quotes, 1 thought')).toBeVisible();
  await expect(thought(page)).toBeVisible();
  // Not by colour alone: a tag in the text and a wavy underline instead of a filled box.
  await expect(page.getByRole('article').locator('.speaker-chip', { hasText: 'thought' })).toBeVisible();
  const style = await thought(page)
    .locator('mark')
    .evaluate((mark) => getComputedStyle(mark).textDecorationStyle);
  expect(style).toBe('wavy');
  await thought(page).click();
  await expect(page.getByRole('dialog', { name: 'Barack Obama' })).toContainText(
    'The writer’s account of what Barack Obama thinks or wants',
  );
  await page.keyboard.press('Escape');
  await expectNoAxeViolations(page, 'reader with thoughts shown');

  const control = page.getByRole('checkbox', { name: 'Show thoughts' });
  await control.uncheck();
  await expect(page).toHaveURL(/[?&]thoughts=hide/);
  await expect(thought(page)).toHaveCount(0);
  await expect(page.getByText('Showing all 2 quotes; 1 thought hidden')).toBeVisible();
  await expect(page.getByRole('article')).toContainText('Moscow was acting counter to US interests');
  await expectNoAxeViolations(page, 'reader with thoughts hidden');

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Show thoughts' })).not.toBeChecked();
  await expect(thought(page)).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show thoughts' }).check();
  await expect(thought(page)).toBeVisible();
  await expect(page).not.toHaveURL(/thoughts=/);
});

test("search and the speaker page filter speech and thoughts (the seed's Obama: one of each)", async ({ page }) => {
  await page.goto('/search?q=moscow&act=thought');
  const results = page.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('link', { name: /Moscow was acting counter/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Speech or thought' })).toHaveValue('thought');
  await page.getByRole('combobox', { name: 'Speech or thought' }).selectOption('speech');
  await expect(page).toHaveURL(/act=speech/);
  await expect(results.getByRole('link', { name: /Moscow was acting counter/ })).toHaveCount(0);

  await page.goto('/speakers/barack-obama');
  await expect(page.getByText('1 quote, 1 thought')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Speech or thoughts' })
    .getByRole('link', { name: 'Thoughts only' })
    .click();
  await expect(page).toHaveURL(/\/speakers\/barack-obama\?act=thought$/);
  const quotes = page.getByRole('region', { name: 'Quotes' });
  await expect(quotes.getByRole('link', { name: /Moscow was acting counter/ })).toBeVisible();
  await expect(quotes.getByRole('link', { name: 'illegitimate' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'speaker page, thoughts only');
});

test('a version-1 export imports and reads, every quote as speech', async ({ page }) => {
  await importFile(page, V1_FILE, v1.title);
  const marks = page.getByRole('article').locator('mark.quote-mark');
  await expect(marks.first()).toBeVisible();
  expect(await marks.evaluateAll((all) => all.map((mark) => mark.getAttribute('data-act')))).not.toContain('thought');
  await expect(page.getByText(`Showing all ${v1.quotes.length} quotes`)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Show thoughts' })).toHaveCount(0);
  // Exported again, it is version 2.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Article JSON' }).click(),
  ]);
  const path = await download.path();
  const again = JSON.parse(readFileSync(path, 'utf8')) as { schemaVersion: number; quotes: { act: string }[] };
  expect(again.schemaVersion).toBe(2);
  expect(again.quotes.map((quote) => quote.act)).toEqual(v1.quotes.map(() => 'speech'));
});

test('a library stored by the previous version opens after the upgrade, with nothing lost', async ({ page, watch }) => {
  // A stored article is looked for among the bundled ones first (a 404), then in the library.
  watch.allowed.push(/status of 404/);
  // Write the previous version's records (idb-keyval: database "whosaid-library", store "articles",
  // one `article:<id>` key per article holding { article, addedAt }) before the app first loads.
  await page.goto('/robots.txt');
  const old = [
    { ...(v1 as object), id: 'old-one', title: 'Bike lanes, saved last year' },
    { ...(v1 as object), id: 'old-two', title: 'Bike lanes, saved again' },
  ];
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('whosaid-library');
      request.onupgradeneeded = () => request.result.createObjectStore('articles');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise<void>((done, fail) => {
      const tx = db.transaction('articles', 'readwrite');
      for (const article of records) {
        tx.objectStore('articles').put({ article, addedAt: '2026-01-05T10:00:00Z' }, `article:${article.id}`);
      }
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, old);

  await page.goto('/');
  const own = page.getByRole('region', { name: 'Your articles' });
  await expect(own.getByRole('link', { name: 'Bike lanes, saved last year' })).toBeVisible();
  await expect(own.getByRole('link', { name: 'Bike lanes, saved again' })).toBeVisible();
  await expect(own).not.toContainText('can no longer be read');
  await own.getByRole('link', { name: 'Bike lanes, saved last year' }).click();
  await expect(page).toHaveURL(/\/articles\/old-one$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bike lanes, saved last year');
  await expect(page.getByText(`Showing all ${v1.quotes.length} quotes`)).toBeVisible();
  const first = v1.quotes[0];
  if (!first) throw new Error('the v1 fixture has quotes');
  await expect(page.getByRole('article')).toContainText(first.text);
  await expectNoAxeViolations(page, 'a stored version-1 article');
  await page.screenshot({ path: `${shots}/thoughts-v1-library.png`, fullPage: true });
});
