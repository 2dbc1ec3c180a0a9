/**
 * The page's handle on the search worker: the index's state (to show), and
 * queries answered by the worker. Only the latest query matters while one
 * types: a query asked while another is out waits, and replaces any that was
 * already waiting (which then resolves to null), so the worker never works
 * through a backlog of stale keystrokes.
 *
 * Where there is no Worker (tests), the same service runs in the page.
 */
import type { ArticleDigest } from '@/article';
import type { LibrarySource } from './index-store';
import type { SearchPage, SearchQuery } from './quote-index';
import type { FromSearch, SearchState, ToSearch } from './search-service';

export type SearchClient = {
  /** Where the index stands now. */
  state: () => SearchState;
  /** Calls `listener` whenever the state changes; returns the unsubscribe. */
  subscribe: (listener: (state: SearchState) => void) => () => void;
  /**
   * The answer, or null when a later query replaced this one before it was
   * asked. The same question asked again before the index changes gets the
   * same answer, asked once (the page asks as a key is pressed, and again
   * once it has rendered the key).
   */
  query: (query: SearchQuery) => Promise<SearchPage | null>;
  /** The build's bundled articles, to search with the reader's own. */
  setBundled: (digests: ArticleDigest[]) => void;
  /** The library changed: catch up with its change marks. */
  sync: () => void;
  /** Stops the worker. */
  close: () => void;
};

type Port = { post: (message: ToSearch) => void; close: () => void };

function workerPort(onMessage: (message: FromSearch) => void): Port {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'whosaid-search' });
  worker.onmessage = (event: MessageEvent<FromSearch>) => onMessage(event.data);
  worker.onerror = (event) =>
    onMessage({ type: 'state', state: { phase: 'failed', message: event.message || 'the search worker stopped' } });
  return { post: (message) => worker.postMessage(message), close: () => worker.terminate() };
}

/** The same service in the page, for environments without workers. */
function inPagePort(onMessage: (message: FromSearch) => void): Port {
  const queued: ToSearch[] = [];
  let handle: ((message: ToSearch) => Promise<void>) | null = null;
  void import('./search-service').then(({ createSearchService }) => {
    const service = createSearchService(onMessage, { persistDelay: 0 });
    handle = (message) => service.handle(message);
    for (const message of queued.splice(0)) void handle(message);
  });
  return {
    post: (message) => (handle ? void handle(message) : void queued.push(message)),
    close: () => undefined,
  };
}

/** Starts the search over the library at `source` (null: the bundled articles only). */
export function openSearch(source: LibrarySource | null): SearchClient {
  let state: SearchState = { phase: 'loading', done: 0, total: 0 };
  const listeners = new Set<(state: SearchState) => void>();
  let nextId = 1;
  let inFlight: number | null = null;
  const resolvers = new Map<number, (page: SearchPage | null) => void>();
  let waiting: { id: number; query: SearchQuery } | null = null;
  /** The last question, while the index is as it was when it was asked, and its answer unless it was dropped. */
  let last: { key: string; refs: SearchQuery['speakerRefs']; state: SearchState; answer: Promise<SearchPage | null> } | null =
    null;

  function send(id: number, query: SearchQuery) {
    inFlight = id;
    port.post({ type: 'query', id, query });
  }

  const onMessage = (message: FromSearch) => {
    if (message.type === 'state') {
      state = message.state;
      if (state.phase === 'failed') {
        // Nothing more will be answered: let every question go.
        for (const resolve of resolvers.values()) resolve(null);
        resolvers.clear();
        inFlight = null;
        waiting = null;
      }
      for (const listener of listeners) listener(state);
      return;
    }
    resolvers.get(message.id)?.(message.page);
    resolvers.delete(message.id);
    if (inFlight === message.id) inFlight = null;
    if (waiting) {
      const { id, query } = waiting;
      waiting = null;
      send(id, query);
    }
  };

  const port = typeof Worker === 'undefined' ? inPagePort(onMessage) : workerPort(onMessage);
  port.post({ type: 'open', source });

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    query(query) {
      const { filters, speakerRefs, limit } = query;
      const key = JSON.stringify([filters.q, filters.speaker, filters.kind, filters.act, filters.from, filters.to, limit]);
      if (last && last.key === key && last.refs === speakerRefs && last.state === state) return last.answer;
      const id = nextId++;
      const answer = new Promise<SearchPage | null>((resolve) => resolvers.set(id, resolve));
      const asked = { key, refs: speakerRefs, state, answer };
      last = asked;
      // Dropped for a later question: asked again, it is asked anew.
      void answer.then((page) => {
        if (!page && last === asked) last = null;
      });
      if (inFlight === null) send(id, query);
      else {
        if (waiting) {
          resolvers.get(waiting.id)?.(null);
          resolvers.delete(waiting.id);
        }
        waiting = { id, query };
      }
      return answer;
    },
    setBundled: (digests) => port.post({ type: 'bundled', digests }),
    sync: () => port.post({ type: 'sync' }),
    close: () => port.close(),
  };
}
