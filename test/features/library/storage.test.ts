import { createStore, del, delMany, keys, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteArticle,
  ensureDerived,
  listDigests,
  listLibrary,
  listLibraryPage,
  newestFirst,
  renameArticle,
  saveArticle,
  subscribeDerivedProgress,
  subscribeLibrary,
  type DerivedProgress,
  type LibraryChange,
} from '@/features/library/lib/storage';
import { seedArticle } from '../../fixtures/app/seed-article';
import { clearLibrary } from './helpers';

beforeEach(async () => {
  await clearLibrary();
});

describe('library storage', () => {
  it('announces what changed, so a list can update without reading the store', async () => {
    const changes: LibraryChange[] = [];
    const unsubscribe = subscribeLibrary((change) => changes.push(change));
    await saveArticle({ ...seedArticle, id: 'one' }, '2024-01-01T00:00:00Z', 'file-name');
    await renameArticle('one', 'Renamed');
    await deleteArticle('one');
    await deleteArticle('one'); // nothing left to delete: no row left the list
    unsubscribe();
    expect(changes).toEqual([
      {
        type: 'saved',
        entry: expect.objectContaining({ ok: true, id: 'one', title: seedArticle.title, dated: 'file-name' }),
        added: true,
      },
      { type: 'saved', entry: expect.objectContaining({ id: 'one', title: 'Renamed' }), added: false },
      { type: 'deleted', id: 'one' },
    ]);
    expect(await listLibrary()).toEqual([]);
  });

  it('keeps a digest per article with its speakers and quotes, for the cross-article pages', async () => {
    await saveArticle({ ...seedArticle, id: 'one' });
    const [digest] = await listDigests();
    expect(digest?.speakers).toEqual(seedArticle.speakers);
    expect(digest?.quotes.map((q) => q.text)).toEqual(seedArticle.quotes.map((q) => q.text));
  });

  it('builds cards and digests once for a library saved by the previous version, with progress', async () => {
    // The previous version kept only `article:<id>` records.
    const store = createStore('whosaid-library', 'articles');
    for (let i = 0; i < 120; i++) {
      await set(
        `article:old-${i}`,
        {
          article: { ...seedArticle, id: `old-${i}` },
          addedAt: `2024-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
        },
        store,
      );
    }
    await set(
      'article:broken',
      { article: { ...seedArticle, id: 'broken', blocks: 'nope' }, addedAt: '2023-01-01T00:00:00Z' },
      store,
    );
    const seen: DerivedProgress[] = [];
    const unsubscribe = subscribeDerivedProgress((p) => seen.push(p));
    const entries = await listLibrary();
    unsubscribe();
    expect(entries).toHaveLength(121);
    expect(entries.filter((e) => !e.ok).map((e) => e.id)).toEqual(['broken']);
    expect(seen[0]).toEqual({ done: 0, total: 121 });
    expect(seen).toContainEqual({ done: 121, total: 121 });
    // Then the people index, from the 120 digests.
    expect(seen.at(-1)).toEqual({ done: 120, total: 120 });
    expect(await listDigests()).toHaveLength(120);
    // Once built, nothing is rebuilt.
    const again: DerivedProgress[] = [];
    const off = subscribeDerivedProgress((p) => again.push(p));
    await ensureDerived();
    off();
    expect(again).toEqual([]);
  });
});

/** Saves `count` articles, `page-<i>`, added a second apart (every third at the same second as the one before). */
async function saveMany(count: number) {
  for (let i = 0; i < count; i++) {
    const second = i - Math.floor(i / 3);
    await saveArticle(
      { ...seedArticle, id: `page-${i}`, title: `Article ${i}` },
      `2024-03-01T10:00:${String(second).padStart(2, '0')}.000Z`,
    );
  }
}

describe('the library a page at a time', () => {
  it('reads the rows newest first a page at a time, with how many there are, as the whole list orders them', async () => {
    await saveMany(8);
    const all = await listLibrary();
    const first = await listLibraryPage(3);
    const second = await listLibraryPage(3, first.entries.at(-1));
    const last = await listLibraryPage(3, second.entries.at(-1));
    expect([first.total, second.total, last.total]).toEqual([8, 8, 8]);
    expect([...first.entries, ...second.entries, ...last.entries].map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(last.entries).toHaveLength(2);
    // Rows added at the same moment keep one order.
    expect(all.map((e) => e.id).slice(0, 3)).toEqual(['page-7', 'page-6', 'page-5']);
    expect([...all].sort(newestFirst)).toEqual(all);
  });

  it('keeps each row in its place when it is renamed, and out of the pages once deleted', async () => {
    await saveMany(5);
    await renameArticle('page-2', 'Renamed');
    await deleteArticle('page-3');
    const page = await listLibraryPage(10);
    expect(page.total).toBe(4);
    expect(page.entries.map((e) => (e.ok ? e.title : e.id))).toEqual([
      'Article 4',
      'Renamed',
      'Article 1',
      'Article 0',
    ]);
  });

  it('builds the order once for a library saved before it was kept, with progress, dropping keys left without a card', async () => {
    await ensureDerived(); // a library the previous version kept up to date: only the order is missing
    await saveMany(7);
    // What the previous version left: cards, but no `added:` keys nor `order:v1`; and a key whose card is gone.
    const store = createStore('whosaid-library', 'articles');
    await delMany(
      (await keys(store)).filter((key) => String(key).startsWith('added:')),
      store,
    );
    await del('order:v1', store);
    await set('added:2025-01-01T00:00:00.000Z\u0000gone', 'gone', store);
    const seen: DerivedProgress[] = [];
    const unsubscribe = subscribeDerivedProgress((p) => seen.push(p));
    const page = await listLibraryPage(50);
    unsubscribe();
    expect(seen[0]).toEqual({ done: 0, total: 7 });
    expect(seen.at(-1)).toEqual({ done: 7, total: 7 });
    expect(page.total).toBe(7);
    expect(page.entries.map((e) => e.id)).toEqual((await listLibrary()).map((e) => e.id));
    const again: DerivedProgress[] = [];
    const off = subscribeDerivedProgress((p) => again.push(p));
    await ensureDerived();
    off();
    expect(again).toEqual([]);
  });
});
