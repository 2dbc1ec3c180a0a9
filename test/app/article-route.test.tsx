import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summarize } from '@/article';
import { checkA11y } from '../a11y';
import { renderAt, serve } from './route-harness';
import { seedArticle } from '../fixtures/app/seed-article';

const id = seedArticle.id;

beforeEach(() => {
  serve({
    '/articles/index.json': { articles: [summarize(seedArticle)] },
    [`/articles/${id}.json`]: seedArticle,
    '/articles/broken.json': {
      ...seedArticle,
      id: 'broken',
      quotes: [{ ...seedArticle.quotes[0], spans: [{ blockId: 'b3', start: 2, end: 9999 }] }],
    },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('routes', () => {
  it('/ lists the articles with date and counts, linking to the reader', async () => {
    renderAt('/');
    const link = await screen.findByRole('link', { name: /President Trump open to joining/ });
    expect(link).toHaveAttribute('href', `/articles/${id}`);
    const item = link.closest('li') as HTMLElement;
    expect(within(item).getByText('24 January 2017')).toBeInTheDocument();
    expect(within(item).getByText('10 quotes')).toBeInTheDocument();
    expect(within(item).getByText('4 speakers')).toBeInTheDocument();
  });

  it('restores the filter and the open quote from the URL', async () => {
    renderAt(`/articles/${id}?speaker=john-dorrian#q9`);
    expect(await screen.findByRole('dialog', { name: 'John Dorrian' })).toBeInTheDocument();
    const tools = screen.getByRole('region', { name: 'Reading tools' });
    expect(within(tools).getByRole('button', { name: /^John Dorrian/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Showing 1 of 10 quotes: John Dorrian')).toBeInTheDocument();
    expect(within(screen.getByRole('article')).queryAllByRole('button', { name: /^Sean Spicer/ })).toHaveLength(0);
  });

  it('puts filter changes in history so Back undoes them', async () => {
    const user = userEvent.setup();
    const { router } = renderAt(`/articles/${id}`);
    const tools = await screen.findByRole('region', { name: 'Reading tools' });
    // The filter shows at once; the URL follows a frame later.
    await user.click(within(tools).getByRole('button', { name: /^Sean Spicer/ }));
    expect(within(tools).getByRole('button', { name: /^Sean Spicer/ })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(router.state.location.search).toBe('?speaker=sean-spicer'));
    await user.click(within(tools).getByRole('button', { name: /^John Dorrian/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?speaker=sean-spicer&speaker=john-dorrian'));
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('?speaker=sean-spicer');
    expect(within(tools).getByRole('button', { name: /^John Dorrian/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('opens the claims tab and follows a denial to its quote', async () => {
    const user = userEvent.setup();
    const { router } = renderAt(`/articles/${id}`);
    await user.click(await screen.findByRole('tab', { name: /Claims/ }));
    expect(router.state.location.search).toBe('?panel=claims');
    const panel = screen.getByRole('tabpanel', { name: /Claims/ });
    await user.click(within(panel).getByRole('link', { name: '“rubbish.”' }));
    expect(router.state.location.hash).toBe('#q9');
    expect(screen.getByRole('button', { name: /^John Dorrian/ })).toHaveFocus();
  });

  it('shows a 404 page for a missing article', async () => {
    renderAt('/articles/nothing-here');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByText(/No article "nothing-here"/)).toBeInTheDocument();
    // A shared link to an article someone added in their own browser: say why it isn't here, and how to move it.
    expect(screen.getByText(/kept in the browser you added them in/)).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
  });

  it('names the article and the first failing field for invalid JSON', async () => {
    renderAt('/articles/broken');
    expect(await screen.findByRole('heading', { level: 1, name: 'This article can’t be shown' })).toBeInTheDocument();
    expect(screen.getByText('“broken”')).toBeInTheDocument();
    expect(screen.getByText('quotes.0.spans.0.end')).toBeInTheDocument();
  });

  it('has no axe violations on the list, the reader and the error pages', async () => {
    const first = renderAt('/');
    await screen.findByRole('link', { name: /President Trump/ });
    await checkA11y(document.body);
    await act(() => first.router.navigate(`/articles/${id}#q9`));
    await screen.findByRole('dialog');
    await checkA11y(document.body);
    await act(() => first.router.navigate('/articles/broken'));
    await screen.findByRole('heading', { name: 'This article can’t be shown' });
    await checkA11y(document.body);
  });
});
