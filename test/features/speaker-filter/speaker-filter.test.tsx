import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { FilterStatus, SpeakerFilter } from '@/features/speaker-filter';
import { checkA11y } from '../../a11y';
import { seedArticle } from '../../fixtures/app/seed-article';

/** The filter list and status wired to one piece of state, as the app wires them to the URL. */
function Harness() {
  const [selected, setSelected] = useState<string[]>([]);
  const shown = seedArticle.quotes.filter(
    (q) => selected.length === 0 || (q.speakerId && selected.includes(q.speakerId)),
  ).length;
  return (
    <main>
      <FilterStatus
        shown={shown}
        total={seedArticle.quotes.length}
        speakerNames={selected.map((id) => seedArticle.speakers.find((s) => s.id === id)?.name ?? id)}
        onClear={() => setSelected([])}
      />
      <SpeakerFilter
        speakers={seedArticle.speakers}
        quotes={seedArticle.quotes}
        selected={selected}
        onToggle={(id) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]))}
      />
    </main>
  );
}

describe('SpeakerFilter and FilterStatus', () => {
  it('lists every speaker with their quote count as toggle buttons', () => {
    render(<Harness />);
    const spicer = screen.getByRole('button', { name: /^Sean Spicer/ });
    expect(spicer).toHaveAttribute('aria-pressed', 'false');
    expect(spicer).toHaveTextContent('7 quotes');
    expect(screen.getByRole('button', { name: /^John Dorrian/ })).toHaveTextContent('1 quote');
    expect(screen.getAllByRole('button', { pressed: false })).toHaveLength(seedArticle.speakers.length);
  });

  it('announces how many quotes are shown and clears with one action', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 10 quotes');
    expect(screen.queryByRole('button', { name: 'Clear filter' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Sean Spicer/ }));
    await user.click(screen.getByRole('button', { name: /^John Dorrian/ }));
    expect(screen.getByRole('button', { name: /^Sean Spicer/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 8 of 10 quotes: Sean Spicer, John Dorrian');

    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 10 quotes');
    expect(screen.getByRole('button', { name: /^Sean Spicer/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('says so when the article has no speakers', () => {
    render(<SpeakerFilter speakers={[]} quotes={[]} selected={[]} onToggle={() => {}} />);
    expect(screen.getByText('No speakers found in this article.')).toBeInTheDocument();
  });

  it('has no axe violations, with a filter set', async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness />);
    await user.click(screen.getByRole('button', { name: /^Sean Spicer/ }));
    await checkA11y(container);
  });
});
