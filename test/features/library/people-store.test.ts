/**
 * The people index the library keeps per article (`name:`, `nref:` and
 * `nsaid:` keys): updated with every save, rename and delete, and built once for a
 * library saved by the previous version.
 */
import { createStore, del, keys, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { digestArticle, type Article, type SpeakerNameSummary } from '@/article';
import { summarizeNames } from '@/features/library/lib/name-sums';
import {
  deleteArticle,
  ensureDerived,
  listNameArticleIds,
  listNameRefs,
  listNameRefsByDate,
  listNameSaid,
  listSpeakerNames,
  renameArticle,
  restoreArticle,
  saveArticle,
  subscribeDerivedProgress,
  type DerivedProgress,
} from '@/features/library/lib/storage';
import { seedArticle } from '../../fixtures/app/seed-article';
import { clearLibrary } from './helpers';

beforeEach(async () => {
  await clearLibrary();
  await ensureDerived(); // a new library: the (empty) index is ready
});

const at = (id: string, published: string | null, drop: string[] = [], title = seedArticle.title): Article => ({
  ...seedArticle,
  id,
  title,
  published,
  speakers: seedArticle.speakers.filter((s) => !drop.includes(s.id)),
  quotes: seedArticle.quotes.filter((q) => q.speakerId === null || !drop.includes(q.speakerId)),
  claims: seedArticle.claims.filter((c) => c.speakerId === null || !drop.includes(c.speakerId)),
});

const byName = (names: readonly SpeakerNameSummary[]) =>
  Object.fromEntries([...names].map((n) => [n.name, n]).sort(([a], [b]) => String(a).localeCompare(String(b))));

const spicerQuotes = seedArticle.quotes.filter((q) => q.speakerId === 'sean-spicer').length;

describe('the people index', () => {
  it('adds each saved article to its names’ sums and records', async () => {
    await saveArticle(at('one', '2017-01-24T10:00'));
    await saveArticle(at('two', '2017-03-02T10:00', ['john-dorrian']));
    const names = byName((await listSpeakerNames()).names);
    expect(names['Sean Spicer']).toMatchObject({
      articles: 2,
      quotes: 2 * spicerQuotes,
      first: '2017-01-24',
      last: '2017-03-02',
      roles: { 'White House press secretary': 2 },
      aliases: { Spicer: 2 },
    });
    expect(names['John Dorrian']).toMatchObject({ articles: 1, first: '2017-01-24', last: '2017-01-24' });
    const refs = await listNameRefs([{ name: 'Sean Spicer', kind: 'person' }]);
    expect(refs.map((r) => [r.articleId, r.speakerIds, r.quotes])).toEqual([
      ['one', ['sean-spicer'], spicerQuotes],
      ['two', ['sean-spicer'], spicerQuotes],
    ]);
  });

  it('takes a deleted article out, dropping a name no article has and finding its dates again', async () => {
    await saveArticle(at('one', '2017-01-24T10:00'));
    await saveArticle(at('two', '2017-03-02T10:00', ['john-dorrian']));
    await deleteArticle('two');
    const names = byName((await listSpeakerNames()).names);
    expect(names['Sean Spicer']).toMatchObject({ articles: 1, last: '2017-01-24' });
    await deleteArticle('one');
    expect((await listSpeakerNames()).names).toEqual([]);
    expect(await listNameRefs([{ name: 'Sean Spicer', kind: 'person' }])).toEqual([]);
  });

  it('follows a rename and an undo without counting anything twice', async () => {
    await saveArticle(at('one', '2017-01-24T10:00'));
    await renameArticle('one', 'A new title');
    const [ref] = await listNameRefs([{ name: 'Sean Spicer', kind: 'person' }]);
    expect(ref?.title).toBe('A new title');
    const record = await deleteArticle('one');
    if (!record) throw new Error('nothing deleted');
    await restoreArticle('one', record);
    expect(byName((await listSpeakerNames()).names)['Sean Spicer']).toMatchObject({
      articles: 1,
      quotes: spicerQuotes,
    });
  });

  it('after any sequence of saves and deletes, holds what a build from the remaining articles would', async () => {
    const kept = new Map<string, Article>();
    const plan: [string, string | null, string[]][] = [
      ['a', '2017-01-01T00:00', []],
      ['b', '2016-05-01T00:00', ['sean-spicer']],
      ['c', null, ['john-dorrian']],
      ['a', '2018-01-01T00:00', ['russian-ministry-of-defense']], // saved again, changed
      ['d', '2015-01-01T00:00', []],
    ];
    for (const [id, published, drop] of plan) {
      const article = at(id, published, drop);
      await saveArticle(article);
      kept.set(id, article);
    }
    for (const id of ['d', 'b']) {
      await deleteArticle(id);
      kept.delete(id);
    }
    const expected = summarizeNames([...kept.values()].map(digestArticle)).names;
    expect(byName((await listSpeakerNames()).names)).toEqual(byName(expected));
  });

  it('is built once, with progress, for a library saved by the previous version (digests, no index)', async () => {
    await saveArticle(at('one', '2017-01-24T10:00'));
    await saveArticle(at('two', '2017-03-02T10:00'));
    // What the previous version left: articles, cards and digests, and no people index.
    const store = createStore('whosaid-library', 'articles');
    for (const key of await keys(store)) if (/^(name|nref|people):/.test(String(key))) await del(key, store);
    await set('unrelated', 1, store);
    const seen: DerivedProgress[] = [];
    const off = subscribeDerivedProgress((p) => seen.push(p));
    const names = byName((await listSpeakerNames()).names);
    off();
    expect(names['Sean Spicer']).toMatchObject({ articles: 2, quotes: 2 * spicerQuotes });
    expect(seen[0]).toEqual({ done: 0, total: 2 });
    expect(seen.at(-1)).toEqual({ done: 2, total: 2 });
    // Kept up to date from then on, and not built again.
    await deleteArticle('one');
    const again: DerivedProgress[] = [];
    const off2 = subscribeDerivedProgress((p) => again.push(p));
    expect(byName((await listSpeakerNames()).names)['Sean Spicer']).toMatchObject({ articles: 1 });
    off2();
    expect(again).toEqual([]);
  });
});

describe('what each name said, kept beside its record', () => {
  const spicerIn = (articleId: string) => ({ name: 'Sean Spicer', kind: 'person' as const, articleId });
  const spicerSaid = seedArticle.quotes.filter((q) => q.speakerId === 'sean-spicer').map((q) => q.text);

  it('is kept with each save, so a profile reads it instead of the article, and goes with a delete', async () => {
    await saveArticle(at('one', '2017-01-24T10:00'));
    const [said, none] = await listNameSaid([spicerIn('one'), spicerIn('elsewhere')]);
    expect(said?.quotes.map((q) => q.text)).toEqual(spicerSaid);
    expect(said?.speakers.every((s) => said.claims.some((c) => c.speakerId === s.id))).toBe(true);
    expect(none).toBeUndefined();
    await deleteArticle('one');
    expect(await listNameSaid([spicerIn('one')])).toEqual([undefined]);
  });

  it('is filled in once, with progress, for a library saved before it was kept', async () => {
    await saveArticle(at('one', '2017-01-24T10:00'));
    await saveArticle(at('two', '2017-03-02T10:00'));
    // What the previous version left: the people index, without what the names said.
    const store = createStore('whosaid-library', 'articles');
    for (const key of await keys(store)) if (/^(nsaid|said):/.test(String(key))) await del(key, store);
    const seen: DerivedProgress[] = [];
    const off = subscribeDerivedProgress((p) => seen.push(p));
    const said = await listNameSaid([spicerIn('one'), spicerIn('two')]);
    off();
    expect(said.map((s) => s?.quotes.map((q) => q.text))).toEqual([spicerSaid, spicerSaid]);
    expect(seen[0]).toEqual({ done: 0, total: 2 });
    expect(seen.at(-1)).toEqual({ done: 2, total: 2 });
    const again: DerivedProgress[] = [];
    const off2 = subscribeDerivedProgress((p) => again.push(p));
    await listNameSaid([spicerIn('one')]);
    off2();
    expect(again).toEqual([]);
  });
});

describe('a name’s records in profile order, for a profile’s first screen', () => {
  const spicer = { name: 'Sean Spicer', kind: 'person' as const };
  const order = async (count: number) => (await listNameRefsByDate([spicer], count))[0]?.map((ref) => ref.articleId);

  it('come oldest day first, undated last, then by title, as many as asked; a delete and a rename follow', async () => {
    await saveArticle(at('undated', null));
    await saveArticle(at('march', '2017-03-02T10:00'));
    await saveArticle(at('jan-b', '2017-01-24T18:00', [], 'bridge vote'));
    await saveArticle(at('jan-a', '2017-01-24T09:00', [], 'Budget talks'));
    await saveArticle(at('no-spicer', '2016-01-01T10:00', ['sean-spicer']));
    expect(await order(10)).toEqual(['jan-b', 'jan-a', 'march', 'undated']);
    expect(await order(2)).toEqual(['jan-b', 'jan-a']);
    await renameArticle('jan-b', 'Zoning');
    expect(await order(10)).toEqual(['jan-a', 'jan-b', 'march', 'undated']);
    await deleteArticle('march');
    expect(await order(10)).toEqual(['jan-a', 'jan-b', 'undated']);
    expect([...(await listNameArticleIds([spicer, { name: 'John Dorrian', kind: 'person' }]))].sort()).toEqual([
      'jan-a',
      'jan-b',
      'no-spicer',
      'undated',
    ]);
  });

  it('are filled in once, with progress, for a library saved before they were kept', async () => {
    await saveArticle(at('one', '2017-03-02T10:00'));
    await saveArticle(at('two', '2017-01-24T10:00'));
    // What the previous version left: the people index and what names said, without the records in date order.
    const store = createStore('whosaid-library', 'articles');
    for (const key of await keys(store)) if (/^(ndate|dates):/.test(String(key))) await del(key, store);
    const seen: DerivedProgress[] = [];
    const off = subscribeDerivedProgress((p) => seen.push(p));
    expect(await order(10)).toEqual(['two', 'one']);
    off();
    // One progress step per name record (each article names the seed's speakers).
    const records = seen.at(-1)?.total ?? 0;
    expect(records).toBeGreaterThanOrEqual(2);
    expect(seen[0]).toEqual({ done: 0, total: records });
    expect(seen.at(-1)).toEqual({ done: records, total: records });
    const again: DerivedProgress[] = [];
    const off2 = subscribeDerivedProgress((p) => again.push(p));
    await order(10);
    off2();
    expect(again).toEqual([]);
  });
});
