import { useEffect, type ReactNode } from 'react';
import { Link, useLoaderData, useRevalidator, type LoaderFunctionArgs } from 'react-router';
import { subscribeLibrary } from '@/features/library';
import { SpeakerIndex, type PersonEntry } from '@/features/people';
import type { SkippedDocument } from '../library-articles';
import { loadPeople } from '../people-data';
import { paths } from '../paths';

export type SpeakersData = { entries: PersonEntry[]; articleCount: number; skipped: SkippedDocument[] };

/** Every article in the library, grouped into people. */
export async function speakersLoader({ request }: LoaderFunctionArgs): Promise<SpeakersData> {
  const { index, articles, skipped } = await loadPeople(request.url);
  return { entries: index.entries, articleCount: articles.length, skipped };
}

/** Reloads the route's data when this tab or another one changes the reader's library. */
export function useLibraryRevalidation() {
  const { revalidate } = useRevalidator();
  useEffect(() => subscribeLibrary(() => void revalidate()), [revalidate]);
}

/** A note naming the documents left out, when there are any. */
export function SkippedNote({ skipped }: { skipped: readonly SkippedDocument[] }) {
  if (skipped.length === 0) return null;
  return (
    <p className="mt-4 rounded-md border border-denial p-3 text-sm">
      {skipped.length === 1 ? 'One document was' : `${skipped.length} documents were`} left out because they could not
      be read: {skipped.map((s) => `${s.document} (${s.field}: ${s.message})`).join('; ')}.
    </p>
  );
}

const speakerLink = (id: string, children: ReactNode) => <Link to={paths.speaker(id)}>{children}</Link>;

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
