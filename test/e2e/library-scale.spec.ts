import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const bridgeText = readFileSync(resolve('test/fixtures/library/bridge.txt'), 'utf8');
const BRIDGE = 'Harbour bridge to close for repairs next month';
/** An export written by the version before this one (Article schema version 1). */
const v1 = JSON.parse(readFileSync(resolve('test/fixtures/article/v1-export.json'), 'utf8')) as {
  title: string;
  speakers: { name: string }[];
};

function ownArticles(page: Page) {
  return page.getByRole('region', { name: 'Your articles' });
}

/** Deletes every stored record whose key starts with one of `prefixes`, as if an older version had never written them. */
async function deleteStoredKeys(page: Page, prefixes: string[]) {
  await page.evaluate(async (prefixes) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('whosaid-library');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const tx = db.transaction('articles', 'readwrite');
    const store = tx.objectStore('articles');
    for (const prefix of prefixes) store.delete(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
    await new Promise((done) => (tx.oncomplete = done));
    db.close();
  }, prefixes);
}

/** Marks the page (`data-saw-upgrade`) if the upgrade notice ever shows, however briefly, on the next loads. */
async function watchForUpgrade(page: Page) {
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.body?.textContent?.includes('Updating your library for this version'))
        document.documentElement.dataset.sawUpgrade = 'yes';
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * Opens `/` on an empty library and waits until its list has loaded, so the
 * app's own first look at the store (which marks a new library as up to
 * date) is over before a test writes an older version's records behind it.
 */
async function openEmptyLibrary(page: Page) {
  await page.goto('/');
  await expect(ownArticles(page).getByText(/Articles you add are kept/)).toBeVisible();
}

/**
 * Writes records as the previous version kept them: only `article:<id>`, no
 * cards or digests (nor `cards:v1`). With `distinctNames`, each copy's
 * speakers get names of their own ("Ted Wheeler Q7"), so the library names
 * five people per article instead of five in all.
 */
async function storeOldLibrary(page: Page, count: number, distinctNames = false) {
  await page.evaluate(
    async ({ article, count, distinctNames }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open('whosaid-library');
        open.onupgradeneeded = () => open.result.createObjectStore('articles');
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = db.transaction('articles', 'readwrite');
      tx.objectStore('articles').delete('cards:v1');
      for (let i = 0; i < count; i++) {
        const id = `old-${String(i).padStart(4, '0')}`;
        const speakers = distinctNames
          ? article.speakers.map((speaker) => ({ ...speaker, name: `${speaker.name} Q${i}` }))
          : article.speakers;
        tx.objectStore('articles').put(
          {
            article: { ...article, id, title: `${article.title} (${i})`, speakers },
            addedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString(),
          },
          `article:${id}`,
        );
      }
      await new Promise((done) => (tx.oncomplete = done));
      db.close();
    },
    { article: v1, count, distinctNames },
  );
}

/** A library of `count` articles as this version keeps it: written the old way, then upgraded once on `/`. */
async function storeUpgradedLibrary(page: Page, count: number, distinctNames = false) {
  await openEmptyLibrary(page);
  await storeOldLibrary(page, count, distinctNames);
  await page.goto('/');
  await expect(ownArticles(page).getByText(`Showing 50 of ${count.toLocaleString('en')}.`)).toBeVisible({
    timeout: 60_000,
  });
}

/**
 * Deletes the records an older version had not written yet (keys starting
 * with `prefixes`), opens `/`, and waits until the upgrade that sets off has
 * shown its progress and ended.
 */
async function upgradeWithout(page: Page, prefixes: string[]) {
  await deleteStoredKeys(page, prefixes);
  await watchForUpgrade(page);
  await page.goto('/');
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.sawUpgrade)).toBe('yes');
  await expect(page.getByText('Updating your library for this version')).toBeHidden({ timeout: 20_000 });
}

