import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { digestArticle, type Article } from '@/article';
import { buildPeopleIndex, entryFinder } from '@/features/speakers';
import {
  highlight,
  openSearch,
  QuoteSearch,
  type QuoteDoc,
  type SearchClient,
  type SearchFilters,
  type SearchState,
  URL_DELAY,
} from '@/features/search';
import type { SearchPage } from '@/features/search/lib/quote-index';
import { checkA11y } from '../../a11y';
import { library } from '../speakers/library-fixture';
import { thoughtArticle } from '../../fixtures/app/thought-article';

const empty: SearchFilters = { q: '', speaker: null, kind: null, act: null, from: null, to: null };

/**
 * The search wired to one piece of state, as the app wires it to the URL: a
 * search service over these articles (in the page, as jsdom has no
 * workers), and the people grouping naming the speakers.
 */
function Harness({
  initial = empty,
  articles = library,
  pageSize,
}: {
  initial?: SearchFilters;
  articles?: Article[];
  pageSize?: number;
}) {
  const [filters, setFilters] = useState(initial);
  const [client] = useState(() => {
    const search = openSearch(null);
    search.setBundled(articles.map(digestArticle));
    return search;
  });
  const people = useMemo(() => buildPeopleIndex(articles), [articles]);
  const find = useMemo(() => entryFinder(people.entries), [people]);
  const entry = filters.speaker ? people.find(filters.speaker) : undefined;
  return (
    <main>
      <QuoteSearch
        client={client}
        filters={filters}
        findSpeakers={async (query, limit) => find(query, limit)}
        speakerName={entry?.name}
        speakerRefs={filters.speaker ? (entry?.refs ?? []) : undefined}
        personOf={(doc) => (doc.speakerId ? people.entryOf(doc.articleId, doc.speakerId) : undefined)}
        onChange={(next) => setFilters((current) => ({ ...current, ...next }))}
        renderQuoteLink={(articleId, quoteId, children) => <a href={`/articles/${articleId}#${quoteId}`}>{children}</a>}
        renderSpeakerLink={(id, children) => <a href={`/speakers/${id}`}>{children}</a>}
        pageSize={pageSize}
      />
    </main>
  );
}

const results = () => within(screen.getByRole('list', { name: 'Results' }));
const status = async (text: string | RegExp) =>
  waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text));

describe('QuoteSearch', () => {
  it('narrows the results as one types and marks the matching words', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await status('5 quotes.');
    await user.type(screen.getByRole('searchbox', { name: 'Search every quote' }), 'crowd larg');
    await status('1 quote matches “crowd larg”.');
    const link = results().getByRole('link', { name: '“The crowd was the largest ever,”' });
    expect(link).toHaveAttribute('href', '/articles/briefing#q1');
    expect([...link.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['crowd', 'largest']);
    expect(results().getByRole('link', { name: 'Sean Spicer' })).toHaveAttribute('href', '/speakers/sean-spicer');
  });

  it('filters by speaker, kind and date range', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByRole('textbox', { name: 'Speaker' }), 'spic');
    await user.click(await screen.findByRole('button', { name: 'Sean Spicer (3 quotes)' }));
    await status('3 quotes.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Direct quote');
    await status('2 quotes.');
    await user.type(screen.getByLabelText('Published to'), '2017-01-31');
    await status('1 quote.');
    expect(results().getByRole('link', { name: '“The crowd was the largest ever,”' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await status('5 quotes.');
  });

  it('offers the speakers whose name contains what is typed, and goes back to anyone', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('textbox', { name: 'Speaker' });
    await user.type(box, 'zzz');
    expect(await screen.findByText('No speaker’s name contains “zzz”.')).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, 'spicer');
    const offered = within(await screen.findByRole('list', { name: 'Speakers matching' }));
    expect(offered.getAllByRole('button').map((b) => b.textContent)).toEqual(['Sean Spicer (3 quotes)']);
    await user.click(offered.getByRole('button', { name: 'Sean Spicer (3 quotes)' }));
    await status('3 quotes.');
    expect(screen.getByText('Sean Spicer', { selector: 'span' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Any speaker' }));
    await status('5 quotes.');
    expect(screen.queryByRole('button', { name: 'Any speaker' })).toBeNull();
    await checkA11y(document.body);
  });

  it('says when nothing matches, and requires quoted words to stand together', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ ...empty, q: '"not simply"' }} />);
    await status('No quotes match “"not simply"”.');
    const box = screen.getByRole('searchbox', { name: 'Search every quote' });
    await user.clear(box);
    await user.type(box, '"simply not"');
    await status('1 quote matches “"simply not"”.');
    expect(results().getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows the results a page at a time, and more on request', async () => {
    const user = userEvent.setup();
    render(<Harness pageSize={2} />);
    await status('5 quotes; showing the first 2.');
    expect(results().getAllByRole('listitem')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Show 2 more' }));
    await status('5 quotes; showing the first 4.');
    expect(results().getAllByRole('listitem')).toHaveLength(4);
    // The keyboard carries on from the first new result.
    const third = results().getAllByRole('listitem')[2];
    if (!third) throw new Error('no third result');
    expect(within(third).getAllByRole('link')[0]).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Show 1 more' }));
    await status('5 quotes.');
    expect(results().getAllByRole('listitem')).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
    // A new question starts again from the first page.
    await user.type(screen.getByRole('searchbox', { name: 'Search every quote' }), 'the');
    await status('3 quotes match “the”; showing the first 2.');
    await checkA11y(document.body);
  });

  it('keeps the text as text: the pieces join back to the quote', () => {
    const text = '<b>not</b> a tag, “simply not true”';
    const segments = highlight(text, 'simply not', []);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['simply not']);
  });

  it('has no axe violations', async () => {
    const { container } = render(<Harness initial={{ ...empty, q: 'rubbish', kind: 'direct' }} />);
    await status('1 quote matches “rubbish”.');
    await checkA11y(container);
  });
});

