/**
 * The cross-article pages in the production build: speakers found across
 * the reader's own articles under different forms of a name, merge and
 * split kept across reloads, and search that lands on the quote.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, SEED_ID, test } from './fixtures';

const shots = 'test-results/screenshots';
mkdirSync(shots, { recursive: true });

/** Two hand-written articles: "Port director Maria Okafor" a week before plain "Okafor". */
const EARLIER = `Harbour tolls to rise in spring

4 March 2024

Port director Maria Okafor said the new tolls would pay for dredging the main channel.

"Ships are getting bigger and the channel is not," Okafor said at a meeting on Monday.

Fishermen's union leader Tom Birch said the rise would hurt small boats.`;

const LATER = `Harbour tolls delayed after protest

11 March 2024

The harbour board has postponed the toll rise by a month.

"We heard the fishermen and we will take another look at the numbers," Okafor told reporters on Friday.

Okafor said the dredging would still begin in May.`;

/** Pastes an article on `/` and waits until the library has kept it. */
async function addArticle(page: Page, text: string, title: string) {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Article text' }).fill(text);
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('status').getByRole('link', { name: title })).toBeVisible();
}

test('one entry for a person named two ways in two articles, quotes in date order, search lands on the quote', async ({
  page,
}) => {
  // The later article first, so date order is not simply the order they were added in.
  await addArticle(page, LATER, 'Harbour tolls delayed after protest');
  await addArticle(page, EARLIER, 'Harbour tolls to rise in spring');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Speakers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Speakers' })).toBeVisible();
  const okafor = page.getByRole('link', { name: 'Maria Okafor', exact: true });
  await expect(okafor).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Okafor', exact: true })).toHaveCount(0);
  const row = page.getByRole('listitem').filter({ has: okafor });
  await expect(row).toContainText('4 quotes');
  await expect(row).toContainText('2 articles');
  await expect(row.locator('time').first()).toHaveAttribute('datetime', /^2024-03-04/);
  await expect(row.locator('time').last()).toHaveAttribute('datetime', /^2024-03-11/);

  await okafor.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maria Okafor' })).toBeVisible();
  const quotes = page.getByRole('region', { name: 'Quotes' });
  await expect(quotes.getByRole('heading', { level: 3 })).toHaveText([
    'Harbour tolls to rise in spring',
    'Harbour tolls delayed after protest',
  ]);
  // Each article's title, then its quotes in reading order (trailing punctuation is the parser's call).
  const words = await quotes.getByRole('link').allTextContents();
  expect(words).toEqual([
    'Harbour tolls to rise in spring',
    'the new tolls would pay for dredging the main channel',
    expect.stringMatching(/^“Ships are getting bigger and the channel is not,?”$/),
    'Harbour tolls delayed after protest',
    expect.stringMatching(/^“We heard the fishermen and we will take another look at the numbers,?”$/),
    'the dredging would still begin in May',
  ]);
  await expectNoAxeViolations(page, 'speaker page');

  // Search a phrase from the later article and land on the quote in the reader.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search every quote' }).pressSequentially('another look');
  await expect(page).toHaveURL(/\/search\?q=another\+look$/);
  const result = page.getByRole('list', { name: 'Results' }).getByRole('link', { name: /take another look/ });
  await expect(result).toHaveCount(1);
  await expect(result.locator('mark')).toHaveText('another look');
  await result.click();
  await expect(page).toHaveURL(/\/articles\/[^/]+#q1$/);
  const card = page.getByRole('dialog', { name: 'Maria Okafor' });
  await expect(card.or(page.getByRole('dialog', { name: 'Okafor' }))).toBeVisible();
});

test('merge two entries and split them again, each kept across a reload', async ({ page }) => {
  await page.goto('/speakers/john-dorrian');
  const names = page.getByRole('region', { name: 'Names in this entry' });
  await names.getByRole('searchbox', { name: 'Same person as' }).fill('pentagon');
  await names.getByRole('button', { name: 'Merge Pentagon officials (1 quote)' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Merged Pentagon officials into John Dorrian.' }),
  ).toBeVisible();
  await expect(names.getByRole('button', { name: 'Split “Pentagon officials” off' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'John Dorrian' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Quotes' }).getByRole('link', { name: 'the Russian assertion' }),
  ).toBeVisible();
  await page.goto('/speakers');
  await expect(page.getByRole('link', { name: 'Pentagon officials' })).toHaveCount(0);
  await expect(
    page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'John Dorrian' }) }),
  ).toContainText('Also named: Pentagon officials');

  await page.getByRole('link', { name: 'John Dorrian' }).click();
  await names.getByRole('button', { name: 'Split “Pentagon officials” off' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Split Pentagon officials off' })).toBeVisible();
  await expect(names.getByRole('button', { name: /^Split/ })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'John Dorrian' })).toBeVisible();
  await expect(names.getByRole('button', { name: /^Split/ })).toHaveCount(0);
  await page.goto('/speakers');
  await expect(page.getByRole('link', { name: 'Pentagon officials' })).toBeVisible();
});

