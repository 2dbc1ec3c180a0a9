/**
 * Changing the date an added, undated article's relative dates are read
 * against: the page's kept source (the chosen file, kept in IndexedDB) is
 * read again in the worker and replaces the article, dated by the reader.
 */
import { resolve } from 'node:path';
import { expect, test } from './fixtures';

test('the reader changes the date an undated page was read against, and the article is read again', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await page.getByLabel('Publication date for this batch').fill('2024-05-01');
  await page.getByLabel(/Article files/).setInputFiles(resolve('test/fixtures/pages/no-date.html'));
  const added = page.getByRole('region', { name: 'Add an article' }).getByRole('status');
  await added.getByRole('link', { name: 'Library reopens after roof repairs' }).click();
  const header = page.getByRole('article');
  await expect(header).toContainText('read against Wednesday 1 May 2024');

  await page.getByRole('link', { name: 'Change this date' }).click();
  await expect(page.getByText(/the date given when it was added/)).toBeVisible();
  await page.getByLabel('Read relative dates against').fill('2023-03-15');
  await page.getByRole('button', { name: 'Read the article again' }).click();

  // Back in the reader, with the article read again against the new date.
  await expect(page.getByRole('heading', { level: 1, name: 'Library reopens after roof repairs' })).toBeVisible();
  await expect(header).toContainText('read against Wednesday 15 March 2023');
  await page.screenshot({ path: 'test-results/screenshots/reference-date-changed.png', fullPage: true });
  await page.reload();
  await expect(page.getByRole('article')).toContainText('15 March 2023');
  await page.getByRole('link', { name: 'Change this date' }).click();
  await expect(page.getByText(/read against Wednesday 15 March 2023, dated by you/)).toBeVisible();

  await page.goto('/');
  const row = page.getByRole('region', { name: 'Your articles' }).getByRole('listitem');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('dated by you');
});
