import { expect, SEED_ID, seedJson, test } from './fixtures';

const reader = `/articles/${SEED_ID}`;

test('the home page lists the seed article and opens it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  const link = page.getByRole('link', { name: /President Trump open to joining Russian strikes/ });
  await expect(link).toBeVisible();
  await expect(page.getByRole('listitem').filter({ has: link })).toContainText(/\d+ quotes/);
  await link.click();
  await expect(page).toHaveURL(reader);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/President Trump open to joining Russian strikes/);
  await expect(page.locator('time').first()).toHaveAttribute('datetime', /^2017-01-24/);
  await expect(page.getByRole('article').getByText('Tuesday 24 January 2017')).toBeVisible();
});

test('clicking “rubbish.” opens a card naming John Dorrian and his role', async ({ page }) => {
  await page.goto(reader);
  const quote = page.getByRole('article').getByRole('button', { name: /^John Dorrian\b.*rubbish/ });
  await expect(quote.locator('mark')).toHaveText(/rubbish/);
  await quote.click();
  const card = page.getByRole('dialog', { name: 'John Dorrian' });
  await expect(card).toBeVisible();
  await expect(card).toContainText(/spokesman/i);
  await expect(card).toContainText('rubbish.');
  await expect(page).toHaveURL(/#q\d+$/);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(quote).toBeFocused();
});

test('filtering by Sean Spicer highlights exactly his five direct quotes', async ({ page }) => {
  await page.goto(reader);
  const tools = page.getByRole('region', { name: 'Reading tools' });
  const spicer = tools.getByRole('button', { name: /^Sean Spicer/ });
  await spicer.click();
  await expect(spicer).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\?speaker=sean-spicer$/);

  const article = page.getByRole('article');
  const highlighted = article.getByRole('button', { name: /, (direct quote|reported speech|reported, partly quoted)/ });
  const names = await highlighted.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThanOrEqual(5);
  for (const name of names) expect(name.startsWith('Sean Spicer')).toBe(true);
  await expect(article.getByRole('button', { name: /^Sean Spicer, direct quote:/ })).toHaveCount(5);
  await expect(article.locator('mark[data-kind="direct"]')).toHaveCount(5);
  // Others' quotes stay in the text without a highlight.
  await expect(article.getByText('rubbish.')).toBeVisible();
  await expect(article.getByRole('button', { name: /^John Dorrian/ })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+ quotes/ })).toBeVisible();

  // Back and Forward step through filter changes.
  await tools.getByRole('button', { name: /^John Dorrian/ }).click();
  await expect(page).toHaveURL(/speaker=sean-spicer&speaker=john-dorrian/);
  await page.goBack();
  await expect(page).toHaveURL(/\?speaker=sean-spicer$/);
  await expect(tools.getByRole('button', { name: /^John Dorrian/ })).toHaveAttribute('aria-pressed', 'false');
  await page.goBack();
  await expect(spicer).toHaveAttribute('aria-pressed', 'false');
  await page.goForward();
  await expect(spicer).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(spicer).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('status').filter({ hasText: /^Showing all \d+ quotes/ })).toBeVisible();
});

test('a shared link restores the filter and the open quote', async ({ page }) => {
  await page.goto('/');
  const json = await seedJson(page);
  const rubbish = json.quotes.find((quote) => quote.text.includes('rubbish'));
  expect(rubbish?.speakerId).toBe('john-dorrian');
  await page.goto(`${reader}?speaker=john-dorrian#${rubbish?.id}`);
  const tools = page.getByRole('region', { name: 'Reading tools' });
  await expect(tools.getByRole('button', { name: /^John Dorrian/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('dialog', { name: 'John Dorrian' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'John Dorrian' })).toBeInViewport();
  await expect(page.getByRole('article').getByRole('button', { name: /^Sean Spicer/ })).toHaveCount(0);
});

test('clicking a denial in the sidebar lands on its words in the text', async ({ page }) => {
  await page.goto(reader);
  await page.getByRole('tab', { name: /Claims/ }).click();
  const panel = page.getByRole('tabpanel', { name: /Claims/ });
  await expect(panel.getByText(/Denied by/)).toBeVisible();
  await panel.getByRole('link', { name: /rubbish/ }).click();
  const target = page.getByRole('article').getByRole('button', { name: /^John Dorrian.*rubbish/ });
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  await expect(target).toHaveAttribute('data-selected', 'true');
});

test('the timeline lists 23 January 2017 before 27 January 2017, with the publication', async ({ page }) => {
  await page.goto(reader);
  await page.getByRole('tab', { name: /Timeline/ }).click();
  const panel = page.getByRole('tabpanel', { name: /Timeline/ });
  // The tab switch is a router navigation a frame later: wait for the panel's text, in this order.
  await expect(panel).toContainText(/23 January 2017[\s\S]*24 January 2017[\s\S]*27 January 2017/);
  await expect(panel.locator('time[datetime="2017-01-23"]').first()).toBeVisible();
  await expect(panel.getByText('Future').first()).toBeVisible();
  await panel.getByRole('link', { name: /Friday/ }).click();
  const friday27 = page.getByRole('article').getByText('Friday', { exact: true });
  await expect(friday27).toBeFocused();
  await expect(friday27).toBeInViewport();
});

test('a missing article shows the 404 page; an invalid one names the field', async ({ page, watch }) => {
  watch.allowed.push(/status of 404/);
  await page.goto('/articles/no-such-article');
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await expect(page.getByText(/no-such-article/)).toBeVisible();

  await page.route('**/articles/broken-one.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ schemaVersion: 1, id: 'broken-one', title: 'x', blocks: 'nope' }),
    }),
  );
  await page.goto('/articles/broken-one');
  await expect(page.getByRole('heading', { level: 1, name: /can’t be shown/ })).toBeVisible();
  await expect(page.getByText('broken-one', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('main')).toContainText(/field (published|byline|dateline|credit|blocks)/);
});
