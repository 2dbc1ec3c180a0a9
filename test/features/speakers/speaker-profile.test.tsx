import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SpeakerProfile, type SpeakerProfileProps } from '@/features/speakers';
import { checkA11y } from '../../a11y';
import { library } from './library-fixture';
import { profileOf } from './people-helpers';
import { thoughtArticle } from '../../fixtures/app/thought-article';

function setup(overrides: Partial<SpeakerProfileProps> = {}) {
  const { people, entry, profile } = profileOf(library, 'sean-spicer');
  const props: SpeakerProfileProps = {
    profile,
    others: people.entries.filter((e) => e.id !== entry.id),
    renderQuoteLink: (articleId, quoteId, children) => <a href={`/articles/${articleId}#${quoteId}`}>{children}</a>,
    renderArticleLink: (articleId, children) => <a href={`/articles/${articleId}`}>{children}</a>,
    renderSpeakerLink: (id, children) => <a href={`/speakers/${id}`}>{children}</a>,
    onMerge: vi.fn(),
    onSplit: vi.fn(),
    ...overrides,
  };
  const view = render(
    <main>
      <SpeakerProfile {...props} />
    </main>,
  );
  return { ...view, props };
}

describe('SpeakerProfile', () => {
  it('shows the quotes grouped by article, oldest first, each linked to its place', () => {
    setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Sean Spicer' })).toBeInTheDocument();
    const quotes = screen.getByRole('region', { name: 'Quotes' });
    const articles = within(quotes)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(articles).toEqual([
      'Inauguration day plans',
      'Press secretary defends crowd figures',
      'White House rejects Moscow account',
    ]);
    const reported = within(quotes).getByRole('link', { name: 'the president would sign three orders on Friday' });
    expect(reported).toHaveAttribute('href', '/articles/inauguration#q1');
    expect(reported.closest('li')).toHaveTextContent('Reported speech');
    const direct = within(quotes).getByRole('link', { name: '“The crowd was the largest ever,”' });
    expect(direct).toHaveAttribute('href', '/articles/briefing#q1');
    expect(direct.closest('li')).toHaveTextContent('Direct quote');
  });

  it('sets their claim beside its denial, and the claim of another they denied', () => {
    setup();
    const claims = screen.getByRole('region', { name: 'Their claims' });
    const denials = within(claims).getByRole('list', { name: 'Denials' });
    expect(within(denials).getByRole('link', { name: 'John Dorrian' })).toHaveAttribute(
      'href',
      '/speakers/john-dorrian',
    );
    expect(within(denials).getByRole('link', { name: 'called that claim rubbish' })).toHaveAttribute(
      'href',
      '/articles/briefing#q2',
    );

    const denied = screen.getByRole('region', { name: 'Claims of others they denied' });
    expect(within(denied).getByRole('link', { name: 'Russian Ministry of Defense' })).toBeInTheDocument();
    expect(within(denied).getByRole('link', { name: 'That is simply not true' })).toHaveAttribute(
      'href',
      '/articles/denial#q2',
    );
  });

  it('splits a name off and merges another entry in', async () => {
    const user = userEvent.setup();
    const { props } = setup();
    const names = screen.getByRole('region', { name: 'Names in this entry' });
    await user.click(within(names).getByRole('button', { name: 'Split “Spicer” off' }));
    expect(props.onSplit).toHaveBeenCalledWith('spicer');

    await user.type(within(names).getByRole('searchbox', { name: 'Same person as' }), 'dorr');
    await user.click(within(names).getByRole('button', { name: 'Merge John Dorrian (1 quote)' }));
    expect(props.onMerge).toHaveBeenCalledWith('john-dorrian');
  });

  it('offers only the few entries that match what is typed, whatever the size of the library', async () => {
    const user = userEvent.setup();
    // A library-sized list: 20,000 entries, 120 of them named Walker.
    const others = Array.from({ length: 20_000 }, (_, i) => ({
      id: `entry-${i}`,
      name: i % 166 === 0 ? `Walker ${i}` : `Person ${i}`,
      quoteCount: i % 7,
    }));
    const { container, props } = setup({ others });
    const names = screen.getByRole('region', { name: 'Names in this entry' });
    expect(within(names).queryByRole('list', { name: 'Entries to merge' })).not.toBeInTheDocument();

    await user.type(within(names).getByRole('searchbox', { name: 'Same person as' }), 'walk');
    const offered = within(names).getByRole('list', { name: 'Entries to merge' });
    expect(within(offered).getAllByRole('button')).toHaveLength(8);
    expect(within(names).getByRole('status')).toHaveTextContent(
      'The first 8 of 121 matching entries; type more of the name to narrow them.',
    );
    await user.type(within(names).getByRole('searchbox', { name: 'Same person as' }), 'er 19920');
    expect(within(names).getByRole('status')).toHaveTextContent('1 entry matches.');
    await user.click(within(names).getByRole('button', { name: 'Merge Walker 19920 (5 quotes)' }));
    expect(props.onMerge).toHaveBeenCalledWith('entry-19920');

    await user.clear(within(names).getByRole('searchbox', { name: 'Same person as' }));
    await user.type(within(names).getByRole('searchbox', { name: 'Same person as' }), 'nobody');
    expect(within(names).getByRole('status')).toHaveTextContent('No other entry’s name contains “nobody”.');
    await checkA11y(container);
  });

  it('shows the first quotes with how many there are, and a link to more', () => {
    const { profile, page } = profileOf(library, 'sean-spicer', null, 1);
    setup({
      profile,
      quotesShown: { shown: page.shownQuotes, total: page.totalQuotes },
      renderMoreLink: (children) => <a href="?quotes=51">{children}</a>,
    });
    const quotes = screen.getByRole('region', { name: 'Quotes' });
    expect(
      within(quotes)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Inauguration day plans']);
    expect(within(quotes).getByText('Showing 1 of 3 quotes.')).toBeInTheDocument();
    expect(within(quotes).getByRole('link', { name: 'Show 50 more' })).toHaveAttribute('href', '?quotes=51');
    // The header counts every quote and article, not only those shown.
    expect(screen.getByText('3 quotes')).toBeInTheDocument();
    expect(screen.getByText(/From the articles whose quotes are shown/)).toBeInTheDocument();
  });

  it('says how many articles once they are counted (an article naming the entry two ways once)', async () => {
    const answer: { resolve?: (n: number) => void } = {};
    const articleCount = new Promise<number>((resolve) => (answer.resolve = resolve));
    setup({ articleCount });
    const header = screen.getByRole('heading', { level: 1, name: 'Sean Spicer' }).parentElement as HTMLElement;
    expect(within(header).getByText('Counting articles…')).toBeInTheDocument();
    // The quotes are there meanwhile.
    expect(screen.getByRole('region', { name: 'Quotes' })).toBeInTheDocument();
    await act(async () => answer.resolve?.(2));
    expect(await within(header).findByText('2 articles')).toBeInTheDocument();
    expect(within(header).queryByText('Counting articles…')).toBeNull();
    await checkA11y(document.body);
  });

  it('offers no more link when every quote is shown', () => {
    const { profile, page } = profileOf(library, 'sean-spicer');
    setup({
      profile,
      quotesShown: { shown: page.shownQuotes, total: page.totalQuotes },
      renderMoreLink: (children) => <a href="?quotes=100">{children}</a>,
    });
    expect(screen.getByText('Showing 3 of 3 quotes.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Show 50 more' })).not.toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { profile, page } = profileOf(library, 'sean-spicer', null, 1);
    const { container } = setup({
      profile,
      quotesShown: { shown: page.shownQuotes, total: page.totalQuotes },
      renderMoreLink: (children) => <a href="?quotes=51">{children}</a>,
    });
    await checkA11y(container);
  });
});

