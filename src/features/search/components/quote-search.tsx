import {
  Fragment,
  memo,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
  type RefObject,
} from 'react';
import type { QuoteAct, QuoteKind } from '@/article';
import { formatDate } from '@/shared/dates';
import { QUOTE_KINDS, quoteKindLabel as kindLabel } from '@/shared/labels';
import type { QuoteDoc, QuoteHit, SearchFilters, SearchPage, SearchQuery, SpeakerRef } from '../lib/quote-index';
import type { SearchClient } from '../lib/search-client';
import type { SearchState } from '../lib/search-service';
import { SpeakerFilter, type SpeakerFilterProps } from './speaker-filter';

/** A person across the library, as the page's speaker filter and result lines name them. */
export type SearchPerson = { id: string; name: string };

export type QuoteSearchProps = {
  /** The search worker (`openSearch`): it holds the index and answers queries. */
  client: SearchClient;
  /** The query and filters, read from the URL. */
  filters: SearchFilters;
  /** The speaker filter's people whose name contains `query` (the first `limit`), and how many more. */
  findSpeakers: SpeakerFilterProps['findSpeakers'];
  /** The name of the person the speaker filter has chosen, when the page knows it. */
  speakerName?: string;
  /**
   * With a speaker filter: the chosen person's speakers, one per article,
   * or undefined while the page is still finding them.
   */
  speakerRefs: readonly SpeakerRef[] | undefined;
  /** The person a result's speaker is across the library, when the page knows it. */
  personOf?: (doc: QuoteDoc) => SearchPerson | undefined;
  /** Told the results shown, so the page can find their speakers' people (`personOf`). */
  onShown?: (docs: readonly QuoteDoc[]) => void;
  /** Change the query or filters; `replace` is true while typing (one history entry per search). */
  onChange: (next: Partial<SearchFilters>, replace: boolean) => void;
  /** Renders a link to a quote's place in its article around `children`. */
  renderQuoteLink: (articleId: string, quoteId: string, children: ReactNode) => ReactNode;
  /** Renders a link to a speaker's page around `children`. */
  renderSpeakerLink: (speakerId: string, children: ReactNode) => ReactNode;
  /** How many results show at first, and how many more each "Show more" adds. */
  pageSize?: number;
};

const isKind = (value: string): value is QuoteKind => QUOTE_KINDS.some((k) => k.value === value);
const isAct = (value: string): value is QuoteAct => value === 'speech' || value === 'thought';

const field = 'rounded-md border border-line bg-surface px-2 py-1.5 text-ink';

const count = (n: number) => n.toLocaleString('en');

/** What the status line says: the index's progress, then how many quotes match. */
function statusLine(state: SearchState, page: SearchPage | null, filters: SearchFilters, waitingForSpeaker: boolean) {
  if (state.phase === 'failed') return `Search is not available: ${state.message}.`;
  const loading =
    state.phase === 'loading' && state.total > 1
      ? `Loading the search index: part ${count(Math.min(state.done + 1, state.total))} of ${count(state.total)}…`
      : 'Loading the search index…';
  if (!page && state.phase !== 'indexing') return loading;
  if (waitingForSpeaker) return 'Finding the speaker’s quotes…';
  const query = filters.q.trim();
  const filtered = Boolean(filters.speaker || filters.kind || filters.act || filters.from || filters.to);
  // While the index loads or is built, the answer is from what it holds so far.
  const progress =
    state.phase === 'indexing'
      ? `Indexing your library: ${count(state.done)} of ${count(state.total)} articles. `
      : state.phase === 'loading'
        ? `${loading} `
        : '';
  if (!page) return progress;
  const sofar = progress ? ' so far' : '';
  if (page.total === 0)
    return (
      progress +
      (query
        ? `No quotes match “${query}”${filtered ? ' with these filters' : ''}${sofar}.`
        : `No quotes match these filters${sofar}.`)
    );
  return `${progress}${count(page.total)} ${page.total === 1 ? 'quote' : 'quotes'}${query ? ` ${page.total === 1 ? 'matches' : 'match'} “${query}”` : ''}${sofar}${
    page.total > page.hits.length ? `; showing the first ${count(page.hits.length)}` : ''
  }.`;
}

type RowProps = Pick<QuoteSearchProps, 'personOf' | 'renderQuoteLink' | 'renderSpeakerLink'> & { hit: QuoteHit };

