import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const shots = 'test-results/screenshots';
const fixture = (name: string) => resolve('test/fixtures/library', name);
const bridgeText = readFileSync(fixture('bridge.txt'), 'utf8');
const BRIDGE = 'Harbour bridge to close for repairs next month';
const FERRY = 'Ferry service to replace bridge';

async function paste(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: 'Article text' });
  await box.fill(text);
  await page.getByRole('button', { name: 'Add article' }).click();
}

function ownArticles(page: Page) {
  return page.getByRole('region', { name: 'Your articles' });
}

test('a pasted article opens in the reader with its quotes and speakers', async ({ page }) => {
  await page.goto('/');
  await paste(page, bridgeText);
  const added = page.getByRole('status').getByRole('link', { name: BRIDGE });
  await expect(added).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue('');
  await page.screenshot({ path: `${shots}/library-home-added.png`, fullPage: true });
  await added.click();
  await expect(page).toHaveURL(/\/articles\/harbour-bridge-to-close-for-repairs-next-month-[a-z0-9]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE);

  const quote = page
    .getByRole('article')
    .getByRole('button', { name: /^Maria Lopez, direct quote:.*older than anyone/ });
  await quote.click();
  const card = page.getByRole('dialog', { name: 'Maria Lopez' });
  await expect(card).toContainText(/transport director/);
  await expect(page.getByRole('article').getByRole('button', { name: /^Tom Baker, direct quote/ })).toHaveCount(1);
  await page.screenshot({ path: `${shots}/library-reader.png`, fullPage: true });

  // A reload reads it from IndexedDB again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE);
  await expect(page.getByRole('dialog', { name: 'Maria Lopez' })).toBeVisible();
});

test('a dropped HTML file is reduced to the article and kept across a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel(/Article files/).setInputFiles(fixture('bridge.html'));
  await expect(page.getByRole('status').getByRole('link', { name: FERRY })).toBeVisible();
  await page.reload();
  const link = ownArticles(page).getByRole('link', { name: FERRY });
  await expect(link).toBeVisible();
  await expect(
    ownArticles(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: FERRY }) }),
  ).toContainText('14 March 2024');
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FERRY);
  await expect(page.getByRole('article').getByText('Traders worried')).toBeVisible();
  await expect(
    page
      .getByRole('article')
      .getByRole('button', { name: /^Maria Lopez, direct quote/ })
      .first(),
  ).toBeVisible();
});

test('delete, then undo', async ({ page }) => {
  await page.goto('/');
  await paste(page, bridgeText);
  await expect(ownArticles(page).getByRole('link', { name: BRIDGE })).toBeVisible();
  await ownArticles(page)
    .getByRole('button', { name: `Delete ${BRIDGE}` })
    .click();
  await expect(ownArticles(page).getByRole('link', { name: BRIDGE })).toHaveCount(0);
  const undo = ownArticles(page).getByRole('button', { name: 'Undo delete' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ownArticles(page).getByRole('link', { name: BRIDGE })).toBeVisible();
  await page.reload();
  await expect(ownArticles(page).getByRole('link', { name: BRIDGE })).toBeVisible();
});

test('export the Article JSON and import it back', async ({ page }, testInfo) => {
  await page.goto('/');
  await paste(page, bridgeText);
  await page.getByRole('status').getByRole('link', { name: BRIDGE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE);
  const reader = page.url();
  const exports = page.getByRole('group', { name: 'Export' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('button', { name: 'Article JSON' }).click(),
  ]);
  const saved = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  const exported = JSON.parse(readFileSync(saved, 'utf8')) as { id: string; title: string; quotes: unknown[] };
  expect(exported.title).toBe(BRIDGE);
  expect(reader.endsWith(`/articles/${exported.id}`)).toBe(true);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('button', { name: 'Quotes CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`${exported.id}-quotes.csv`);

  // Delete it, then import the exported file: the same article comes back under the same id.
  await page.goto('/');
  await ownArticles(page)
    .getByRole('button', { name: `Delete ${BRIDGE}` })
    .click();
  await expect(ownArticles(page).getByRole('link', { name: BRIDGE })).toHaveCount(0);
  await page.getByLabel(/Article files/).setInputFiles(saved);
  const imported = page.getByRole('status').getByRole('link', { name: BRIDGE });
  await expect(imported).toBeVisible();
  await expect(page.getByRole('region', { name: 'Add an article' }).getByRole('status')).toContainText(
    `Imported ${BRIDGE} (${exported.quotes.length} quotes)`,
  );
  await imported.click();
  await expect(page).toHaveURL(reader);
  await expect(
    page
      .getByRole('article')
      .getByRole('button', { name: /^Maria Lopez/ })
      .first(),
  ).toBeVisible();
});

test('a bad Article JSON gets a message naming the field', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel(/Article files/).setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ schemaVersion: 1, id: 'x', title: '' })),
  });
  await expect(page.getByRole('alert')).toContainText('bad.json: is not a valid Article JSON: the field “title”');
});

