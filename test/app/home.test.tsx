import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear, createStore } from 'idb-keyval';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summarize } from '@/article';
import { routes } from '@/app/router';
import { ensureDerived, saveArticle } from '@/features/library/lib/storage';
import { checkA11y } from '../a11y';
import { seedArticle } from '../fixtures/app/seed-article';

const mine = { ...seedArticle, id: 'my-own-article-k2j4', title: 'My own article' };

beforeEach(async () => {
  await clear(createStore('whosaid-library', 'articles'));
  await ensureDerived(); // a new library, as a first visit leaves it (its indexes kept from the first save on)
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
      if (path === '/articles/index.json') return Response.json({ articles: [summarize(seedArticle)] });
      if (path === `/articles/${seedArticle.id}.json`) return Response.json(seedArticle);
      // A single-page server answers a missing file with the app's HTML.
      return new Response('<!doctype html><title>whosaid</title>', { headers: { 'content-type': 'text/html' } });
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderAt(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('home with the library', () => {
  it('offers the input, lists the reader’s own articles and the bundled ones', async () => {
    await saveArticle(mine);
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Articles' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Article text' })).toBeInTheDocument();
    const own = screen.getByRole('region', { name: 'Your articles' });
    expect(await within(own).findByRole('link', { name: 'My own article' })).toHaveAttribute(
      'href',
      `/articles/${mine.id}`,
    );
    const bundled = screen.getByRole('region', { name: 'Bundled articles' });
    expect(within(bundled).getByRole('link', { name: seedArticle.title })).toHaveAttribute(
      'href',
      `/articles/${seedArticle.id}`,
    );
  });

  it('opens a stored article in the reader, with the export actions', async () => {
    await saveArticle(mine);
    const user = userEvent.setup();
    const router = renderAt('/');
    await user.click(await screen.findByRole('link', { name: 'My own article' }));
    // The reader validates a stored article with the schema, which loads on first use (not with `/`): allow for it.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My own article' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/articles/${mine.id}`);
    expect(screen.getByRole('group', { name: 'Export' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('article')).getAllByRole('button', { name: /^John Dorrian/ }).length,
    ).toBeGreaterThan(0);
  });

  it('shows the invalid-document page for a stored article that no longer validates', async () => {
    const [quote, ...rest] = seedArticle.quotes;
    if (!quote) throw new Error('the seed has quotes');
    await saveArticle({ ...mine, quotes: [{ ...quote, spans: [{ blockId: 'b3', start: 2, end: 9999 }] }, ...rest] });
    renderAt(`/articles/${mine.id}`);
    expect(await screen.findByText(/quotes\.0\.spans\.0\.end/)).toBeInTheDocument();
  });

  it('gives a 404 for an id neither bundled nor stored', async () => {
    renderAt('/articles/nobody-added-this');
    expect(await screen.findByRole('heading', { level: 1, name: /not found|no such/i })).toBeInTheDocument();
  });

  it('has no accessibility violations', async () => {
    await saveArticle(mine);
    const { container } = render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/'] })} />);
    await screen.findByRole('link', { name: 'My own article' });
    await checkA11y(container);
  });
});