/** The same result as shown: the same quote cut into the same pieces (each answer brings new objects). */
const sameHit = (a: QuoteHit, b: QuoteHit) =>
  a.doc.id === b.doc.id &&
  a.doc.articleTitle === b.doc.articleTitle &&
  a.doc.published === b.doc.published &&
  a.doc.speakerName === b.doc.speakerName &&
  a.segments.length === b.segments.length &&
  a.segments.every((segment, i) => segment.text === b.segments[i]?.text && segment.match === b.segments[i]?.match);

/**
 * One result. A quote still shown after a keystroke, with the same
 * highlights, is not rendered again (typing "vaccin" then "e" mostly keeps
 * the same results).
 */
const ResultRow = memo(
  function ResultRow({ hit: { doc, segments }, personOf, renderQuoteLink, renderSpeakerLink }: RowProps) {
    const person = doc.speakerId ? personOf?.(doc) : undefined;
    const words = segments.map((segment, i) =>
      segment.match ? (
        <mark key={i} className="rounded-sm bg-event px-0.5 text-ink">
          {segment.text}
        </mark>
      ) : (
        <Fragment key={i}>{segment.text}</Fragment>
      ),
    );
    return (
      <li className="search-result rounded-lg border border-line bg-surface p-3 sm:p-4">
        <p className="font-serif text-lg leading-relaxed">
          {renderQuoteLink(doc.articleId, doc.quoteId, doc.kind === 'direct' ? <>“{words}”</> : <>{words}</>)}
        </p>
        <p className="mt-2 flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-muted">
          <span className="font-semibold text-ink">
            {person ? renderSpeakerLink(person.id, person.name) : (doc.speakerName ?? 'Unknown speaker')}
          </span>
          <span className={doc.act === 'thought' ? 'font-semibold text-ink' : undefined}>
            {kindLabel(doc.kind, doc.act)}
          </span>
          <span>
            <span className="sr-only">In </span>
            <cite className="not-italic">{doc.articleTitle}</cite>
          </span>
          {doc.published && <time dateTime={doc.published}>{formatDate(doc.published)}</time>}
        </p>
      </li>
    );
  },
  (a, b) =>
    sameHit(a.hit, b.hit) &&
    a.personOf === b.personOf &&
    a.renderQuoteLink === b.renderQuoteLink &&
    a.renderSpeakerLink === b.renderSpeakerLink,
);

type ResultsProps = Pick<QuoteSearchProps, 'personOf' | 'renderQuoteLink' | 'renderSpeakerLink'> & {
  list: RefObject<HTMLOListElement | null>;
  hits: SearchPage['hits'];
};

/**
 * The results shown, rendered again only when they change: not for the
 * keystroke that asks a new question (its answer comes from the worker a
 * moment later), so the question goes out at once; and then only the rows
 * that changed.
 */
const Results = memo(function Results({ list, hits, ...row }: ResultsProps) {
  return (
    <ol ref={list} aria-label="Results" className="space-y-4">
      {hits.map((hit) => (
        <ResultRow key={hit.doc.id} hit={hit} {...row} />
      ))}
    </ol>
  );
});

/** The question for the worker, or null while it can't be answered (no part of the index yet, or the speaker's quotes unknown). */
function question(
  state: SearchState,
  filters: SearchFilters,
  speakerRefs: readonly SpeakerRef[] | undefined,
  limit: number,
): SearchQuery | null {
  if (state.phase === 'failed' || (state.phase === 'loading' && state.done === 0)) return null;
  if (filters.speaker && speakerRefs === undefined) return null;
  return { filters, speakerRefs: filters.speaker ? (speakerRefs ?? []) : null, limit };
}

/** An answer, with the question it answers and where the index stood when it was asked. */
type Answer = { page: SearchPage; filters: SearchFilters; state: SearchState };

/**
 * Asks the worker whenever the question, the page size or the index changes
 * (each part loaded, each batch indexed, each change); the latest answer
 * wins. The answer keeps its question, so the status line never puts a
 * count under a query it does not answer.
 */
function useSearchPage(
  client: SearchClient,
  state: SearchState,
  filters: SearchFilters,
  speakerRefs: readonly SpeakerRef[] | undefined,
  limit: number,
): Answer | null {
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    const asked = question(state, filters, speakerRefs, limit);
    if (!asked) return;
    let current = true;
    void client.query(asked).then((page) => {
      if (current && page) setAnswer({ page, filters, state });
    });
    return () => {
      current = false;
    };
  }, [client, state, filters, speakerRefs, limit]);
  return answer;
}

/** The same question: the same words and filters (objects differ from render to render). */
const sameFilters = (a: SearchFilters, b: SearchFilters) =>
  a.q === b.q && a.speaker === b.speaker && a.kind === b.kind && a.act === b.act && a.from === b.from && a.to === b.to;

