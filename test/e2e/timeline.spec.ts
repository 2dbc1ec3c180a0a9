import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const shots = 'test-results/screenshots';
const article = readFileSync('test/fixtures/articles/harbour-tunnel-dates.txt', 'utf8');
const TITLE = 'Harbour tunnel opens two years late after a decade of delays';

/** Pastes the fixture article as a reader would, opens it and shows its timeline. */
async function openTimeline(page: Page) {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Article text' }).fill(article);
  await page.getByRole('button', { name: 'Add article' }).click();
  await page.getByRole('status').getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await page.getByRole('tab', { name: /Timeline/ }).click();
  const panel = page.getByRole('tabpanel', { name: /Timeline/ });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  return panel;
}

test('the timeline of an article full of dates: in order, each at its own granularity, durations with their events', async ({
  page,
}) => {
  const panel = await openTimeline(page);
  const entries = panel.getByRole('list').first().locator(':scope > li');
  const dates = await entries.locator('p.font-semibold, p > span.font-semibold').allTextContents();
  expect(dates).toEqual([
    'the 1990s',
    'March 2008',
    '2009',
    'Sunday 14 February 2010',
    '2010',
    '2011',
    'Summer 2011',
    'Summer 2012',
    'the first quarter of 2013',
    'Thursday 21 March 2013',
    'Friday 22 March 2013',
    'Friday 22 March 2013, 09:30',
    'June 2013',
    '2014',
  ]);
  // A duration sits under the event it measures.
  const shaft = entries.filter({ hasText: /^2009/ });
  await expect(shaft.getByRole('list', { name: 'How long' })).toContainText('2 years');
  await expect(shaft.getByRole('link', { name: '“two years”' })).toBeVisible();
  const extension = entries.filter({ hasText: /^2010Past/ });
  await expect(extension.getByRole('list', { name: 'How long' })).toContainText('3 months');
  // The present goes with the publication; vague times are folded away.
  await expect(entries.filter({ hasText: 'The article is published.' })).toContainText('Now: “currently”, “now”');
  const vague = panel.getByText('Times without a date (2)');
  await expect(vague).toBeVisible();
  await expect(panel.getByRole('link', { name: '“recent months”' })).toBeHidden();
  await vague.click();
  await expect(panel.getByRole('link', { name: '“recent months”' })).toBeVisible();
  await expectNoAxeViolations(page, 'timeline of harbour-tunnel-dates');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshots of the timeline: desktop and 390 px phone, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    const panel = await openTimeline(page);
    await page.screenshot({ path: `${shots}/timeline-desktop-${colorScheme}.png`, fullPage: true });
    await panel.getByText(/Times without a date/).click();
    await page.screenshot({ path: `${shots}/timeline-desktop-${colorScheme}-vague.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('tabpanel', { name: /Timeline/ })).toBeVisible();
    await page.screenshot({ path: `${shots}/timeline-phone-${colorScheme}.png` });
  });
}
