import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/article';
import { ArticleBody } from '@/features/reader';
import { parseArticle } from '@/parser';
import { generateArticle } from '../../support/generate-article';

// Long enough that a filter change touches more quotes than are applied at once (200).
const article: Article = parseArticle(generateArticle({ seed: 3, quoteCount: 260, speakerCount: 20 }).text, {
  id: 'long',
});
const speaker = article.speakers[0]?.id ?? '';
const theirs = new Set(article.quotes.filter((quote) => quote.speakerId === speaker).map((quote) => quote.id));

function Harness() {
  const [visible, setVisible] = useState<ReadonlySet<string> | null>(null);
  return (
    <main>
      <button type="button" onClick={() => setVisible(visible ? null : new Set([speaker]))}>
        Toggle filter
      </button>
      <article>
        <ArticleBody
          article={article}
          visibleSpeakers={visible}
          selectedId={null}
          onSelect={() => {}}
          onShowOnlySpeaker={() => {}}
          quoteHref={(id) => `#${id}`}
        />
      </article>
    </main>
  );
}

/** Quote ids that are highlighted (a button with a mark), and those shown as plain words. */
function highlighted(container: HTMLElement) {
  const marked = new Set(
    [...container.querySelectorAll('[role="button"][data-quote-id]')].map((el) => el.getAttribute('data-quote-id')),
  );
  const plain = new Set(
    [...container.querySelectorAll('.quote-plain[data-quote-id]')].map((el) => el.getAttribute('data-quote-id')),
  );
  return { marked, plain, marks: container.querySelectorAll('mark').length };
}

describe('ArticleBody on a long article', () => {
  it('uses a generated article large enough to be filtered in chunks', () => {
    expect(article.quotes.length).toBeGreaterThan(230);
    expect(theirs.size).toBeGreaterThan(0);
    expect(article.quotes.length - theirs.size).toBeGreaterThan(200);
  });

  it('applies a filter over several frames, busy until done, and ends exactly as the filter says', async () => {
    const { container } = render(<Harness />);
    const text = container.querySelector('.article-text');
    expect(highlighted(container).marked.size).toBe(article.quotes.length);

    fireEvent.click(screen.getByRole('button', { name: 'Toggle filter' }));
    expect(text).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(text).not.toHaveAttribute('aria-busy'), { timeout: 30_000 });
    const after = highlighted(container);
    expect(after.marked).toEqual(theirs);
    expect(after.plain.size).toBe(article.quotes.length - theirs.size);

    // And back: every quote highlighted again, none left plain.
    fireEvent.click(screen.getByRole('button', { name: 'Toggle filter' }));
    await waitFor(() => expect(text).not.toHaveAttribute('aria-busy'), { timeout: 30_000 });
    expect(highlighted(container).marked.size).toBe(article.quotes.length);
    expect(highlighted(container).plain.size).toBe(0);
  }, 60_000);

  it('brings every block up to date before printing', () => {
    const { container } = render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Toggle filter' }));
    expect(container.querySelector('.article-text')).toHaveAttribute('aria-busy', 'true');
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(container.querySelector('.article-text')).not.toHaveAttribute('aria-busy');
    expect(highlighted(container).marked).toEqual(theirs);
  });
});
