import 'fake-indexeddb/auto';
import { act, screen, within } from '@testing-library/react';
import { createStore, setMany } from 'idb-keyval';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { digestArticle, summarize } from '@/article';
import { mergeNameSummaries, nameSaid, speakerNameKey, summarizeNames } from '@/features/library/lib/name-sums';
import { resetLibraryArticles } from '@/app/library-articles';
import { clearOverrides } from '@/features/speakers';
import { checkA11y } from '../a11y';
import { renderAt, serve } from './route-harness';
import { briefing, denial, inauguration } from '../features/speakers/library-fixture';

// The reader's own articles: "inauguration" stands for one they added on `/`.
// Search reads the stored digests from IndexedDB in its worker (here in the page): the digest and its change mark
// are stored as the library stores them.
// The library's people index for it: its names' sums and records.
vi.mock('@/features/library', () => ({
  mergeNameSummaries,
  speakerNameKey,
  summarizeNames,
  listDigests: vi.fn(async () => [digestArticle(inauguration)]),
  listSpeakerNames: vi.fn(async () => ({ names: summarizeNames([digestArticle(inauguration)]).names, articles: 1 })),
  listNameRefs: vi.fn(async (names: { name: string; kind: string }[]) =>
    summarizeNames([digestArticle(inauguration)]).refs.filter((ref) =>
      names.some((n) => n.name === ref.name && n.kind === ref.kind),
    ),
  ),
  // A profile reads its names' records in date order, only as far as its first screen needs.
  listNameRefsByDate: vi.fn(async (names: { name: string; kind: string }[], count: number) =>
    names.map((n) =>
      summarizeNames([digestArticle(inauguration)])
        .refs.filter((ref) => n.name === ref.name && n.kind === ref.kind)
        .slice(0, count),
    ),
  ),
  listNameArticleIds: vi.fn(
    async (names: { name: string; kind: string }[]) =>
      new Set(
        summarizeNames([digestArticle(inauguration)])
          .refs.filter((ref) => names.some((n) => n.name === ref.name && n.kind === ref.kind))
          .map((ref) => ref.articleId),
      ),
  ),
  // What each name said there, as the library keeps it beside the name's record (a profile reads these, not the article).
  listNameSaid: vi.fn(async (wanted: { name: string; kind: string; articleId: string }[]) =>
    wanted.map((want) => {
      const ref = summarizeNames([digestArticle(inauguration)]).refs.find(
        (r) => r.articleId === want.articleId && r.name === want.name && r.kind === want.kind,
      );
      return ref ? nameSaid(inauguration, ref.speakerIds) : undefined;
    }),
  ),
  getStoredArticle: vi.fn(async (id: string) => (id === inauguration.id ? inauguration : null)),
  subscribeLibrary: vi.fn(() => () => {}),
  ensureDerived: vi.fn(async () => {}),
  LIBRARY_SEARCH_SOURCE: {
    db: 'whosaid-library',
    store: 'articles',
    digestPrefix: 'digest:',
    changePrefix: 'searchq:',
  },
}));

beforeEach(async () => {
  await setMany(
    [
      ['digest:inauguration', digestArticle(inauguration)],
      ['searchq:inauguration', 'mark-1'],
    ],
    createStore('whosaid-library', 'articles'),
  );
  resetLibraryArticles();
  await clearOverrides();
  serve({
    '/articles/index.json': { articles: [summarize(briefing), summarize(denial)] },
    '/articles/briefing.json': briefing,
    '/articles/denial.json': denial,
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('speaker routes', () => {
  it('/speakers lists bundled and own articles’ speakers, one entry per person', async () => {
    const user = userEvent.setup();
    const { router } = renderAt('/speakers');
    const spicer = await screen.findByRole('link', { name: 'Sean Spicer' });
    const row = spicer.closest('li') as HTMLElement;
    expect(within(row).getByText('3 quotes')).toBeInTheDocument();
    expect(within(row).getByText('3 articles')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Spicer' })).not.toBeInTheDocument();
    await user.click(spicer);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sean Spicer' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/speakers/sean-spicer');
    expect(screen.getByRole('link', { name: 'the president would sign three orders on Friday' })).toHaveAttribute(
      'href',
      '/articles/inauguration#q1',
    );
  });

  it('keeps a merge and a split across a reload', async () => {
    const user = userEvent.setup();
    const first = renderAt('/speakers/john-dorrian');
    const names = await screen.findByRole('region', { name: 'Names in this entry' });
    await user.type(await within(names).findByRole('searchbox', { name: 'Same person as' }), 'russian');
    await user.click(within(names).getByRole('button', { name: 'Merge Russian Ministry of Defense (1 quote)' }));
    expect(await screen.findByText('Merged Russian Ministry of Defense into John Dorrian.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Split “Russian Ministry of Defense” off' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'John Dorrian' })).toBeInTheDocument();
    expect(first.router.state.location.pathname).toBe('/speakers/john-dorrian');
    first.unmount();

    // A new router reads everything again from the "server" and IndexedDB.
    const second = renderAt('/speakers/russian-ministry-of-defense');
    expect(await screen.findByRole('heading', { level: 1, name: 'John Dorrian' })).toBeInTheDocument();
    expect(second.router.state.location.pathname).toBe('/speakers/john-dorrian');
    await user.click(screen.getByRole('button', { name: 'Split “Russian Ministry of Defense” off' }));
    expect(
      await screen.findByText('Split Russian Ministry of Defense off into an entry of its own.'),
    ).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: /^Split/ })).not.toBeInTheDocument());
    second.unmount();

    renderAt('/speakers');
    expect(await screen.findByRole('link', { name: 'Russian Ministry of Defense' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'John Dorrian' })).toBeInTheDocument();
  });

  it('/speakers/:id is a 404 for nobody', async () => {
    renderAt('/speakers/nobody-at-all');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
  });

  it('/search restores the query from the URL and writes typing back to it', async () => {
    const user = userEvent.setup();
    const { router } = renderAt('/search?q=rubbish');
    // The page, its search worker (here in the page) and the index load on first visit.
    const link = await screen.findByRole('link', { name: '“rubbish.”' }, { timeout: 10_000 });
    expect(link).toHaveAttribute('href', '/articles/briefing#q2');
    expect(link.querySelector('mark')).toHaveTextContent('rubbish');
    const box = screen.getByRole('searchbox', { name: 'Search every quote' });
    expect(box).toHaveValue('rubbish');
    await user.clear(box);
    await user.type(box, 'three orders');
    // The words go into the URL once typing pauses.
    await vi.waitFor(() => expect(router.state.location.search).toBe('?q=three+orders'), { timeout: 2000 });
    expect(
      await screen.findByRole('link', { name: 'the president would sign three orders on Friday' }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Direct quote');
    await vi.waitFor(() => expect(router.state.location.search).toBe('?q=three+orders&kind=direct'));
    expect(await screen.findByText('No quotes match “three orders” with these filters.')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('has no axe violations on the speaker list, a speaker page and search', async () => {
    const { router } = renderAt('/speakers');
    await screen.findByRole('link', { name: 'Sean Spicer' });
    await checkA11y(document.body);
    await act(() => router.navigate('/speakers/sean-spicer'));
    await screen.findByRole('heading', { level: 1, name: 'Sean Spicer' });
    await checkA11y(document.body);
    await act(() => router.navigate('/search?q=crowd'));
    await screen.findByRole('searchbox');
    await checkA11y(document.body);
  });
});
