import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ArticleSchema } from '@/article';
import { ArticleBody, ArticleHeader } from '@/features/reader';
import { checkA11y } from '../../a11y';
import { seedArticle } from '../../fixtures/app/seed-article';

/** The body with its selection held the way the app holds it (one id or none). */
function Harness({
  visible = null,
  onShowOnlySpeaker = () => {},
}: {
  visible?: ReadonlySet<string> | null;
  onShowOnlySpeaker?: (id: string) => void;
}) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <main>
      <article>
        <ArticleHeader article={seedArticle} />
        <ArticleBody
          article={seedArticle}
          visibleSpeakers={visible}
          selectedId={selected}
          onSelect={setSelected}
          onShowOnlySpeaker={onShowOnlySpeaker}
          quoteHref={(id) => `/articles/${seedArticle.id}#${id}`}
        />
      </article>
    </main>
  );
}

describe('ArticleBody', () => {
  it('uses a fixture that is a valid Article', () => {
    expect(ArticleSchema.safeParse(seedArticle).success).toBe(true);
  });

  it('shows title, date in words with a machine-readable time, byline and dateline', () => {
    render(<Harness />);
    expect(screen.getByRole('heading', { level: 1, name: /President Trump open to joining/ })).toBeInTheDocument();
    const time = screen.getByText('Tuesday 24 January 2017, 22:40');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2017-01-24T22:40');
    expect(screen.getByText('By admin')).toBeInTheDocument();
    expect(screen.getByText('Washington')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Russia eager to work with Trump administration' }),
    ).toBeInTheDocument();
  });

  it('marks every quote inside a button named by its speaker, direct and reported told apart', () => {
    render(<Harness />);
    const rubbish = screen.getByRole('button', { name: 'John Dorrian, direct quote: rubbish.' });
    expect(within(rubbish).getByText('rubbish.').tagName).toBe('MARK');
    const reported = screen.getByRole('button', { name: /^Sean Spicer, reported speech: the Trump administration/ });
    expect(reported.querySelector('mark')).toHaveAttribute('data-kind', 'indirect');
    expect(screen.getAllByRole('button', { name: /^Sean Spicer, direct quote:/ })).toHaveLength(5);
  });

  it('opens a card with who, role, kind, cue and position; Escape closes it and returns focus', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const quote = screen.getByRole('button', { name: /^John Dorrian/ });
    await user.click(quote);
    const card = screen.getByRole('dialog', { name: 'John Dorrian' });
    expect(card).toHaveFocus();
    expect(within(card).getByText('chief spokesman for the US-led coalition in Baghdad')).toBeInTheDocument();
    expect(within(card).getByText('Direct quote')).toBeInTheDocument();
    expect(within(card).getByText('“called”')).toBeInTheDocument();
    expect(within(card).getByText('Quote 1 of 1 by John Dorrian')).toBeInTheDocument();
    expect(quote).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(quote).toHaveFocus();
  });

  it('steps to the speaker’s next quote from the card, and opens with Enter', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('button', { name: /^Sean Spicer, direct quote: I think if/ }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Quote 2 of 7 by Sean Spicer')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next quote by Sean Spicer' }));
    const card = screen.getByRole('dialog', { name: 'Sean Spicer' });
    expect(within(card).getByText('Quote 3 of 7 by Sean Spicer')).toBeInTheDocument();
    expect(within(card).getByText(/We're not going to get together/)).toBeInTheDocument();
    expect(card).toHaveFocus();
  });

  it('offers "Show only" and copies a link to the quote', async () => {
    const user = userEvent.setup();
    const onShowOnly = vi.fn();
    render(<Harness onShowOnlySpeaker={onShowOnly} />);
    await user.click(screen.getByRole('button', { name: /^John Dorrian/ }));
    await user.click(screen.getByRole('button', { name: 'Show only John Dorrian' }));
    expect(onShowOnly).toHaveBeenCalledWith('john-dorrian');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(`http://localhost:3000/articles/${seedArticle.id}#q9`);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
  });

  it('with a filter, other speakers’ quotes stay as plain text with no mark or button', () => {
    render(<Harness visible={new Set(['john-dorrian'])} />);
    expect(screen.getAllByRole('button', { name: /direct quote|reported speech/ })).toHaveLength(1);
    const words = screen.getByText(/We're not going to get together/);
    expect(words.closest('mark')).toBeNull();
    expect(words.closest('[role="button"]')).toBeNull();
  });

  it('has no axe violations, with a card open', async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness />);
    await user.click(screen.getByRole('button', { name: /^John Dorrian/ }));
    await checkA11y(container);
  });
});