test('search is filterable, keeps its state in the URL, and a result opens the quote', async ({ page }) => {
  await page.goto('/search?q=combat&speaker=sean-spicer&kind=direct');
  const box = page.getByRole('searchbox', { name: 'Search every quote' });
  await expect(box).toHaveValue('combat');
  const filters = page.getByRole('group', { name: 'Filters' });
  await expect(filters.getByText('Sean Spicer', { exact: true })).toBeVisible();
  await expect(filters.getByRole('button', { name: 'Any speaker' })).toBeVisible();
  const results = page.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Reported, partly quoted' });
  await expect(page).toHaveURL(/kind=mixed/);
  await expect(page.getByText('No quotes match “combat” with these filters.')).toBeVisible();
  await page.goBack();
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await results.getByRole('link', { name: /combat ISIS/ }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${SEED_ID}#q\\d+$`));
  await expect(page.getByRole('dialog', { name: 'Sean Spicer' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe and screenshots in the ${colorScheme} theme, desktop and 360 px`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    for (const [width, height] of [
      [1280, 900],
      [360, 740],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('/speakers');
      await expect(page.getByRole('link', { name: 'Sean Spicer' })).toBeVisible();
      await expectNoAxeViolations(page, `/speakers ${colorScheme} ${width}`);
      await page.screenshot({ path: `${shots}/speakers-${colorScheme}-${width}.png`, fullPage: true });

      await page.goto('/speakers/sean-spicer');
      await expect(page.getByRole('heading', { level: 1, name: 'Sean Spicer' })).toBeVisible();
      await expectNoAxeViolations(page, `/speakers/sean-spicer ${colorScheme} ${width}`);
      await page.screenshot({ path: `${shots}/speaker-${colorScheme}-${width}.png`, fullPage: true });

      await page.goto('/search?q=russian');
      await expect(page.getByRole('list', { name: 'Results' })).toBeVisible();
      await expectNoAxeViolations(page, `/search ${colorScheme} ${width}`);
      await page.screenshot({ path: `${shots}/search-${colorScheme}-${width}.png`, fullPage: true });

      // Nothing wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
    }
  });
}

test('keyboard only: from the speaker list to a quote in the reader', async ({ page }) => {
  await page.goto('/speakers');
  await expect(page.getByRole('link', { name: 'Sean Spicer' })).toBeVisible();
  await page.getByRole('link', { name: 'Sean Spicer' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sean Spicer' })).toBeVisible();
  const quote = page.getByRole('region', { name: 'Quotes' }).getByRole('link').nth(1);
  await quote.focus();
  await expect(quote).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/articles/${SEED_ID}#q\\d+$`));
  await expect(page.getByRole('dialog', { name: 'Sean Spicer' })).toBeVisible();
});
