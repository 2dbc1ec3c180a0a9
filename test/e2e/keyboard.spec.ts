import type { Page } from '@playwright/test';
import { expect, SEED_ID, test } from './fixtures';

/** Presses Tab until the focused element matches, or fails after `limit` presses. */
async function tabTo(page: Page, matches: (el: { name: string; role: string }) => boolean, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // Text as a screen reader would name it: without aria-hidden parts.
      const clone = el?.cloneNode(true) as HTMLElement | undefined;
      clone?.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
      const name = (el?.getAttribute('aria-label') ?? clone?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return { name, role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '' };
    });
    if (matches(focused)) return;
  }
  throw new Error('focus never reached the element');
}

test('everything works from the keyboard alone', async ({ page }) => {
  await page.goto('/');
  // Skip link first, into main.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await tabTo(page, (el) => el.role === 'a' && el.name.startsWith('President Trump'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/articles/${SEED_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Open a quote's card with Enter, step to the speaker's next quote, close with Escape.
  await tabTo(page, (el) => el.role === 'button' && el.name.startsWith('Sean Spicer, direct quote'));
  const first = page.locator(':focus');
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog', { name: 'Sean Spicer' });
  await expect(card).toBeFocused();
  await expect(card).toContainText(/Quote \d of \d by Sean Spicer/);
  const before = await card.innerText();
  await tabTo(page, (el) => el.name.startsWith('Next quote by Sean Spicer'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Sean Spicer' })).toBeFocused();
  await expect(page.getByRole('dialog')).not.toHaveText(before);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAttribute('role', 'button');

  // Space opens a card too; "Show only" filters to the speaker.
  await first.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('dialog', { name: 'Sean Spicer' })).toBeFocused();
  await tabTo(page, (el) => el.name === 'Show only Sean Spicer');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?speaker=sean-spicer#q\d+$/);
  await page.keyboard.press('Escape');

  // The speaker filter from the keyboard, and Clear filter.
  const tools = page.getByRole('region', { name: 'Reading tools' });
  await tabTo(page, (el) => el.role === 'tab');
  await tabTo(page, (el) => el.name.startsWith('John Dorrian'));
  await page.keyboard.press('Space');
  await expect(tools.getByRole('button', { name: /^John Dorrian/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+ quotes/ })).toBeVisible();

  // Tabs with the arrow keys; a denial link from the keyboard lands on its quote.
  await page.getByRole('tab', { name: /Speakers/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Claims/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /Claims/ })).toHaveAttribute('aria-selected', 'true');
  await tabTo(page, (el) => el.role === 'a' && el.name.includes('rubbish'));
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toContainText('rubbish.');
  await expect(page.locator(':focus')).toBeInViewport();

  await page.keyboard.press('End');
  await page.getByRole('tab', { name: /Claims/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Timeline/ })).toHaveAttribute('aria-selected', 'true');
  await tabTo(page, (el) => el.role === 'a' && el.name.includes('Friday'));
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText('Friday');
});
