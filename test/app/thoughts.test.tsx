import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { summarize } from '@/article';
import { checkA11y } from '../a11y';
import { thoughtArticle } from '../fixtures/app/thought-article';
import { seedArticle } from '../fixtures/app/seed-article';
import { renderAt, serve } from './route-harness';

const id = thoughtArticle.id;
const text = () => within(screen.getByRole('article'));
const thoughtMark = () => text().queryByRole('button', { name: /^Barack Obama, thought: Moscow was acting/ });

beforeEach(() => {
  serve({
    '/articles/index.json': { articles: [summarize(thoughtArticle), summarize(seedArticle)] },
    [`/articles/${id}.json`]: thoughtArticle,
    [`/articles/${seedArticle.id}.json`]: seedArticle,
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('thoughts in the reader', () => {
  it('marks a thought as a thought, tagged in the text, apart from the same person’s speech', async () => {
    renderAt(`/articles/${id}`);
    // The first render loads the route's code: give it time on a busy machine.
    const thought = await screen.findByRole(
      'button',
      { name: /^Barack Obama, thought: Moscow was acting/ },
      { timeout: 5000 },
    );
    expect(thought.querySelector('mark')).toHaveAttribute('data-act', 'thought');
    // The tag beside the initials says it without colour.
    expect(thought.previousElementSibling).toHaveTextContent('BOthought');
    const speech = text().getByRole('button', { name: 'Barack Obama, reported speech: illegitimate' });
    expect(speech.querySelector('mark')).toHaveAttribute('data-act', 'speech');
    expect(speech.previousElementSibling).toHaveTextContent(/^BO$/);
  });

  it('counts speech and thoughts apart in the line above the text', async () => {
    renderAt(`/articles/${id}`);
    expect(await screen.findByText('Showing all 2 quotes, 1 thought')).toHaveAttribute('role', 'status');
  });

  it('opens a card that says a thought is the writer’s account of what the person thinks or wants', async () => {
    const user = userEvent.setup();
    renderAt(`/articles/${id}`);
    await user.click(await screen.findByRole('button', { name: /^Barack Obama, thought:/ }));
    const card = screen.getByRole('dialog', { name: 'Barack Obama' });
    expect(card).toHaveTextContent(
      'Thought. The writer’s account of what Barack Obama thinks or wants, not words quoted from them.',
    );
    expect(within(card).getByText('Act').nextElementSibling).toHaveTextContent('Thought');
    expect(within(card).getByText('Kind').nextElementSibling).toHaveTextContent('Reported thought');
    expect(within(card).getByText('“believed”')).toBeInTheDocument();
    await checkA11y(document.body);
  });

  it('hides and shows thoughts with one control whose state is in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderAt(`/articles/${id}`);
    const control = await screen.findByRole('checkbox', { name: 'Show thoughts' });
    expect(control).toBeChecked();
    await user.click(control);
    await waitFor(() => expect(router.state.location.search).toBe('?thoughts=hide'));
    expect(thoughtMark()).toBeNull();
    // The words stay in the text, unmarked; speech keeps its marks.
    expect(screen.getByRole('article')).toHaveTextContent('Moscow was acting counter to US interests');
    expect(text().getByRole('button', { name: 'Barack Obama, reported speech: illegitimate' })).toBeInTheDocument();
    expect(screen.getByText('Showing all 2 quotes; 1 thought hidden')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Show thoughts' })).not.toBeChecked();
    await checkA11y(document.body);
    await user.click(screen.getByRole('checkbox', { name: 'Show thoughts' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(thoughtMark()).not.toBeNull();
  });

  it('opens with thoughts hidden when the URL says so', async () => {
    renderAt(`/articles/${id}?thoughts=hide`);
    expect(await screen.findByRole('checkbox', { name: 'Show thoughts' })).not.toBeChecked();
    expect(thoughtMark()).toBeNull();
  });

  it('gives a speaker’s speech and thoughts apart in the speaker filter and the status line', async () => {
    const user = userEvent.setup();
    renderAt(`/articles/${id}`);
    const tools = await screen.findByRole('region', { name: 'Reading tools' });
    const obama = within(tools).getByRole('button', { name: /^Barack Obama/ });
    expect(obama).toHaveTextContent('1 quote, 1 thought');
    expect(within(tools).getByText(/the writer’s account of what someone thinks or wants/)).toBeInTheDocument();
    await user.click(obama);
    expect(screen.getByText('Showing 1 of 2 quotes, 1 of 1 thought: Barack Obama')).toBeInTheDocument();
  });

  it('offers no thoughts control for an article without thoughts', async () => {
    renderAt(`/articles/${seedArticle.id}`);
    await screen.findByRole('region', { name: 'Reading tools' });
    expect(screen.getByText('Showing all 10 quotes')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Show thoughts' })).toBeNull();
  });
});
