import { createStore, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteArticle,
  ensureDerived,
  listDigests,
  listLibrary,
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
    await deleteArticle('one');
    unsubscribe();
    expect(changes).toEqual([
      {
        type: 'saved',
        entry: expect.objectContaining({ ok: true, id: 'one', title: seedArticle.title, dated: 'file-name' }),
      },
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
