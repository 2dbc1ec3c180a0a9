import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '@/features/timeline';
import { checkA11y } from '../../a11y';
import { seedArticle } from '../../fixtures/app/seed-article';

function renderTimeline(published: string | null = seedArticle.published) {
  return render(
    <main>
      <Timeline
        events={seedArticle.events}
        published={published}
        renderEventLink={(id, children) => <a href={`#${id}`}>{children}</a>}
      />
    </main>,
  );
}

describe('Timeline', () => {
  it('lists events in date order with the publication among them and durations last', () => {
    renderTimeline();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items[0]).toMatch(/Monday 23 January 2017/);
    expect(items[1]).toMatch(/Monday 23 January 2017/);
    expect(items[2]).toMatch(/Tuesday 24 January 2017, 22:40.*published/);
    expect(items[3]).toMatch(/Friday 27 January 2017.*Future/);
    expect(items[4]).toMatch(/more than 2 years/);
  });

  it('gives each event its calendar date, its words linked to the text, and past or future', () => {
    renderTimeline();
    expect(screen.getByText('Friday 27 January 2017')).toHaveAttribute('datetime', '2017-01-27');
    expect(screen.getByRole('link', { name: '“Friday”' })).toHaveAttribute('href', '#e2');
    expect(screen.getByRole('link', { name: '“on Monday”' })).toHaveAttribute('href', '#e1');
    expect(screen.getAllByText('Past')).toHaveLength(3);
    expect(screen.getAllByText('Future')).toHaveLength(1);
  });

  it('has no axe violations', async () => {
    const { container } = renderTimeline();
    await checkA11y(container);
  });
});
