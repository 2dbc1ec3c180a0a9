import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { SpeakerIndex, type PersonSummary } from '@/features/speakers';
import type { SkippedDocument } from '../library-articles';
import { openPeople } from '../speakers-data';
import { speakerLink } from '../components/library-links';
import { SkippedNote } from '../components/skipped-note';
import { UpdatingNote } from '../components/updating-note';
import { useLibraryRevalidation } from '../hooks/use-library-revalidation';
import { usePeopleUpdating } from '../hooks/use-people-updating';

type SpeakersData = {
  /** The first page of entries, most quoted first. */
  entries: PersonSummary[];
  /** How many entries there are. */
  total: number;
  /** Reads the entries past the first page. */
  readMore: (from: number, count: number) => Promise<PersonSummary[]>;
  articleCount: number;
  skipped: SkippedDocument[];
  /** Set while the entries come from a view older than the names (see `openPeople`). */
  updating: Promise<void> | null;
};

/** How many entries the page shows first (the list's page). */
const FIRST_PAGE = 50;

/** Everyone quoted in the library, from the people view: the first page of entries (no article is read). */
export async function speakersLoader({ request }: LoaderFunctionArgs): Promise<SpeakersData> {
  const people = await openPeople(request.url);
  const entries = await people.page(0, FIRST_PAGE);
  return {
    entries,
    total: people.total,
    readMore: people.page,
    articleCount: people.articleCount,
    skipped: people.skipped,
    updating: people.updating,
  };
}

/** `/speakers`: every speaker across the library, most quoted first. */
export function SpeakersRoute() {
  const { entries, total, readMore, articleCount, skipped, updating } = useLoaderData<SpeakersData>();
  useLibraryRevalidation();
  const stale = usePeopleUpdating(updating);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <title>Speakers – whosaid</title>
      <h1 className="font-serif text-3xl font-bold">Speakers</h1>
      <p className="mt-2 text-muted">
        Everyone quoted across {articleCount === 1 ? 'the 1 article' : `all ${articleCount} articles`} in your library,
        most quoted first. The same person named differently is one entry; open an entry to merge or split it.
      </p>
      <UpdatingNote updating={stale} />
      <SkippedNote skipped={skipped} />
      <div className="mt-8">
        <SpeakerIndex entries={entries} total={total} readMore={readMore} renderSpeakerLink={speakerLink} />
      </div>
    </div>
  );
}
