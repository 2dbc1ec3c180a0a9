import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useLocation, useNavigate, type ShouldRevalidateFunctionArgs } from 'react-router';
import { ensureDerived, LIBRARY_SEARCH_SOURCE, subscribeLibrary } from '@/features/library';
import {
  openSearch,
  QuoteSearch,
  type QuoteDoc,
  type SearchClient,
  type SearchFilters,
  type SearchPerson,
  type SpeakerMatches,
  type SpeakerRef,
} from '@/features/search';
import { entryFinder, type PersonSummary } from '@/features/speakers';
import { loadBundledDigests, type SkippedDocument } from '../library-articles';
import { loadEntryArticles, openPeople, type NamedEntry, type People } from '../speakers-data';
import { paths, readSearchView } from '../paths';
import { quoteLink, speakerLink } from '../components/library-links';
import { SkippedNote } from '../components/skipped-note';

/** One search worker per tab, kept while the tab lives so coming back to /search finds the index loaded. */
let client: SearchClient | null = null;
function searchClient(): SearchClient {
  client ??= openSearch(typeof indexedDB === 'undefined' ? null : LIBRARY_SEARCH_SOURCE);
  return client;
}

/** Nothing to load before the page shows: the search worker loads the index while the box is already there. */
export function searchLoader(): null {
  return null;
}

/** Typing changes only the query string: nothing to reload. */
export function searchShouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search) return false;
  return defaultShouldRevalidate;
}

/**
 * The library's people (the people view), to name the results' speakers and
 * for the speaker filter: opened once the search index is ready (it is not
 * needed to show the page or to answer a query), and again when the library
 * changes.
 */
function usePeople(client: SearchClient): People | null {
  const [people, setPeople] = useState<People | null>(null);
  const [stamp, setStamp] = useState(0);
  const ready = useSyncExternalStore(
    client.subscribe,
    () => client.state().phase === 'ready',
    () => false,
  );
  useEffect(() => subscribeLibrary(() => setStamp((n) => n + 1)), []);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    void openPeople(window.location.href).then((opened) => {
      if (!live) return;
      setPeople(opened);
      // Read from a view older than the names: opened again once it is up to date.
      void opened.updating?.then(() => {
        if (live) setStamp((n) => n + 1);
      });
    });
    return () => {
      live = false;
    };
  }, [ready, stamp]);
  return people;
}

/** The chosen person, read from the people view; undefined while it is read, null when there is none. */
function useChosenEntry(people: People | null, speaker: string | null): PersonSummary | null | undefined {
  const [found, setFound] = useState<{ people: People; speaker: string; entry: PersonSummary | null } | null>(null);
  useEffect(() => {
    if (!people || !speaker) return;
    let live = true;
    void people.find(speaker).then((entry) => {
      if (live) setFound({ people, speaker, entry: entry ?? null });
    });
    return () => {
      live = false;
    };
  }, [people, speaker]);
  if (!people || !speaker) return undefined;
  return found?.people === people && found.speaker === speaker ? found.entry : undefined;
}

/**
 * The chosen person's speakers, one per article, from their names' records;
 * undefined while they are read.
 */
function useEntryRefs(
  people: People | null,
  speaker: string | null,
  entry: PersonSummary | null | undefined,
): SpeakerRef[] | undefined {
  const [found, setFound] = useState<{ entry: PersonSummary; refs: SpeakerRef[] } | null>(null);
  useEffect(() => {
    if (!entry || !people) return;
    let live = true;
    void loadEntryArticles(entry, people.bundledRefs).then((articles) => {
      const refs = articles.flatMap((article) =>
        article.speakerIds.map((speakerId) => ({ articleId: article.id, speakerId })),
      );
      if (live) setFound({ entry, refs });
    });
    return () => {
      live = false;
    };
  }, [people, entry]);
  if (!speaker || !people || entry === undefined) return undefined;
  // A speaker no one in the library is: no quote can match.
  if (entry === null) return [];
  return found?.entry === entry ? found.refs : undefined;
}