/** `filters`, as the same object for as long as they ask the same question, so a question is asked once. */
function useSameFilters(filters: SearchFilters): SearchFilters {
  const [kept, setKept] = useState(filters);
  const same = kept === filters || sameFilters(kept, filters);
  if (!same) setKept(filters);
  return same ? kept : filters;
}

/**
 * How long typed words wait, once typing stops, before they go into the URL.
 * The results do not wait for it: the question goes to the worker with the
 * keystroke. A new URL renders the whole page again (every link on it
 * follows the location), which cost a keystroke more than the search.
 */
export const URL_DELAY = 400;

/**
 * The question asked: the URL's, with the words typed and not yet written to
 * it. They are written `URL_DELAY` after the last key, when the box loses
 * focus (a click on a result, Tab), on Enter, or with any change of filter;
 * a change of URL from elsewhere (Back, a link) drops them.
 */
function useTypedQuery(
  url: SearchFilters,
  onChange: QuoteSearchProps['onChange'],
  /** Asks the question typed, before the page renders it. */
  onType: (filters: SearchFilters) => void,
) {
  const [typed, setTyped] = useState<string | null>(null);
  // The words last written to the URL: the URL coming back with them is this page's own write.
  const [written, setWritten] = useState<string | null>(null);
  const [seen, setSeen] = useState(url);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const waiting = useRef<string | null>(null);
  if (seen !== url) {
    setSeen(url);
    if (typed !== null && (url.q === typed || url.q !== written)) setTyped(null);
  }
  const own = url.q === written;
  useEffect(() => {
    // A URL from elsewhere: what was waiting to be written is dropped with what was typed.
    if (!own && timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
      waiting.current = null;
    }
  }, [url, own]);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  const filters = useSameFilters(typed === null || typed === url.q ? url : { ...url, q: typed });

  /** Writes `next` to the URL, with the typed words still waiting. */
  const change = (next: Partial<SearchFilters>, replace: boolean) => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const q = waiting.current;
    waiting.current = null;
    if (q !== null) setWritten(q);
    onChange(q === null ? next : { q, ...next }, replace);
  };
  const flush = () => {
    if (waiting.current !== null) change({}, true);
  };
  const type = (q: string) => {
    onType({ ...url, q });
    setTyped(q);
    waiting.current = q;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(flush, URL_DELAY);
  };
  return { filters, type, change, flush };
}

/**
 * Search over every quote: a search box that answers as one types (the
 * worker holds the index, so the page stays responsive whatever the
 * library's size), filters for speaker, kind and date range, a live count,
 * and the results with the matching words in `<mark>` (text split into
 * nodes, never HTML), each linked to its place in the article. Results come
 * a page at a time ("Show 50 more", which moves focus to the first new
 * result): ordinary list items, so Tab, a screen reader and find-in-page
 * reach every one shown, and the page holds no more than it shows.
 */
