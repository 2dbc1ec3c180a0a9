import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { SpeakerIndex, type PersonSummary } from '@/features/speakers';
import type { SkippedDocument } from '../library-articles';
import { loadPeopleSummary } from '../speakers-data';
import { speakerLink } from '../components/library-links';
import { SkippedNote } from '../components/skipped-note';
import { useLibraryRevalidation } from '../hooks/use-library-revalidation';

type SpeakersData = { entries: PersonSummary[]; articleCount: number; skipped: SkippedDocument[] };

/** Everyone quoted in the library, from the people index (no article is read). */
export async function speakersLoader({ request }: LoaderFunctionArgs): Promise<SpeakersData> {
  const { people, articleCount, skipped } = await loadPeopleSummary(request.url);
  return { entries: people.entries, articleCount, skipped };
}

/** `/speakers`: every speaker across the library, most quoted first. */
export function SpeakersRoute() {
  const { entries, articleCount, skipped } = useLoaderData<SpeakersData>();
  useLibraryRevalidation();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <title>Speakers – whosaid</title>
      <h1 className="font-serif text-3xl font-bold">Speakers</h1>
      <p className="mt-2 text-muted">
        Everyone quoted across {articleCount === 1 ? 'the 1 article' : `all ${articleCount} articles`} in your library,
        most quoted first. The same person named differently is one entry; open an entry to merge or split it.
      </p>
      <SkippedNote skipped={skipped} />
      <div className="mt-8">
        <SpeakerIndex entries={entries} renderSpeakerLink={speakerLink} />
      </div>
    </div>
  );
}