test('a library saved by the previous version opens with nothing lost, its indexes built once with progress', async ({
  page,
}) => {
  await openEmptyLibrary(page);
  await storeOldLibrary(page, 400);
  await watchForUpgrade(page);
  await page.goto('/');
  await expect(ownArticles(page).getByText('Showing 50 of 400.')).toBeVisible({ timeout: 20_000 });
  expect(await page.evaluate(() => document.documentElement.dataset.sawUpgrade)).toBe('yes');
  await ownArticles(page).getByRole('button', { name: 'Show 50 more' }).click();
  await expect(ownArticles(page).getByText('Showing 100 of 400.')).toBeVisible();

  // The oldest one opens in the reader, migrated to the current schema on read.
  await page.goto('/articles/old-0000');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${v1.title} (0)`);

  // The speakers page counts all 400 (plus the bundled seed), without rebuilding anything.
  await page.goto('/speakers');
  await expect(page.getByText(/all 401 articles/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.sawUpgrade)).toBeUndefined();
});

test('a library saved by the version before the people index gets it built once, with progress, and loses nothing', async ({
  page,
}) => {
  await storeUpgradedLibrary(page, 60);
  await page.goto('/speakers');
  const row = (p: Page) => p.getByRole('listitem').filter({ has: p.getByRole('heading', { level: 2 }) });
  await expect(page.getByText(/all 61 articles/)).toBeVisible();
  const before = await row(page).allInnerTexts();
  // What the previous version left: articles, cards and digests, but no people index.
  await upgradeWithout(page, ['name:', 'nref:', 'people:']);
  await expect(ownArticles(page).getByText('Showing 50 of 60.')).toBeVisible();
  await page.goto('/speakers');
  await expect(page.getByText(/all 61 articles/)).toBeVisible();
  expect(await row(page).allInnerTexts()).toEqual(before);
  expect(await page.evaluate(() => document.documentElement.dataset.sawUpgrade)).toBeUndefined();
});

/** How many records of the people view (`pview:` keys) are stored. */
function countViewRecords(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('whosaid-library');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const request = db
      .transaction('articles')
      .objectStore('articles')
      .count(IDBKeyRange.bound('pview:', 'pview:\uffff'));
    const count = await new Promise<number>((done) => (request.onsuccess = () => done(request.result)));
    db.close();
    return count;
  });
}

test('a library of many people saved before the people view gets it built once; speakers, a profile and the speaker filter show the same people', async ({
  page,
}) => {
  // 420 articles of five people each: past the count of names (2,000) up to which a page groups them itself.
  test.setTimeout(120_000);
  await storeUpgradedLibrary(page, 420, true);
  await page.goto('/speakers');
  const row = (p: Page) => p.getByRole('listitem').filter({ has: p.getByRole('heading', { level: 2 }) });
  await expect(page.getByText(/all 421 articles/)).toBeVisible({ timeout: 30_000 });
  const before = await row(page).allInnerTexts();
  expect(await countViewRecords(page)).toBeGreaterThan(0);
  // What the previous version left: the people index, but no view of it.
  await deleteStoredKeys(page, ['pview:']);
  await page.goto('/speakers');
  await expect(page.getByText(/all 421 articles/)).toBeVisible({ timeout: 30_000 });
  expect(await row(page).allInnerTexts()).toEqual(before);
  expect(await countViewRecords(page)).toBeGreaterThan(0);

  // A profile reads its entry from the view.
  const first = row(page).first().getByRole('heading', { level: 2 }).getByRole('link');
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // The search's speaker filter offers the same person when part of the name is typed.
  await page.goto('/search');
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByRole('textbox', { name: 'Speaker' }).fill(name.slice(0, 4));
  await filters.getByRole('button', { name: new RegExp(`^${name} \\(`) }).click();
  await expect(page).toHaveURL(/speaker=/);
  await expect(filters.getByRole('button', { name: 'Any speaker' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Results' }).getByRole('link', { name }).first()).toBeVisible();

  // An article added: /speakers reads the view as it is, and shows the new one once it is built in the background.
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Article text' }).fill(bridgeText);
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('status').getByRole('link', { name: BRIDGE })).toBeVisible();
  await page.goto('/speakers');
  await expect(page.getByText(/all 42[12] articles/)).toBeVisible();
  await expect(page.getByText(/all 422 articles/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Updating…')).toBeHidden();
});

test('two tabs: an article added in one shows on the other’s speakers page', async ({ page, context }) => {
  const other = await context.newPage();
  await page.goto('/');
  await other.goto('/speakers');
  await expect(other.getByText(/the 1 article/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Article text' }).fill(bridgeText);
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('status').getByRole('link', { name: BRIDGE })).toBeVisible();
  await expect(other.getByText(/all 2 articles/)).toBeVisible({ timeout: 10_000 });
  await other.close();
});

test('a library saved before profiles kept what each name said gets it filled in once; a profile shows the quotes', async ({
  page,
}) => {
  await storeUpgradedLibrary(page, 60);
  // What the previous version left: the people index, without what each name said (`nsaid:`).
  await upgradeWithout(page, ['nsaid:', 'said:']);
  await page.goto('/speakers/ted-wheeler');
  const quotes = page.getByRole('region', { name: 'Quotes' });
  // The first 50 of his 60 quotes (one per article), each from what his name said there.
  await expect(quotes.getByRole('link', { name: /This is the safest choice for our streets/ })).toHaveCount(50);
  expect(await page.evaluate(() => document.documentElement.dataset.sawUpgrade)).toBeUndefined();
});

test('a library saved before profiles read in date order gets its records keyed by date once; a profile pages through them', async ({
  page,
}) => {
  await storeUpgradedLibrary(page, 60);
  // What the previous version left: the people index and what names said, without the records in date order.
  await upgradeWithout(page, ['ndate:', 'dates:']);
  await page.goto('/speakers/ted-wheeler');
  const quotes = page.getByRole('region', { name: 'Quotes' });
  const quote = quotes.getByRole('link', { name: /This is the safest choice for our streets/ });
  await expect(quote).toHaveCount(50);
  await expect(quotes.getByText('Showing 50 of 60 quotes.')).toBeVisible();
  // In the header (first), then beside the name in 'Names in this entry'.
  await expect(page.getByText('60 articles').first()).toBeVisible();
  await quotes.getByRole('link', { name: 'Show 50 more' }).click();
  await expect(quote).toHaveCount(60);
  await expect(page).toHaveURL(/quotes=100/);
  expect(await page.evaluate(() => document.documentElement.dataset.sawUpgrade)).toBeUndefined();
});

test('a library saved before the list kept its order gets it built once, with progress; its rows page through in order', async ({
  page,
}) => {
  await storeUpgradedLibrary(page, 120);
  // What the previous version left: cards, digests and the people index, but not the list's order (`added:` keys).
  await upgradeWithout(page, ['added:', 'order:']);
  await expect(ownArticles(page).getByText('Showing 50 of 120.')).toBeVisible();
  const titles = () => ownArticles(page).getByRole('heading', { level: 3 }).allInnerTexts();
  expect((await titles())[0]).toBe(`${v1.title} (119)`);
  await ownArticles(page).getByRole('button', { name: 'Show 50 more' }).click();
  await expect(ownArticles(page).getByText('Showing 100 of 120.')).toBeVisible();
  await ownArticles(page).getByRole('button', { name: 'Show 20 more' }).click();
  await expect(ownArticles(page).getByRole('listitem')).toHaveCount(120);
  // Every row once, newest first.
  expect(await titles()).toEqual(Array.from({ length: 120 }, (_, i) => `${v1.title} (${119 - i})`));

  // Built once: the next visit shows the first page without upgrading anything.
  await page.goto('/');
  await expect(ownArticles(page).getByText('Showing 50 of 120.')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.sawUpgrade)).toBeUndefined();
});

test('two tabs: an article added in one shows in the other within a second, without re-reading the store', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  await other.addInitScript(() => {
    // Counts whole-store reads in the watching tab.
    const count = (name: 'getAll' | 'getAllKeys') => {
      const original = IDBObjectStore.prototype[name];
      IDBObjectStore.prototype[name] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        (window as unknown as { storeReads: number }).storeReads =
          ((window as unknown as { storeReads?: number }).storeReads ?? 0) + 1;
        return original.apply(this, args);
      } as typeof original;
    };
    count('getAll');
    count('getAllKeys');
  });
  await page.goto('/');
  await other.goto('/');
  await expect(ownArticles(other).getByText(/Articles you add are kept/)).toBeVisible();
  const readsBefore = await other.evaluate(() => (window as unknown as { storeReads?: number }).storeReads ?? 0);

  await page.getByRole('textbox', { name: 'Article text' }).fill(bridgeText);
  await page.getByRole('button', { name: 'Add article' }).click();
  await expect(page.getByRole('status').getByRole('link', { name: BRIDGE })).toBeVisible();
  await expect(ownArticles(other).getByRole('link', { name: BRIDGE })).toBeVisible({ timeout: 1000 });
  const readsAfter = await other.evaluate(() => (window as unknown as { storeReads?: number }).storeReads ?? 0);
  expect(readsAfter - readsBefore).toBeLessThanOrEqual(1); // the pending-inputs check, not the articles
  await other.close();
});
