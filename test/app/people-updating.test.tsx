import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { digestArticle, summarize } from '@/article';
import { resetLibraryArticles } from '@/app/library-articles';
import { summarizeNames } from '@/features/library/lib/name-sums';
import { clearOverrides, groupPeople, peopleLayout } from '@/features/speakers';
import { checkA11y } from '../a11y';
import { renderAt, serve } from './route-harness';
import { briefing, denial } from '../features/speakers/library-fixture';

// The library's people view, kept here in memory: the names' change count, the stored view's meta and entries, and
// how many speaker names the library holds. The reader's own article ("inauguration") quotes "Spicer", who joins the
// bundled articles' Sean Spicer; a view built before it was added counts him in two articles, not three.
const view = vi.hoisted(() => ({
  rev: 2,
  names: 5000,
  meta: undefined as { rev: number; choices: string; count: number; articles: number } | undefined,
  entries: [] as { id: string }[],
  /** A build reads the names once this lets it. */
  gate: Promise.resolve(),
  open: () => {},
}));

vi.mock('@/features/library', async () => {
  const sums = await import('@/features/library/lib/name-sums');
  const { digestArticle: digest } = await import('@/article');
  const { inauguration } = await import('../features/speakers/library-fixture');
  const own = () => sums.summarizeNames([digest(inauguration)]);
  const refsOf = (name: { name: string; kind: string }) =>
    own().refs.filter((ref) => ref.name === name.name && ref.kind === name.kind);
  return {
    mergeNameSummaries: sums.mergeNameSummaries,
    speakerNameKey: sums.speakerNameKey,
    summarizeNames: sums.summarizeNames,
    listSpeakerNames: vi.fn(async () => {
      await view.gate;
      return { names: own().names, articles: 1, rev: view.rev };
    }),
    peopleViewState: vi.fn(async () => ({ rev: view.rev, meta: view.meta, names: view.names })),
    savePeopleView: vi.fn(
      async (rev: number, choices: string, build: { entries: { id: string }[] }): Promise<boolean> => {
        if (rev !== view.rev) return false;
        view.entries = [...build.entries];
        view.meta = { rev, choices, count: build.entries.length, articles: 1 };
        return true;
      },
    ),
    listPeopleViewPage: vi.fn(async (from: number, count: number) => view.entries.slice(from, from + count)),
    findPeopleViewEntry: vi.fn(async (id: string) => view.entries.find((entry) => entry.id === id)),
    findPeopleViewNames: vi.fn(async (names: string[]) => names.map(() => undefined)),
    listPeopleViewItems: vi.fn(async () => []),
    listNameRefs: vi.fn(async (names: { name: string; kind: string }[]) => names.flatMap(refsOf)),
    listNameRefsByDate: vi.fn(async (names: { name: string; kind: string }[], count: number) =>
      names.map((name) => refsOf(name).slice(0, count)),
    ),
    listNameArticleIds: vi.fn(async (names: { name: string; kind: string }[]) => {
      return new Set(names.flatMap(refsOf).map((ref) => ref.articleId));
    }),
    listNameSaid: vi.fn(async (wanted: { articleId: string }[]) =>
      wanted.map((want) => {
        const ref = own().refs.find((r) => r.articleId === want.articleId);
        return ref ? sums.nameSaid(inauguration, ref.speakerIds) : undefined;
      }),
    ),
    getStoredArticle: vi.fn(async (id: string) => (id === inauguration.id ? inauguration : null)),
    subscribeLibrary: vi.fn(() => () => {}),
    ensureDerived: vi.fn(async () => {}),
  };
});

/** The view as built before the reader's article was added: the bundled articles' names only, names' count 1. */
function storeOlderView(choices = JSON.stringify([2, []])) {
  const built = peopleLayout(groupPeople(summarizeNames([briefing, denial].map(digestArticle)).names));
  view.rev = 2;
  view.entries = [...built.entries];
  view.meta = { rev: 1, choices, count: built.entries.length, articles: 0 };
}

/** The row of `name` on /speakers. */
const rowOf = async (name: string) => (await screen.findByRole('link', { name })).closest('li') as HTMLElement;

beforeEach(async () => {
  resetLibraryArticles();
  await clearOverrides();
  view.names = 5000;
  view.gate = Promise.resolve();
  serve({
    '/articles/index.json': { articles: [summarize(briefing), summarize(denial)] },
    '/articles/briefing.json': briefing,
    '/articles/denial.json': denial,
  });
});
afterEach(() => {
  view.open(); // a build still waiting ends
  vi.unstubAllGlobals();
});

describe('a library that names many people', () => {
  it('shows the view as it is while it is brought up to date, says so, then shows the new one', async () => {
    storeOlderView();
    view.gate = new Promise((resolve) => (view.open = resolve));
    renderAt('/speakers');
    expect(within(await rowOf('Sean Spicer')).getByText('2 articles')).toBeInTheDocument();
    expect(screen.getByText('Updating…')).toHaveAttribute('role', 'status');
    await checkA11y(document.body);

    view.open();
    await vi.waitFor(() => expect(screen.queryByText('Updating…')).not.toBeInTheDocument());
    expect(within(await rowOf('Sean Spicer')).getByText('3 articles')).toBeInTheDocument();
  });

  it('says a profile is updating until its entry is read again', async () => {
    storeOlderView();
    view.gate = new Promise((resolve) => (view.open = resolve));
    renderAt('/speakers/sean-spicer');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sean Spicer' })).toBeInTheDocument();
    expect(screen.getByText('Updating…')).toBeInTheDocument();
    view.open();
    await vi.waitFor(() => expect(screen.queryByText('Updating…')).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'the president would sign three orders on Friday' })).toBeInTheDocument();
  });

  it('waits for the view when the reader merged or split since it was built', async () => {
    storeOlderView(JSON.stringify([2, [{ op: 'split', key: 'someone' }]]));
    renderAt('/speakers');
    expect(within(await rowOf('Sean Spicer')).getByText('3 articles')).toBeInTheDocument();
    expect(screen.queryByText('Updating…')).not.toBeInTheDocument();
  });
});

describe('a library that names few people', () => {
  it('groups the names in the page, not from an older view', async () => {
    storeOlderView();
    view.names = 10;
    renderAt('/speakers');
    expect(within(await rowOf('Sean Spicer')).getByText('3 articles')).toBeInTheDocument();
    expect(screen.queryByText('Updating…')).not.toBeInTheDocument();
  });
});