test('hostile HTML runs no script, in the input or in the reader', async ({ page, watch }) => {
  // Chromium checks the page's Content-Security-Policy against the inline handlers and styles of
  // the inert document DOMParser builds, and logs each as blocked; nothing else may be logged.
  watch.allowed.push(
    /^(Executing inline event handler|Applying inline style) violates the following Content Security Policy/,
  );
  await page.goto('/');
  await page.getByLabel(/Article files/).setInputFiles(fixture('hostile.html'));
  const added = page.getByRole('status').getByRole('link', { name: 'Council denies plan to sell the pier' });
  await expect(added).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await added.click();
  await expect(page.getByRole('article')).toContainText('There is no plan to sell the pier');
  await expect(page.getByRole('article')).not.toContainText('__pwned');
  await expect(
    page.locator('iframe, object, svg circle, [onerror], [onload], [onclick], a[href^="javascript:"]'),
  ).toHaveCount(0);
  // Give any late handler (an image error, a frame load) a moment to run.
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.title()).not.toBe('pwned');
});

test('empty, binary and oversized inputs each get a message and the page stays', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('alert')).toContainText('Pasted text: there is nothing to add');
  await page.getByLabel(/Article files/).setInputFiles([
    { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) },
    { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(20 * 1024 * 1024, 'a') },
  ]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('photo.txt: the file is binary, not text');
  await expect(alert).toContainText('huge.txt: it is too large (20.0 MB; the limit is 10.0 MB)');
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
});

test('two tabs adding articles at the same time both keep theirs', async ({ page, context }) => {
  const other = await context.newPage();
  await Promise.all([page.goto('/'), other.goto('/')]);
  await Promise.all([paste(page, bridgeText), other.getByLabel(/Article files/).setInputFiles(fixture('bridge.html'))]);
  await expect(page.getByRole('status').getByRole('link', { name: BRIDGE })).toBeVisible();
  await expect(other.getByRole('status').getByRole('link', { name: FERRY })).toBeVisible();
  // Each tab's list follows the other's additions.
  await expect(ownArticles(page).getByRole('link', { name: FERRY })).toBeVisible();
  await expect(ownArticles(other).getByRole('link', { name: BRIDGE })).toBeVisible();
  await other.close();
});

/** Puts a long article in the text area at once, as a paste does (typing 800 kB would take minutes). */
async function pasteLong(page: Page) {
  const paragraph = '"We will keep building," said Maria Lopez, the council\'s transport director, on Tuesday. ';
  const long = `${BRIDGE}\n\n12 March 2024\n\n${Array.from({ length: 8000 }, (_, i) => `${paragraph}Item ${i}.`).join('\n\n')}`;
  await page.getByRole('textbox', { name: 'Article text' }).evaluate((box, text) => {
    (box as HTMLTextAreaElement).value = text;
  }, long);
  await page.getByRole('button', { name: 'Add article' }).click();
}

test('typing keeps working while a long article is parsed, with progress shown', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await pasteLong(page);
  const progress = page.getByRole('progressbar', { name: /Parsing Pasted text/ });
  await expect(progress).toBeVisible();
  const box = page.getByRole('textbox', { name: 'Article text' });
  await box.press('End');
  await box.pressSequentially(' typed', { delay: 0 });
  await expect(box).toHaveValue(/typed$/);
  await expect(page.getByRole('status').getByRole('link', { name: BRIDGE })).toBeVisible({ timeout: 40_000 });
  await expect(progress).toBeHidden();
});

test('a long parse can be cancelled, keeping the text and storing nothing', async ({ page }) => {
  await page.goto('/');
  await pasteLong(page);
  const progress = page.getByRole('progressbar', { name: /Parsing Pasted text/ });
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByRole('alert')).toContainText('Pasted text: cancelled');
  await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue(/Item 7999\.$/);
  await page.reload();
  await expect(ownArticles(page).getByText(/kept in this browser only/)).toBeVisible();
  await expect(page.getByText('Not finished last time')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the home page with own articles passes axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await paste(page, bridgeText);
    await expect(ownArticles(page).getByRole('link', { name: BRIDGE })).toBeVisible();
    await expectNoAxeViolations(page, `/ with the library (${colorScheme})`);
    await page.screenshot({ path: `${shots}/library-home-${colorScheme}.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}/library-home-phone-${colorScheme}.png`, fullPage: true });
  });
}
