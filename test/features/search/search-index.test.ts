import 'fake-indexeddb/auto';
import { clear, createStore, delMany, get, setMany } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { digestArticle, type Article, type ArticleDigest } from '@/article';
import { deleteArticle, LIBRARY_SEARCH_SOURCE, saveArticle } from '@/features/library/lib/storage';
import type { SearchFilters, SpeakerRef } from '@/features/search';
import { deleteSavedIndex, readChanges } from '@/features/search/lib/index-store';
import { createSearchService, type SearchState } from '@/features/search/lib/search-service';
import type { SearchPage } from '@/features/search/lib/quote-index';
import { briefing, denial, inauguration } from '../speakers/library-fixture';

const libraryStore = createStore('whosaid-library', 'articles');
const searchStore = createStore('whosaid-search', 'index');

/** A library saved by the previous version: digests only, no search index, no change marks. */
async function oldLibrary(digests: ArticleDigest[]) {
  await setMany(
    digests.map((digest) => [`digest:${digest.id}`, digest]),
    libraryStore,
  );
}

/** `article` under another id, its one quote's text replaced. */
function variant(article: Article, id: string, text?: string): ArticleDigest {
  const digest = digestArticle({ ...article, id });
  return text ? { ...digest, quotes: digest.quotes.map((quote) => ({ ...quote, text })) } : digest;
}

beforeEach(async () => {
  await clear(libraryStore);
  await deleteSavedIndex();
});

const empty: SearchFilters = { q: '', speaker: null, kind: null, act: null, from: null, to: null };

/** A search service as the worker runs it, with what it said and a way to ask it. */
function start(onState?: (state: SearchState) => void) {
  const states: SearchState[] = [];
  const answers = new Map<number, (page: SearchPage) => void>();
  const service = createSearchService(
    (message) => {
      if (message.type === 'result') return answers.get(message.id)?.(message.page);
      states.push(message.state);
      onState?.(message.state);
    },
    { persistDelay: 60_000 },
  );
  let next = 0;
  const ask = async (filters: Partial<SearchFilters>, speakerRefs: SpeakerRef[] | null = null) => {
    const id = next++;
    const answered = new Promise<SearchPage>((resolve) => answers.set(id, resolve));
    await service.handle({ type: 'query', id, query: { filters: { ...empty, ...filters }, speakerRefs, limit: 50 } });
    const page = await answered;
    return { total: page.total, texts: page.hits.map((hit) => hit.doc.text) };
  };
  return { service, states, ask, open: () => service.handle({ type: 'open', source: LIBRARY_SEARCH_SOURCE }) };
}

