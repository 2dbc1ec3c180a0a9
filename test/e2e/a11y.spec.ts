import { mkdirSync } from 'node:fs';
import { expect, expectNoAxeViolations, SEED_ID, test } from './fixtures';

const reader = `/articles/${SEED_ID}`;
const shots = 'test-results/screenshots';
mkdirSync(shots, { recursive: true });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no violations on any page', async ({ page, watch }) => {
      // Seven axe runs over five views: more than the default 30 s on a loaded machine.
      test.slow();
      watch.allowed.push(/status of 404/);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /dark/ : /^(?!.*dark)/);
      await expectNoAxeViolations(page, `/ (${colorScheme})`);

      await page.goto(reader);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, `reader (${colorScheme})`);

      await page
        .getByRole('article')
        .getByRole('button', { name: /^John Dorrian/ })
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page
        .getByRole('region', { name: 'Reading tools' })
        .getByRole('button', { name: /^Sean Spicer/ })
        .click();
      await expectNoAxeViolations(page, `reader with card and filter (${colorScheme})`);

      for (const tab of ['Claims', 'Timeline']) {
        await page.getByRole('tab', { name: new RegExp(tab) }).click();
        // The switch is a router navigation a frame later: check the panel that is shown.
        await expect(page.getByRole('tabpanel', { name: new RegExp(tab) })).toBeVisible();
        await expectNoAxeViolations(page, `${tab} panel (${colorScheme})`);
      }

      await page.goto('/articles/no-such-article');
      await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
      await expectNoAxeViolations(page, `404 (${colorScheme})`);
    });

    test('screenshots: desktop', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(reader);
      await page
        .getByRole('article')
        .getByRole('button', { name: /^John Dorrian/ })
        .click();
      await page.getByRole('article').getByRole('button').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/desktop-${colorScheme}.png`, fullPage: true });
    });
  });
}

test('screenshots: 390 px phone, with the drawer open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(reader);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: `${shots}/phone-390.png` });
  await page.getByRole('tab', { name: /Speakers/ }).click();
  const panel = page.getByRole('tabpanel', { name: /Speakers/ });
  await expect(panel).toBeVisible();
  await page.screenshot({ path: `${shots}/phone-390-drawer.png` });
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
  await expectNoAxeViolations(page, 'phone');
});

test('screenshots: print shows the article with footnotes and no controls', async ({ page }) => {
  await page.goto(reader);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Reading tools' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Who said what' })).toBeVisible();
  await page.screenshot({ path: `${shots}/print.png`, fullPage: true });
});

test('the theme toggle is remembered across a reload', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
});
