/**
 * Loading the cross-article views from the stored people index, grouped
 * with the reader's merge and split choices: no article or digest is read.
 * Shared by the speakers, speaker and search routes (search uses it only to
 * name the speakers of the results it shows, and for its speaker filter).
 */
import type { NameArticleRef, NameSaid } from '@/article';
import { listNameRefs, listNameSaid, listSpeakerNames, mergeNameSummaries, speakerNameKey } from '@/features/library';
import {
  entryArticles,
  entryNames,
  groupPeople,
  loadOverrides,
  profileSource,
  type EntryArticle,
  type PeopleSummary,
  type PersonSummary,
  type ProfileSource,
} from '@/features/speakers';
import { loadArticles, loadBundledNames, type SkippedDocument } from './library-articles';

type PeopleSummaryData = {
  people: PeopleSummary;
  /** Readable articles in the library, bundled and the reader's own. */
  articleCount: number;
  skipped: SkippedDocument[];
  /** The bundled articles' name records (they are not in IndexedDB). */
  bundledRefs: NameArticleRef[];
};

/**
 * Everyone quoted in the library, from the stored people index (one summary
 * per speaker name, kept per article) and the bundled articles, grouped with
 * the stored merge and split choices: no article or digest is read.
 */
export async function loadPeopleSummary(base: string): Promise<PeopleSummaryData> {
  const [bundled, stored, overrides] = await Promise.all([
    loadBundledNames(base),
    listSpeakerNames().catch(() => ({ names: [], articles: 0 })),
    loadOverrides(),
  ]);
  return {
    people: groupPeople(mergeNameSummaries(bundled.names, stored.names), overrides),
    articleCount: bundled.count + stored.articles,
    skipped: bundled.skipped,
    bundledRefs: bundled.refs,
  };
}

/** The articles an entry speaks in, oldest first, from its names' records (bundled and stored). */
export async function loadEntryArticles(
  entry: PersonSummary,
  bundledRefs: readonly NameArticleRef[],
): Promise<EntryArticle[]> {
  const names = entryNames(entry);
  const wanted = new Set(names.map((n) => speakerNameKey(n.name, n.kind)));
  const stored = await listNameRefs(names).catch(() => []);
  return entryArticles([...bundledRefs.filter((ref) => wanted.has(speakerNameKey(ref.name, ref.kind))), ...stored]);
}

/**
 * What a profile page shows of its articles (`shown`): for a stored article,
 * what the entry's names said there, as the library keeps it per name (no
 * article is read); a bundled article, or a stored one whose records are
 * not there yet, is read whole.
 */
export async function loadProfileSources(base: string, shown: readonly EntryArticle[]): Promise<ProfileSource[]> {
  const wanted = shown.flatMap((item) => item.names.map((name) => ({ ...name, articleId: item.id })));
  const said = await listNameSaid(wanted).catch(() => wanted.map(() => undefined));
  const parts = new Map<string, (NameSaid | undefined)[]>();
  wanted.forEach((ref, i) => parts.set(ref.articleId, [...(parts.get(ref.articleId) ?? []), said[i]]));
  const complete = (item: EntryArticle) => parts.get(item.id)?.every((part) => part !== undefined) ?? false;
  const whole = await loadArticles(
    base,
    shown.filter((item) => !complete(item)).map((item) => item.id),
  );
  return [
    ...shown.filter(complete).map((item) => profileSource(item, (parts.get(item.id) ?? []) as NameSaid[])),
    ...whole,
  ];
}