describe('QuoteSearch with thoughts', () => {
  it('finds thoughts, labels them, and filters to speech only or thoughts only', async () => {
    const user = userEvent.setup();
    render(<Harness articles={[thoughtArticle]} />);
    await status('3 quotes.');
    const thought = results()
      .getByRole('link', { name: /Moscow was acting counter/ })
      .closest('li');
    expect(thought).toHaveTextContent('Reported thought');
    expect(results().getByRole('link', { name: 'illegitimate' }).closest('li')).toHaveTextContent('Reported speech');
    const filter = screen.getByRole('combobox', { name: 'Speech or thought' });
    await user.selectOptions(filter, 'Thoughts only');
    await status('1 quote.');
    expect(results().getByRole('link', { name: /Moscow was acting counter/ })).toBeInTheDocument();
    await user.selectOptions(filter, 'Speech only');
    await status('2 quotes.');
    expect(results().queryByRole('link', { name: /Moscow was acting counter/ })).toBeNull();
    await checkA11y(document.body);
  });
});

describe('QuoteSearch while the index loads', () => {
  it('says how far loading is, and takes the query and filters meanwhile', async () => {
    const user = userEvent.setup();
    // A worker still loading the saved index: part 2 of 4, no answer yet.
    const loading = { phase: 'loading', done: 1, total: 4 } as const;
    const client: SearchClient = {
      state: () => loading,
      subscribe: () => () => undefined,
      query: () => new Promise(() => undefined),
      setBundled: () => undefined,
      sync: () => undefined,
      close: () => undefined,
    };
    const changes: Partial<SearchFilters>[] = [];
    render(
      <main>
        <QuoteSearch
          client={client}
          filters={empty}
          findSpeakers={async () => ({ shown: [], more: 0 })}
          speakerRefs={undefined}
          onChange={(next) => changes.push(next)}
          renderQuoteLink={(_a, _q, children) => children}
          renderSpeakerLink={(_s, children) => children}
        />
      </main>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the search index: part 2 of 4…');
    expect(screen.getByRole('progressbar', { name: 'Loading the search index' })).toHaveAttribute('value', '1');
    await user.type(screen.getByRole('searchbox', { name: 'Search every quote' }), 'ab');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'direct');
    // The typed words go to the URL once, as the box loses focus to the filter.
    expect(changes).toEqual([{ q: 'ab' }, { kind: 'direct' }]);
    await checkA11y(document.body);
  });
});