export function QuoteSearch({
  client,
  filters: url,
  findSpeakers,
  speakerName,
  speakerRefs,
  personOf,
  onShown,
  onChange,
  renderQuoteLink,
  renderSpeakerLink,
  pageSize = 50,
}: QuoteSearchProps) {
  const ids = { q: useId(), kind: useId(), act: useId(), from: useId(), to: useId() };
  const state = useSyncExternalStore(client.subscribe, client.state, client.state);
  // The worker starts on a key's question while the page renders the key.
  const { filters, type, change, flush } = useTypedQuery(url, onChange, (next) => {
    const asked = question(state, next, speakerRefs, pageSize);
    if (asked) void client.query(asked);
  });
  // A new question starts again from the first page.
  const [paging, setPaging] = useState({ filters, limit: pageSize });
  const limit = paging.filters === filters ? paging.limit : pageSize;
  const answer = useSearchPage(client, state, filters, speakerRefs, limit);
  const page = answer?.page ?? null;
  const waitingForSpeaker = Boolean(filters.speaker) && speakerRefs === undefined;
  const shown = page && !waitingForSpeaker ? page.hits : [];

  // The box is uncontrolled so fast typing never loses a key; it follows the
  // URL when the query changes from elsewhere (Back, a link) while not focused.
  const input = useRef<HTMLInputElement>(null);
  // After "Show more", focus goes to the first new result's link once it shows, so the keyboard carries on from there.
  const list = useRef<HTMLOListElement>(null);
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    const at = focusAt.current;
    const link = at === null ? null : list.current?.children[at]?.querySelector<HTMLElement>('a');
    if (link) {
      focusAt.current = null;
      link.focus();
    }
  }, [shown.length]);
  useEffect(() => {
    const box = input.current;
    if (box && box.value !== url.q && document.activeElement !== box) box.value = url.q;
  }, [url.q]);

  const filtered = Boolean(filters.speaker || filters.kind || filters.act || filters.from || filters.to);
  // Until a question is answered, the status line still tells the last answer's question and count.
  const status =
    answer && state.phase !== 'failed'
      ? statusLine(answer.state, page, answer.filters, waitingForSpeaker)
      : statusLine(state, page, filters, waitingForSpeaker);
  const shownHits = page && !waitingForSpeaker ? page.hits : null;
  useEffect(() => {
    if (shownHits && shownHits.length > 0) onShown?.(shownHits.map((hit) => hit.doc));
  }, [shownHits, onShown]);

  return (
    <div className="space-y-6">
      <form role="search" aria-label="Quotes" onSubmit={(event) => event.preventDefault()} className="space-y-4">
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.q} className="font-semibold">
            Search every quote
          </label>
          <input
            ref={input}
            id={ids.q}
            type="search"
            name="q"
            defaultValue={filters.q}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => type(event.currentTarget.value)}
            onBlur={flush}
            onKeyDown={(event) => {
              if (event.key === 'Enter') flush();
            }}
            className={`${field} w-full text-lg`}
          />
        </div>
        <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <legend className="mb-2 text-sm font-semibold text-muted">Filters</legend>
          <SpeakerFilter
            chosen={filters.speaker}
            chosenName={speakerName}
            findSpeakers={findSpeakers}
            onChoose={(speaker) => change({ speaker }, false)}
            className="flex min-w-0 flex-col"
          />
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={ids.kind} className="text-sm">
              Kind
            </label>
            <select
              id={ids.kind}
              value={filters.kind ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                change({ kind: isKind(value) ? value : null }, false);
              }}
              className={`${field} min-w-0`}
            >
              <option value="">Any kind</option>
              {QUOTE_KINDS.map((kind) => (
                <option key={kind.value} value={kind.value}>
                  {kind.label}
                </option>
              ))}
            </select>
          </div>
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={ids.act} className="text-sm">
              Speech or thought
            </label>
            <select
              id={ids.act}
              value={filters.act ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                change({ act: isAct(value) ? value : null }, false);
              }}
              className={`${field} min-w-0`}
            >
              <option value="">Both</option>
              <option value="speech">Speech only</option>
              <option value="thought">Thoughts only</option>
            </select>
          </div>
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={ids.from} className="text-sm">
              Published from
            </label>
            <input
              id={ids.from}
              type="date"
              value={filters.from ?? ''}
              max={filters.to ?? undefined}
              onChange={(event) => change({ from: event.currentTarget.value || null }, false)}
              className={`${field} min-w-0`}
            />
          </div>
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={ids.to} className="text-sm">
              Published to
            </label>
            <input
              id={ids.to}
              type="date"
              value={filters.to ?? ''}
              min={filters.from ?? undefined}
              onChange={(event) => change({ to: event.currentTarget.value || null }, false)}
              className={`${field} min-w-0`}
            />
          </div>
        </fieldset>
        {filtered && (
          <button
            type="button"
            onClick={() => change({ speaker: null, kind: null, act: null, from: null, to: null }, false)}
            className="rounded-md border border-line px-3 py-1 text-sm hover:border-ink"
          >
            Clear filters
          </button>
        )}
      </form>

      <p role="status" className="text-sm text-muted">
        {status}
      </p>
      {state.phase === 'loading' && state.total > 1 && (
        <progress aria-label="Loading the search index" value={state.done} max={state.total} className="w-full" />
      )}
      {state.phase === 'indexing' && (
        <progress
          aria-label="Indexing your library for search"
          value={state.done}
          max={Math.max(state.total, 1)}
          className="w-full"
        />
      )}

      {shown.length > 0 && (
        <Results
          list={list}
          hits={shown}
          personOf={personOf}
          renderQuoteLink={renderQuoteLink}
          renderSpeakerLink={renderSpeakerLink}
        />
      )}
      {page && shown.length > 0 && page.total > shown.length && (
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <span>
            Showing {count(shown.length)} of {count(page.total)}.
          </span>
          <button
            type="button"
            onClick={() => {
              focusAt.current = shown.length;
              setPaging({ filters, limit: shown.length + pageSize });
            }}
            className="rounded-md border border-line px-3 py-1 hover:border-ink"
          >
            Show {count(Math.min(pageSize, page.total - shown.length))} more
          </button>
        </p>
      )}
    </div>
  );
}
