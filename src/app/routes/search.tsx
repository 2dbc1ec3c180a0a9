import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useLocation, useNavigate, type ShouldRevalidateFunctionArgs } from 'react-router';
import { ensureDerived, LIBRARY_SEARCH_SOURCE, subscribeLibrary } from '@/features/library';
import {
  openSearch,
  QuoteSearch,
  type QuoteDoc,
  type SearchClient,
  type SearchFilters,
  type SearchPerson,
  type SpeakerRef,
} from '@/features/search';
import { entryNames, type PersonSummary } from '@/features/speakers';
import { loadBundledDigests, type SkippedDocument } from '../library-articles';
import { loadEntryArticles, loadPeopleSummary } from '../speakers-data';
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

type People = Awaited<ReturnType<typeof loadPeopleSummary>>;

/**
 * The people grouping, to name the results' speakers and for the speaker
 * filter: read from the stored people index (one summary per speaker name, no
 * article or digest), once the search index is ready (it is not needed to show
 * the page or to answer a query), and again when the library changes.
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
    void loadPeopleSummary(window.location.href).then((loaded) => {
      if (live) setPeople(loaded);
    });
    return () => {
      live = false;
    };
  }, [ready, stamp]);
  return people;
}

/**
 * The chosen person's speakers, one per article, from their names' records;
 * undefined while they are read.
 */
function useEntryRefs(people: People | null, speaker: string | null): SpeakerRef[] | undefined {
  const [found, setFound] = useState<{ entry: PersonSummary; refs: SpeakerRef[] } | null>(null);
  const entry = speaker && people ? people.people.find(speaker) : undefined;
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
  if (!speaker || !people) return undefined;
  // A speaker no one in the library is: no quote can match.
  if (!entry) return [];
  return found?.entry === entry ? found.refs : undefined;
}

/** A result's person, by the speaker's name as its article gives it (the index keeps that name). */
function personByName(entries: readonly PersonSummary[]): (doc: QuoteDoc) => SearchPerson | undefined {
  const byName = new Map<string, SearchPerson>();
  for (const entry of entries)
    for (const { name } of entryNames(entry))
      if (!byName.has(name)) byName.set(name, { id: entry.id, name: entry.name });
  return (doc) => (doc.speakerName ? byName.get(doc.speakerName) : undefined);
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

  const speakers = useMemo(
    () =>
      (people?.people.entries ?? []).map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    [people],
  );
  const speakerRefs = useEntryRefs(people, filters.speaker);
  const personOf = useMemo(() => (people ? personByName(people.people.entries) : undefined), [people]);

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <title>{filters.q ? `“${filters.q}” – Search – whosaid` : 'Search – whosaid'}</title>
      <h1 className="font-serif text-3xl font-bold">Search quotes</h1>
      <p className="mt-2 mb-6 text-muted">Every quote in every article of your library, direct and reported.</p>
      <QuoteSearch
        client={client}
        filters={filters}
        speakers={speakers}
        speakerRefs={speakerRefs}
        personOf={personOf}
        onChange={onChange}
        renderQuoteLink={quoteLink}
        renderSpeakerLink={speakerLink}
      />
      <SkippedNote skipped={skipped} />
    </div>
  );
}
