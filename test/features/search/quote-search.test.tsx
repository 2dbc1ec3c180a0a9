import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { buildPeopleIndex } from '@/features/speakers';
import { highlight, QuoteSearch, type QuoteDoc, type SearchFilters } from '@/features/search';
import { quoteDocs } from '@/app/speakers-data';
import { checkA11y } from '../../a11y';
import { library } from '../speakers/library-fixture';

const index = buildPeopleIndex(library);
// The documents the app builds for /search, from the same people index.
const docs: QuoteDoc[] = quoteDocs({ articles: library, index });

const empty: SearchFilters = { q: '', speaker: null, kind: null, from: null, to: null };

/** The search wired to one piece of state, as the app wires it to the URL. */
function Harness({ initial = empty }: { initial?: SearchFilters }) {
  const [filters, setFilters] = useState(initial);
  return (
    <main>
      <QuoteSearch
        docs={docs}
        filters={filters}
        speakers={index.entries.map(({ id, name }) => ({ id, name }))}
        onChange={(next) => setFilters((current) => ({ ...current, ...next }))}
        renderQuoteLink={(articleId, quoteId, children) => <a href={`/articles/${articleId}#${quoteId}`}>{children}</a>}
        renderSpeakerLink={(id, children) => <a href={`/speakers/${id}`}>{children}</a>}
      />
    </main>
  );
}

const results = () => within(screen.getByRole('list', { name: 'Results' }));

describe('QuoteSearch', () => {
  it('narrows the results as one types and marks the matching words', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByRole('status')).toHaveTextContent('5 quotes.');
    await user.type(screen.getByRole('searchbox', { name: 'Search every quote' }), 'crowd larg');
    expect(screen.getByRole('status')).toHaveTextContent('1 quote match “crowd larg”.');
    const link = results().getByRole('link', { name: '“The crowd was the largest ever,”' });
    expect(link).toHaveAttribute('href', '/articles/briefing#q1');
    expect([...link.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['crowd', 'largest']);
    expect(results().getByRole('link', { name: 'Sean Spicer' })).toHaveAttribute('href', '/speakers/sean-spicer');
  });

  it('filters by speaker, kind and date range', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaker' }), 'Sean Spicer');
    expect(screen.getByRole('status')).toHaveTextContent('3 quotes.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Direct quote');
    expect(screen.getByRole('status')).toHaveTextContent('2 quotes.');
    await user.type(screen.getByLabelText('Published to'), '2017-01-31');
    expect(screen.getByRole('status')).toHaveTextContent('1 quote.');
    expect(results().getByRole('link', { name: '“The crowd was the largest ever,”' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('status')).toHaveTextContent('5 quotes.');
  });

  it('says when nothing matches, and requires quoted words to stand together', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ ...empty, q: '"not simply"' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('No quotes match “"not simply"”.');
    const box = screen.getByRole('searchbox', { name: 'Search every quote' });
    await user.clear(box);
    await user.type(box, '"simply not"');
    expect(results().getAllByRole('listitem')).toHaveLength(1);
  });

  it('keeps the text as text: the pieces join back to the quote', () => {
    const text = '<b>not</b> a tag, “simply not true”';
    const segments = highlight(text, 'simply not', []);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['simply not']);
  });

  it('has no axe violations', async () => {
    const { container } = render(<Harness initial={{ ...empty, q: 'rubbish', kind: 'direct' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('1 quote match “rubbish”.');
    await checkA11y(container);
  });
});
