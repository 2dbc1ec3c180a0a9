/**
 * Loading the cross-article views: every article in the library, the people
 * index built from them with the reader's merge and split choices. Shared
 * by the speakers, speaker and search routes (search uses it only to name
 * the speakers of the results it shows, and for its speaker filter).
 */
import type { ArticleDigest } from '@/article';
import { buildPeopleIndex, loadOverrides, type PeopleIndex } from '@/features/speakers';
import { loadLibraryDigests, type SkippedDocument } from './library-articles';

type PeopleData = {
  digests: ArticleDigest[];
  index: PeopleIndex;
  skipped: SkippedDocument[];
};

/** Every article, grouped into people with the stored choices applied. */
export async function loadPeople(base: string): Promise<PeopleData> {
  const [{ digests, skipped }, overrides] = await Promise.all([loadLibraryDigests(base), loadOverrides()]);
  return { digests, index: buildPeopleIndex(digests, overrides), skipped };
}