describe('the search index', () => {
  it('finds an article saved after the index was opened, and forgets a deleted one', async () => {
    const search = start();
    await search.open();
    expect(search.states.at(-1)).toEqual({ phase: 'ready', articles: 0, quotes: 0 });
    await saveArticle(briefing);
    await search.service.handle({ type: 'sync' });
    expect(await search.ask({ q: 'crowd larg' })).toEqual({ total: 1, texts: ['The crowd was the largest ever,'] });
    expect(search.states.at(-1)).toEqual({ phase: 'ready', articles: 1, quotes: 2 });
    await deleteArticle('briefing');
    await search.service.handle({ type: 'sync' });
    expect(await search.ask({ q: 'crowd' })).toEqual({ total: 0, texts: [] });
  });

  it('replaces an article saved again under the same id', async () => {
    await saveArticle(briefing);
    const search = start();
    await search.open();
    await saveArticle({ ...denial, id: 'briefing' });
    await search.service.handle({ type: 'sync' });
    expect((await search.ask({ q: 'crowd' })).total).toBe(0);
    expect((await search.ask({ q: 'simply' })).total).toBe(1);
  });

  it('saves the index and loads it in the next session without reading the articles again', async () => {
    await saveArticle(briefing);
    await saveArticle(inauguration);
    const first = start();
    await first.open();
    await first.service.flush();
    // Saved: the change marks it applied are cleared.
    expect((await readChanges(LIBRARY_SEARCH_SOURCE)).size).toBe(0);

    // Take the digests away behind the index's back: the next session still answers from the saved index.
    await delMany(['digest:briefing', 'digest:inauguration'], libraryStore);
    const second = start();
    await second.open();
    expect(second.states.map((s) => s.phase)).not.toContain('indexing');
    expect(await second.ask({ q: 'three orders' })).toEqual({
      total: 1,
      texts: ['the president would sign three orders on Friday'],
    });
  });

  it('builds the index once, with progress, for a library saved by the previous version', async () => {
    // The previous version kept digests but no search index and no change marks.
    const articles: Article[] = Array.from({ length: 450 }, (_, i) => ({ ...inauguration, id: `old-${i}` }));
    await setMany(
      articles.map((article) => [`digest:${article.id}`, digestArticle(article)]),
      libraryStore,
    );
    const search = start();
    await search.open();
    const progress = search.states.filter((s) => s.phase === 'indexing');
    expect(progress.at(0)).toEqual({ phase: 'indexing', done: 0, total: 450 });
    expect(progress.at(-1)).toEqual({ phase: 'indexing', done: 450, total: 450 });
    expect(search.states.at(-1)).toEqual({ phase: 'ready', articles: 450, quotes: 450 });
    expect((await search.ask({ q: 'orders' })).total).toBe(450);
  });

  it('builds again, once, an index saved whole by the version before shards, and drops the old one', async () => {
    // That version kept its index as one record, `snapshot`, with its change marks cleared.
    await oldLibrary(Array.from({ length: 30 }, (_, i) => variant(inauguration, `old-${i}`)));
    await setMany([['snapshot', { version: 1, index: '{}', articles: [] }]], searchStore);
    const first = start();
    await first.open();
    expect(first.states.filter((s) => s.phase === 'indexing').at(-1)).toEqual({
      phase: 'indexing',
      done: 30,
      total: 30,
    });
    expect((await first.ask({ q: 'orders' })).total).toBe(30);
    await first.service.flush();
    expect(await get('snapshot', searchStore)).toBeUndefined();
    expect(await get('manifest', searchStore)).toEqual({ version: 1, shards: [0] });

    // The next visit loads the shards and builds nothing.
    const second = start();
    await second.open();
    expect(second.states.map((s) => s.phase)).not.toContain('indexing');
    expect((await second.ask({ q: 'orders' })).total).toBe(30);
  });

  it('filters by speaker, kind, act and dates, and lists every quote oldest first for an empty query', async () => {
    for (const article of [briefing, denial, inauguration]) await saveArticle(article);
    const search = start();
    await search.open();
    expect((await search.ask({})).texts).toEqual([
      'the president would sign three orders on Friday',
      'The crowd was the largest ever,',
      'rubbish.',
      'the strikes were coordinated',
      'That is simply not true,',
    ]);
    const spicer = [
      { articleId: 'inauguration', speakerId: 'spicer' },
      { articleId: 'briefing', speakerId: 'white-house-press-secretary-sean-spicer' },
      { articleId: 'denial', speakerId: 'sean-spicer' },
    ];
    expect((await search.ask({ speaker: 'sean-spicer' }, spicer)).total).toBe(3);
    expect((await search.ask({ speaker: 'sean-spicer', kind: 'direct' }, spicer)).total).toBe(2);
    expect((await search.ask({ kind: 'direct', to: '2017-01-31' })).texts).toEqual([
      'The crowd was the largest ever,',
      'rubbish.',
    ]);
    expect((await search.ask({ from: '2017-02-01', act: 'speech' })).total).toBe(2);
  });

  it('answers a query asked before the index is loaded once it is', async () => {
    await saveArticle(briefing);
    const search = start();
    const opening = search.open();
    const asking = search.ask({ q: 'rubbish' });
    await opening;
    expect(await asking).toEqual({ total: 1, texts: ['rubbish.'] });
  });

  it('shows bundled articles with the reader’s own, and drops one the build no longer has', async () => {
    await saveArticle(briefing);
    const search = start();
    await search.open();
    await search.service.handle({ type: 'bundled', digests: [digestArticle(denial)] });
    expect((await search.ask({ q: 'simply' })).total).toBe(1);
    await search.service.handle({ type: 'bundled', digests: [] });
    expect((await search.ask({ q: 'simply' })).total).toBe(0);
    expect((await search.ask({ q: 'rubbish' })).total).toBe(1);
  });

  it('keeps the bundled articles of the saved index until the page sends them, and writes no part again when they are the same', async () => {
    await saveArticle(briefing);
    const first = start();
    await first.open();
    await first.service.handle({ type: 'bundled', digests: [digestArticle(denial)] });
    await first.service.flush();
    const saved = await get<{ index: string }>('shard:0', searchStore);

    const second = start();
    await second.open();
    // Before the page has sent the build's articles, the saved one already answers.
    expect((await second.ask({ q: 'simply' })).total).toBe(1);
    await second.service.handle({ type: 'bundled', digests: [digestArticle(denial)] });
    expect((await second.ask({ q: 'simply' })).total).toBe(1);
    await setMany([['shard:0', { ...saved, index: 'written again?' }]], searchStore);
    await second.service.flush();
    expect((await get<{ index: string }>('shard:0', searchStore))?.index).toBe('written again?');
  });

  it('loads a large saved index a part at a time, and saves again only the part an added article changed', async () => {
    await oldLibrary(
      Array.from({ length: 1200 }, (_, i) => variant(inauguration, `old-${String(i).padStart(4, '0')}`)),
    );
    const first = start();
    await first.open();
    await first.service.flush();
    const saved = await Promise.all([0, 1, 2].map((key) => get<{ index: string }>(`shard:${key}`, searchStore)));
    expect(saved.every(Boolean)).toBe(true);

    const second = start();
    await second.open();
    const loading = second.states.filter((s) => s.phase === 'loading');
    expect(loading.at(-1)).toEqual({ phase: 'loading', done: 3, total: 3 });
    expect(loading.map((s) => (s.phase === 'loading' ? s.done : -1))).toEqual([0, 0, 1, 2, 3]);
    expect(second.states.map((s) => s.phase)).not.toContain('indexing');
    expect(await second.ask({ q: 'orders' })).toMatchObject({ total: 1200 });

    // While it loads, a query is answered from the parts loaded so far.
    const sofar: Promise<{ total: number }>[] = [];
    const third = start((state) => {
      if (state.phase === 'loading' && state.done > 0 && state.done < state.total)
        sofar.push(third.ask({ q: 'orders' }));
    });
    await third.open();
    expect(await Promise.all(sofar)).toEqual([
      expect.objectContaining({ total: 500 }),
      expect.objectContaining({ total: 1000 }),
    ]);

    await saveArticle(briefing);
    await second.service.handle({ type: 'sync' });
    await second.service.flush();
    const after = await Promise.all([0, 1, 2].map((key) => get<{ index: string }>(`shard:${key}`, searchStore)));
    // The first two parts are full: the new article went into the third, the only one written again.
    expect(after[0]?.index).toBe(saved[0]?.index);
    expect(after[1]?.index).toBe(saved[1]?.index);
    expect(after[2]?.index).not.toBe(saved[2]?.index);
  }, 30_000);

  it('answers a word in every quote with the count and the best page, ranked over the whole library', async () => {
    const long = 'the crowd gathered early in the morning to watch the parade pass the old town hall';
    await oldLibrary([
      variant(inauguration, 'aaa-best', 'Crowd, crowd.'),
      ...Array.from({ length: 600 }, (_, i) => variant(inauguration, `old-${String(i).padStart(4, '0')}`, long)),
    ]);
    const search = start();
    await search.open();
    const answer = await search.ask({ q: 'crowd' });
    expect(answer.total).toBe(601);
    expect(answer.texts).toHaveLength(50);
    // The short quote that says it twice ranks first, though the other part (101 articles) makes the word rarer there.
    expect(answer.texts[0]).toBe('Crowd, crowd.');
  });
});
