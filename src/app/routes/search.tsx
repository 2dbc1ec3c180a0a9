import { useMemo } from 'react';
import {
  useLoaderData,
  useLocation,
  useNavigate,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunctionArgs,
} from 'react-router';
import { QuoteSearch, type QuoteDoc, type SearchFilters } from '@/features/search';
import type { SkippedDocument } from '../library-articles';
import { loadPeople, quoteDocs } from '../speakers-data';
import { paths, readSearchView } from '../paths';
import { quoteLink, speakerLink } from '../components/library-links';
import { SkippedNote } from '../components/skipped-note';
import { useLibraryRevalidation } from '../hooks/use-library-revalidation';

type SearchData = {
  docs: QuoteDoc[];
  speakers: { id: string; name: string }[];
  skipped: SkippedDocument[];
};

/** Every quote in the library, named by speaker entry; the query itself is applied in the page. */
export async function searchLoader({ request }: LoaderFunctionArgs): Promise<SearchData> {
  const people = await loadPeople(request.url);
  const speakers = people.index.entries
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { docs: quoteDocs(people), speakers, skipped: people.skipped };
}

/** Typing changes only the query string: keep the loaded quotes (and the built index) instead of reloading them. */
export function searchShouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search) return false;
  return defaultShouldRevalidate;
}

/** `/search?q=…`: search every quote in the library, with the query and filters in the URL. */
export function SearchRoute() {
  const { docs, speakers, skipped } = useLoaderData<SearchData>();
  const { search } = useLocation();
  const navigate = useNavigate();
  useLibraryRevalidation();

  const filters: SearchFilters = useMemo(() => readSearchView(new URLSearchParams(search)), [search]);
  const onChange = (next: Partial<SearchFilters>, replace: boolean) =>
    void navigate(paths.search({ ...filters, ...next }), { replace, preventScrollReset: true });

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <title>{filters.q ? `“${filters.q}” – Search – whosaid` : 'Search – whosaid'}</title>
      <h1 className="font-serif text-3xl font-bold">Search quotes</h1>
      <p className="mt-2 mb-6 text-muted">Every quote in every article of your library, direct and reported.</p>
      <QuoteSearch
        docs={docs}
        filters={filters}
        speakers={speakers}
        onChange={onChange}
        renderQuoteLink={quoteLink}
        renderSpeakerLink={speakerLink}
      />
      <SkippedNote skipped={skipped} />
    </div>
  );
}
