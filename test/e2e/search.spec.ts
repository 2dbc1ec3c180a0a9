/**
 * Search over a stored library in the production build: a library saved by
 * an earlier version (digests, and no search index or one saved whole) is
 * indexed once in the search worker and the index is kept in shards, so the
 * next visit reads no digest; and an article added in another tab is found
 * without reloading.
 */
import type { Page } from '@playwright/test';
import { digestArticle, summarize, type Article } from '@/article';
import { briefing } from '../features/speakers/library-fixture';
import { expect, test } from './fixtures';

const SIZE = 300;

/** Writes records into the library's IndexedDB store (database "whosaid-library", store "articles"). */
async function writeLibrary(page: Page, records: [string, unknown][]) {
  await page.evaluate(async (entries) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('whosaid-library');
      request.onupgradeneeded = () => request.result.createObjectStore('articles');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise<void>((done, fail) => {
      const tx = db.transaction('articles', 'readwrite');
      for (const [key, value] of entries) {
        if (value === null) tx.objectStore('articles').delete(key);
        else tx.objectStore('articles').put(value, key);
      }
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, records);
}

/** The keys of the search worker's own store (database "whosaid-search", store "index"), after writing `records` there. */
const searchKeys = (page: Page, records: [string, unknown][] = []) =>
  page.evaluate(
    (entries) =>
      new Promise<string[]>((resolve) => {
        const request = indexedDB.open('whosaid-search');
        request.onupgradeneeded = () => request.result.createObjectStore('index');
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('index', 'readwrite');
          for (const [key, value] of entries) tx.objectStore('index').put(value, key);
          const keys = tx.objectStore('index').getAllKeys();
          tx.oncomplete = () => {
            db.close();
            resolve(keys.result.map(String));
          };
          tx.onerror = () => resolve([]);
        };
        request.onerror = () => resolve([]);
      }),
    records,
  );

test('a library saved by the previous version is indexed once; the next visit loads the kept index', async ({
  page,
  watch,
}) => {
  // The plain-text page the records are written from has no icon link: Chromium asks for /favicon.ico (a 404).
  watch.allowed.push(/status of 404/);
  // The previous version's records: each article with its card and digest, and no search index.
  const articles: Article[] = Array.from({ length: SIZE }, (_, i) => ({
    ...briefing,
    id: `old-${i}`,
    title: `Crowd figures, part ${i}`,
  }));
  await page.goto('/robots.txt');
  await writeLibrary(
    page,
    articles.flatMap((article): [string, unknown][] => [
      [`article:${article.id}`, { article, addedAt: '2026-01-05T10:00:00Z' }],
      [`card:${article.id}`, { ok: true, addedAt: '2026-01-05T10:00:00Z', ...summarize(article) }],
      [`digest:${article.id}`, digestArticle(article)],
    ]),
  );
  // An index saved whole, as the version before shards kept it: not read, built again in shards.
  await searchKeys(page, [['snapshot', { version: 1, index: '{}', articles: [] }]]);

  await page.goto('/search?q=crowd+larg');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText(`${SIZE} quotes match “crowd larg”; showing the first 50.`, { timeout: 30_000 });
  const results = page.getByRole('list', { name: 'Results' }).getByRole('listitem');
  await expect(results).toHaveCount(50);
  await page.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(results).toHaveCount(100);
  await expect(status).toHaveText(`${SIZE} quotes match “crowd larg”; showing the first 100.`);
  await expect.poll(() => searchKeys(page), { timeout: 30_000 }).toEqual(['manifest', 'shard:0']);

  // Take the digests away: the next visit answers from the kept index, so it never reads them.
  await writeLibrary(
    page,
    articles.map((article): [string, unknown] => [`digest:${article.id}`, null]),
  );
  await page.goto('/search?q=largest+ever');
  await expect(status).toHaveText(`${SIZE} quotes match “largest ever”; showing the first 50.`, { timeout: 30_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});

test('an article added in another tab is found without reloading', async ({ page, context }) => {
  await page.goto('/search?q=fishermen');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText('No quotes match “fishermen”.', { timeout: 30_000 });

  const other = await context.newPage();
  await other.goto('/');
  await other
    .getByRole('textbox', { name: 'Article text' })
    .fill(
      'Harbour tolls delayed\n\n11 March 2024\n\n"We heard the fishermen and we will take another look," Okafor told reporters.',
    );
  await other.getByRole('button', { name: 'Add article' }).click();
  await expect(other.getByRole('status').getByRole('link', { name: 'Harbour tolls delayed' })).toBeVisible();

  await expect(status).toHaveText('1 quote matches “fishermen”.');
  await expect(page.getByRole('list', { name: 'Results' })).toContainText('We heard the fishermen');
});
