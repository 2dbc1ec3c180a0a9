/**
 * The people view the library keeps as derived records (people-view.ts):
 * written whole from a grouping, read a page, an entry or a few names at a
 * time, and never written over names that changed while it was grouped.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteArticle,
  ensureDerived,
  findPeopleViewEntry,
  findPeopleViewNames,
  listPeopleViewItems,
  listPeopleViewPage,
  listSpeakerNames,
  peopleViewState,
  saveArticle,
  savePeopleView,
} from '@/features/library/lib/storage';
import type { PeopleViewBuild } from '@/features/library';
import { seedArticle } from '../../fixtures/app/seed-article';
import { clearLibrary } from './helpers';

beforeEach(async () => {
  await clearLibrary();
  await ensureDerived();
});

type Entry = { id: string; name: string; quoteCount: number };

/** `count` entries, most quoted first; entry 3 also goes by the slug `person-7` (entry 7's id) and `shared`, as entry 5 does. */
function view(count: number): PeopleViewBuild<Entry> {
  const entries = Array.from({ length: count }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    quoteCount: count - i,
  }));
  return {
    entries,
    ids: entries.map((e, i) => [e.id, ...(i === 3 ? ['person-7', 'shared'] : i === 5 ? ['shared'] : [])]),
    names: entries.map((e, i) => [
      { name: e.name, kind: 'person' as const },
      ...(i < 2 ? [{ name: 'Both', kind: 'person' as const }] : []),
    ]),
    list: entries.map((e) => [e.id, e.name, e.quoteCount]),
  };
}

describe('the people view', () => {
  it('reads back a page, one entry, the entries of some names and the short list', async () => {
    const { rev } = await listSpeakerNames();
    expect(await savePeopleView(rev, 'none', view(120))).toBe(true);
    expect(await peopleViewState()).toMatchObject({ rev, meta: { rev, choices: 'none', count: 120, articles: 0 } });
    expect((await listPeopleViewPage<Entry>(0, 50)).map((e) => e.id)).toEqual(
      Array.from({ length: 50 }, (_, i) => `person-${i}`),
    );
    // A page across two stored chunks, and the last, short one.
    expect((await listPeopleViewPage<Entry>(45, 10)).map((e) => e.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `person-${45 + i}`),
    );
    expect((await listPeopleViewPage<Entry>(100, 50)).map((e) => e.id)).toHaveLength(20);
    expect(await findPeopleViewEntry<Entry>('person-99')).toMatchObject({ name: 'Person 99' });
    // An id wins over another entry's name slug; a slug two entries share finds the first in list order.
    expect(await findPeopleViewEntry<Entry>('person-7')).toMatchObject({ name: 'Person 7' });
    expect(await findPeopleViewEntry<Entry>('shared')).toMatchObject({ name: 'Person 3' });
    expect(await findPeopleViewEntry<Entry>('nobody')).toBeUndefined();
    expect(await findPeopleViewNames(['Person 12', 'Both', 'Nobody'])).toEqual([
      { id: 'person-12', name: 'Person 12' },
      { id: 'person-0', name: 'Person 0' },
      undefined,
    ]);
    const list = await listPeopleViewItems();
    expect(list).toHaveLength(120);
    expect(list[1]).toEqual(['person-1', 'Person 1', 119]);
  });

  it('replaces the whole view when built again', async () => {
    const { rev } = await listSpeakerNames();
    await savePeopleView(rev, 'none', view(120));
    await savePeopleView(rev, 'merged', view(30));
    expect(await listPeopleViewPage<Entry>(50, 50)).toEqual([]);
    expect(await findPeopleViewEntry<Entry>('person-99')).toBeUndefined();
    expect(await listPeopleViewItems()).toHaveLength(30);
    expect((await peopleViewState()).meta).toMatchObject({ choices: 'merged', count: 30 });
  });

  it('counts every save and delete; a view of names that changed meanwhile is stored as of its names, never over a newer one', async () => {
    const before = (await listSpeakerNames()).rev;
    await saveArticle({ ...seedArticle, id: 'one' });
    const saved = (await listSpeakerNames()).rev;
    expect(saved).toBeGreaterThan(before);
    // Built before the save ended: stored, stamped with the names it was built from, so it reads as out of date.
    expect(await savePeopleView(before, 'none', view(3))).toBe(true);
    expect((await peopleViewState()).meta).toMatchObject({ rev: before, count: 3 });
    expect(await savePeopleView(saved, 'none', view(4))).toBe(true);
    expect((await peopleViewState()).meta).toMatchObject({ rev: saved, articles: 1, count: 4 });
    // Another tab's older build ending last leaves the newer view.
    expect(await savePeopleView(before, 'none', view(3))).toBe(false);
    expect((await peopleViewState()).meta).toMatchObject({ rev: saved, count: 4 });
    await deleteArticle('one');
    const state = await peopleViewState();
    expect(state.rev).toBeGreaterThan(saved);
    expect(state.meta?.rev).toBe(saved); // out of date: read as it is while it is built again
  });
});