describe('SpeakerProfile with thoughts', () => {
  function renderObama(act: 'speech' | 'thought' | null) {
    const { profile } = profileOf([thoughtArticle], 'barack-obama', act);
    return render(
      <main>
        <SpeakerProfile
          profile={profile}
          others={[]}
          renderQuoteLink={(articleId, quoteId, children) => (
            <a href={`/articles/${articleId}#${quoteId}`}>{children}</a>
          )}
          renderArticleLink={(articleId, children) => <a href={`/articles/${articleId}`}>{children}</a>}
          renderSpeakerLink={(id, children) => <a href={`/speakers/${id}`}>{children}</a>}
          onMerge={vi.fn()}
          onSplit={vi.fn()}
          act={act}
          renderActLink={(choice, children, current) => (
            <a href={`?act=${choice ?? ''}`} aria-current={current ? 'page' : undefined}>
              {children}
            </a>
          )}
        />
      </main>,
    );
  }

  it('counts speech and thoughts apart and labels a thought as the writer’s account', async () => {
    renderObama(null);
    expect(screen.getByText('1 quote, 1 thought')).toBeInTheDocument();
    const quotes = screen.getByRole('region', { name: 'Quotes' });
    const thought = within(quotes)
      .getByRole('link', { name: /Moscow was acting counter/ })
      .closest('li');
    expect(thought).toHaveTextContent('Reported thought');
    expect(thought).toHaveTextContent('The writer’s account of what they think or want.');
    expect(within(quotes).getByRole('link', { name: 'illegitimate' }).closest('li')).not.toHaveTextContent(/thought/i);
    await checkA11y(document.body);
  });

  it('offers a filter for each act, the current one marked, and lists only that act', async () => {
    renderObama('thought');
    const filter = screen.getByRole('navigation', { name: 'Speech or thoughts' });
    expect(within(filter).getByRole('link', { name: 'Thoughts only' })).toHaveAttribute('aria-current', 'page');
    expect(within(filter).getByRole('link', { name: 'Speech only' })).not.toHaveAttribute('aria-current');
    expect(within(filter).getByRole('link', { name: 'Both' })).not.toHaveAttribute('aria-current');
    const quotes = screen.getByRole('region', { name: 'Quotes' });
    expect(within(quotes).getByRole('link', { name: /Moscow was acting counter/ })).toBeInTheDocument();
    expect(within(quotes).queryByRole('link', { name: 'illegitimate' })).toBeNull();
    await checkA11y(document.body);
  });

  it('lists only speech under the speech filter', () => {
    renderObama('speech');
    const quotes = screen.getByRole('region', { name: 'Quotes' });
    expect(within(quotes).getByRole('link', { name: 'illegitimate' })).toBeInTheDocument();
    expect(within(quotes).queryByRole('link', { name: /Moscow was acting counter/ })).toBeNull();
  });
});

describe('SpeakerProfile without thoughts', () => {
  it('offers no speech-or-thoughts filter when there is nothing to choose', () => {
    setup({ renderActLink: (_act, children) => <a href="?act=">{children}</a> });
    expect(screen.queryByRole('navigation', { name: 'Speech or thoughts' })).toBeNull();
  });
});