/**
 * The results' people, by the speaker's name as its article gives it (the
 * index keeps that name), looked up in the people view for the results shown.
 */
function useResultPeople(people: People | null) {
  const [named, setNamed] = useState<{ people: People; map: Map<string, NamedEntry> } | null>(null);
  const known = named?.people === people ? named.map : null;
  const onShown = useCallback(
    (docs: readonly QuoteDoc[]) => {
      if (!people) return;
      const missing = [
        ...new Set(docs.flatMap((doc) => (doc.speakerName && !known?.has(doc.speakerName) ? [doc.speakerName] : []))),
      ];
      if (missing.length === 0) return;
      void people.namesOf(missing).then((found) => {
        setNamed((now) => {
          const map = new Map(now?.people === people ? now.map : []);
          for (const name of missing) map.set(name, found.get(name) ?? { id: '', name: '' });
          return { people, map };
        });
      });
    },
    [people, known],
  );
  const personOf = useMemo(
    () =>
      known
        ? (doc: QuoteDoc): SearchPerson | undefined => {
            const entry = doc.speakerName ? known.get(doc.speakerName) : undefined;
            return entry?.id ? { id: entry.id, name: entry.name } : undefined;
          }
        : undefined,
    [known],
  );
  return { personOf, onShown };
}

/** Entries whose name contains what was typed, from every entry's id, name and quotes (read once per people). */
function useSpeakerFinder(people: People | null) {
  const finder = useRef<{ people: People; find: Promise<ReturnType<typeof entryFinder>> } | null>(null);
  return useCallback(
    async (query: string, limit: number): Promise<SpeakerMatches> => {
      if (!people) return { shown: [], more: 0 };
      if (finder.current?.people !== people)
        finder.current = { people, find: people.choices().then((choices) => entryFinder(choices)) };
      return (await finder.current.find)(query, limit);
    },
    [people],
  );
}

/** `/search?q=…`: search every quote in the library, with the query and filters in the URL. */
export function SearchRoute() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const client = searchClient();
  const [skipped, setSkipped] = useState<SkippedDocument[]>([]);

  useEffect(() => {
    let live = true;
    // A library saved before cards and digests existed gets them first; then the index catches up.
    void ensureDerived().then(() => client.sync());
    void loadBundledDigests(window.location.href).then(({ digests, skipped }) => {
      client.setBundled(digests);
      if (live) setSkipped(skipped);
    });
    const off = subscribeLibrary(() => client.sync());
    return () => {
      live = false;
      off();
    };
  }, [client]);

  const people = usePeople(client);
  const filters: SearchFilters = useMemo(() => readSearchView(new URLSearchParams(search)), [search]);
  // Typed words come once typing pauses (`replace`: one history entry per search); the search has asked the worker
  // already, so the new URL renders in a transition that a keystroke can interrupt.
  const onChange = (next: Partial<SearchFilters>, replace: boolean) =>
    void navigate(paths.search({ ...filters, ...next }), { replace, preventScrollReset: true });

  const entry = useChosenEntry(people, filters.speaker);
  const speakerRefs = useEntryRefs(people, filters.speaker, entry);
  const { personOf, onShown } = useResultPeople(people);
  const findSpeakers = useSpeakerFinder(people);

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <title>{filters.q ? `“${filters.q}” – Search – whosaid` : 'Search – whosaid'}</title>
      <h1 className="font-serif text-3xl font-bold">Search quotes</h1>
      <p className="mt-2 mb-6 text-muted">Every quote in every article of your library, direct and reported.</p>
      <QuoteSearch
        client={client}
        filters={filters}
        findSpeakers={findSpeakers}
        speakerName={entry?.name}
        speakerRefs={speakerRefs}
        personOf={personOf}
        onShown={onShown}
        onChange={onChange}
        renderQuoteLink={quoteLink}
        renderSpeakerLink={speakerLink}
      />
      <SkippedNote skipped={skipped} />
    </div>
  );
}