describe('QuoteSearch and the URL', () => {
  /** A search whose URL changes are recorded, over the fixture library. */
  function Recorded({ changes }: { changes: Partial<SearchFilters>[] }) {
    const [filters, setFilters] = useState(empty);
    const [client] = useState(() => {
      const search = openSearch(null);
      search.setBundled(library.map(digestArticle));
      return search;
    });
    return (
      <main>
        <QuoteSearch
          client={client}
          filters={filters}
          findSpeakers={async () => ({ shown: [], more: 0 })}
          speakerRefs={undefined}
          onChange={(next) => {
            changes.push(next);
            setFilters((current) => ({ ...current, ...next }));
          }}
          renderQuoteLink={(articleId, quoteId, children) => (
            <a href={`/articles/${articleId}#${quoteId}`}>{children}</a>
          )}
          renderSpeakerLink={(_s, children) => children}
        />
      </main>
    );
  }

  it('answers each key at once and writes the words to the URL once typing pauses', async () => {
    const user = userEvent.setup();
    const changes: Partial<SearchFilters>[] = [];
    render(<Recorded changes={changes} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search every quote' }), 'crowd');
    await status(/match(es)? “crowd”/);
    expect(results().getAllByRole('link', { name: /crowd/i }).length).toBeGreaterThan(0);
    // Answered before the URL has the words: one write for the whole word, not one per key.
    expect(changes).toEqual([]);
    await waitFor(() => expect(changes).toEqual([{ q: 'crowd' }]), { timeout: URL_DELAY * 5 });
    await status(/match(es)? “crowd”/);
    await checkA11y(document.body);
  });

  it('writes the words at once on Enter', async () => {
    const user = userEvent.setup();
    const changes: Partial<SearchFilters>[] = [];
    render(<Recorded changes={changes} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search every quote' }), 'crowd{Enter}');
    expect(changes).toEqual([{ q: 'crowd' }]);
    await status(/match(es)? “crowd”/);
  });
});

describe('QuoteSearch while a large saved index loads', () => {
  it('answers from the parts loaded so far, and asks again as each part comes', async () => {
    // A worker loading three parts, each holding one quote with the word.
    let state: SearchState = { phase: 'loading', done: 0, total: 3 };
    const listeners = new Set<(state: SearchState) => void>();
    const quote = (n: number): QuoteDoc => ({
      id: `a${n}/q1`,
      articleId: `a${n}`,
      articleTitle: `Part ${n}`,
      published: null,
      quoteId: 'q1',
      text: `crowd number ${n}`,
      kind: 'direct',
      act: 'speech',
      speakerId: null,
      speakerName: null,
    });
    const answer = (): SearchPage => {
      const loaded = state.phase === 'loading' ? state.done : 3;
      const hits = Array.from({ length: loaded }, (_, i) => quote(i + 1));
      return { total: loaded, hits: hits.map((doc) => ({ doc, segments: highlight(doc.text, 'crowd', ['crowd']) })) };
    };
    const client: SearchClient = {
      state: () => state,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      query: () => Promise.resolve(answer()),
      setBundled: () => undefined,
      sync: () => undefined,
      close: () => undefined,
    };
    const report = (next: SearchState) =>
      act(() => {
        state = next;
        for (const listener of listeners) listener(next);
      });
    render(
      <main>
        <QuoteSearch
          client={client}
          filters={{ ...empty, q: 'crowd' }}
          findSpeakers={async () => ({ shown: [], more: 0 })}
          speakerRefs={undefined}
          onChange={() => undefined}
          renderQuoteLink={(articleId, quoteId, children) => (
            <a href={`/articles/${articleId}#${quoteId}`}>{children}</a>
          )}
          renderSpeakerLink={(_s, children) => children}
        />
      </main>,
    );
    await status('Loading the search index: part 1 of 3…');
    expect(screen.queryByRole('list', { name: 'Results' })).toBeNull();

    await report({ phase: 'loading', done: 1, total: 3 });
    await status('Loading the search index: part 2 of 3… 1 quote matches “crowd” so far.');
    expect(results().getAllByRole('listitem')).toHaveLength(1);
    await report({ phase: 'loading', done: 2, total: 3 });
    await status('Loading the search index: part 3 of 3… 2 quotes match “crowd” so far.');
    expect(results().getByRole('link', { name: /crowd number 2/ })).toBeInTheDocument();
    await report({ phase: 'ready', articles: 3, quotes: 3 });
    await status('3 quotes match “crowd”.');
    expect(results().getAllByRole('listitem')).toHaveLength(3);
    await checkA11y(document.body);
  });
});

describe('QuoteSearch while an answer is on its way', () => {
  it('keeps the last answer’s question with its count until the new one is answered', async () => {
    const user = userEvent.setup();
    const ready: SearchState = { phase: 'ready', articles: 2, quotes: 2 };
    const pending: { q: string; resolve: (page: SearchPage) => void }[] = [];
    const client: SearchClient = {
      state: () => ready,
      subscribe: () => () => undefined,
      query: ({ filters }) => new Promise((resolve) => pending.push({ q: filters.q, resolve })),
      setBundled: () => undefined,
      sync: () => undefined,
      close: () => undefined,
    };
    const doc: QuoteDoc = {
      id: 'a/q1',
      articleId: 'a',
      articleTitle: 'A',
      published: null,
      quoteId: 'q1',
      text: 'the crowd was large',
      kind: 'direct',
      act: 'speech',
      speakerId: null,
      speakerName: null,
    };
    const page = (total: number): SearchPage => ({
      total,
      hits: [{ doc, segments: [{ text: doc.text, match: false }] }],
    });
    function Wired() {
      const [filters, setFilters] = useState({ ...empty, q: 'cro' });
      return (
        <main>
          <QuoteSearch
            client={client}
            filters={filters}
            findSpeakers={async () => ({ shown: [], more: 0 })}
            speakerRefs={undefined}
            onChange={(next) => setFilters((current) => ({ ...current, ...next }))}
            renderQuoteLink={(_a, _q, children) => children}
            renderSpeakerLink={(_s, children) => children}
          />
        </main>
      );
    }
    render(<Wired />);
    await waitFor(() => expect(pending.at(-1)?.q).toBe('cro'));
    await act(async () => pending.at(-1)?.resolve(page(2)));
    await status('2 quotes match “cro”; showing the first 1.');

    await user.type(screen.getByRole('searchbox', { name: 'Search every quote' }), 'w');
    await waitFor(() => expect(pending.at(-1)?.q).toBe('crow'));
    // Asked, not answered yet: the status still tells the last answer, not a count under the new words.
    expect(screen.getByRole('status')).toHaveTextContent('2 quotes match “cro”; showing the first 1.');
    await act(async () => pending.at(-1)?.resolve(page(1)));
    await status('1 quote matches “crow”.');
    await checkA11y(document.body);
  });
});
