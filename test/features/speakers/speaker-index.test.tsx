import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SpeakerIndex } from '@/features/speakers';
import { checkA11y } from '../../a11y';
import { library } from './library-fixture';
import { peopleOf } from './people-helpers';
import { thoughtArticle } from '../../fixtures/app/thought-article';
import type { PersonSummary } from '@/features/speakers';

/** `n` entries, most quoted first, as the index orders them. */
function many(n: number): PersonSummary[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `person-${i + 1}`,
    name: `Person ${i + 1}`,
    role: null,
    kind: 'person',
    forms: [{ key: `person ${i + 1}`, name: `Person ${i + 1}`, articleCount: 1, names: [] }],
    quoteCount: n - i,
    thoughtCount: 0,
    articleCount: 1,
    first: null,
    last: null,
    formIds: [`person-${i + 1}`],
  }));
}

const link = (id: string, children: React.ReactNode) => <a href={`/speakers/${id}`}>{children}</a>;

describe('SpeakerIndex', () => {
  it('lists one entry per person with quotes, articles and first and last dates', () => {
    render(<SpeakerIndex entries={peopleOf(library).entries} renderSpeakerLink={link} />);
    const spicer = screen.getByRole('link', { name: 'Sean Spicer' });
    expect(spicer).toHaveAttribute('href', '/speakers/sean-spicer');
    const row = spicer.closest('li') as HTMLElement;
    expect(within(row).getByText('3 quotes')).toBeInTheDocument();
    expect(within(row).getByText('3 articles')).toBeInTheDocument();
    expect(within(row).getByText('20 January 2017')).toHaveAttribute('datetime', '2017-01-20');
    expect(within(row).getByText('1 February 2017')).toHaveAttribute('datetime', '2017-02-01');
    expect(within(row).getByText('Also named: Spicer')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Spicer' })).not.toBeInTheDocument();

    const dorrian = screen.getByRole('link', { name: 'John Dorrian' }).closest('li') as HTMLElement;
    expect(within(dorrian).getByText('1 quote')).toBeInTheDocument();
    expect(within(dorrian).getByText('24 January 2017')).toBeInTheDocument();
  });

  it('counts thoughts apart from quotes', () => {
    render(<SpeakerIndex entries={peopleOf([thoughtArticle]).entries} renderSpeakerLink={link} />);
    const obama = screen.getByRole('link', { name: 'Barack Obama' }).closest('li') as HTMLElement;
    expect(within(obama).getByText('1 quote, 1 thought')).toBeInTheDocument();
  });

  it('reads the entries past the first page only when more are asked for', async () => {
    const user = userEvent.setup();
    const all = many(120);
    const reads: [number, number][] = [];
    const readMore = async (from: number, count: number) => {
      reads.push([from, count]);
      return all.slice(from, from + count);
    };
    render(<SpeakerIndex entries={all.slice(0, 50)} total={120} readMore={readMore} renderSpeakerLink={link} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getByText('Showing 50 of 120.')).toBeInTheDocument();
    expect(reads).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(100));
    expect(screen.getByRole('heading', { name: 'Person 51' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Show 20 more' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(120));
    expect(reads).toEqual([
      [50, 50],
      [100, 20],
    ]);
    expect(screen.queryByRole('button', { name: /Show/ })).not.toBeInTheDocument();
  });

  it('shows 50 entries, then 50 more on request, moving focus to the first new one', async () => {
    const user = userEvent.setup();
    render(<SpeakerIndex entries={many(120)} renderSpeakerLink={link} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getByText('Showing 50 of 120.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
    expect(screen.getByRole('heading', { name: 'Person 51' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Show 20 more' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /Show/ })).not.toBeInTheDocument();
  });

  it('says so when the library has no speakers', () => {
    render(<SpeakerIndex entries={[]} renderSpeakerLink={link} />);
    expect(screen.getByText(/No speakers yet/)).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <SpeakerIndex entries={[...peopleOf(library).entries, ...many(48)]} renderSpeakerLink={link} />
      </main>,
    );
    await checkA11y(container);
  }, 20_000); // axe over 50 rows takes a few seconds on a busy machine
});
