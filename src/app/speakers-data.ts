/**
 * Loading the cross-article views from the library's people view (entries
 * grouped with the reader's merge and split choices, kept as derived
 * records, people-view.ts): no article or digest is read, and a page reads
 * only the entries it shows. Shared by the speakers, speaker and search
 * routes (search uses it only to name the speakers of the results it
 * shows, and for its speaker filter).
 */
import type { NameArticleRef, NameSaid, QuoteAct } from '@/article';
import {
  findPeopleViewEntry,
  findPeopleViewNames,
  listNameArticleIds,
  listNameRefs,
  listPeopleViewItems,
  listPeopleViewPage,
  listNameRefsByDate,
  listNameSaid,
  listSpeakerNames,
  mergeNameSummaries,
  speakerNameKey,
} from '@/features/library';
import {
  entryArticles,
  entryNames,
  entryQuoteTotal,
  groupPeople,
  loadOverrides,
  pageEntryArticles,
  profileSource,
  type EntryArticle,
  type EntryChoice,
  type PeopleSummary,
  type PersonSummary,
  type ProfileSource,
} from '@/features/speakers';
import { loadArticles, loadBundledNames, type SkippedDocument } from './library-articles';
import { ensurePeopleView, GROUP_IN_PAGE_NAMES, readablePeopleView } from './people-view';

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
 * the stored merge and split choices here: no article or digest is read, but
 * every name is. Pages read the people view instead (`openPeople`); this is
 * what they fall back on where it cannot be stored.
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

/** The entry a speaker name belongs to, as a link names it. */
export type NamedEntry = Pick<PersonSummary, 'id' | 'name'>;

/** The library's people as a page reads them: a page of entries, one entry, the entries of some names. */
export type People = {
  /** How many entries there are. */
  total: number;
  /** Readable articles in the library, bundled and the reader's own. */
  articleCount: number;
  skipped: SkippedDocument[];
  /** The bundled articles' name records (they are not in IndexedDB). */
  bundledRefs: NameArticleRef[];
  /**
   * Set when the entries are read from a view older than the names (a page
   * says it is updating): settles once the view is up to date.
   */
  updating: Promise<void> | null;
  /** Up to `count` entries from position `from`, most quoted first. */
  page: (from: number, count: number) => Promise<PersonSummary[]>;
  /** An entry by its id, or by the slug of one of its names (for links made before a merge). */
  find: (id: string) => Promise<PersonSummary | undefined>;
  /** The entries these speaker names (as written) belong to. */
  namesOf: (names: readonly string[]) => Promise<Map<string, NamedEntry>>;
  /** Every entry's id, name and quotes, for a finder. */
  choices: () => Promise<EntryChoice[]>;
};

/** People grouped here from every name (where the view cannot be stored). */
async function peopleInMemory(base: string): Promise<People> {
  const { people, articleCount, skipped, bundledRefs } = await loadPeopleSummary(base);
  return {
    total: people.entries.length,
    articleCount,
    skipped,
    bundledRefs,
    updating: null,
    page: async (from, count) => people.entries.slice(from, from + count),
    find: async (id) => people.find(id),
    namesOf: async (names) => {
      const found = new Map<string, NamedEntry>();
      for (const entry of people.entries)
        for (const { name } of entryNames(entry)) if (!found.has(name)) found.set(name, entry);
      return new Map(names.flatMap((name) => (found.has(name) ? [[name, found.get(name) as NamedEntry]] : [])));
    },
    choices: async () => people.entries.map(({ id, name, quoteCount }) => ({ id, name, quoteCount })),
  };
}

/**
 * The library's people. A library that names few people
 * (`GROUP_IN_PAGE_NAMES`) is grouped here from every name, as fast as
 * reading a view. A larger one is read from the people view, only the
 * entries a page shows: as it is when the names changed since it was built
 * (`updating` settles once a build in the background has brought it up to
 * date), built first only when there is none yet or the reader has merged or
 * split since. Where the view cannot be kept, grouped here.
 */
export async function openPeople(base: string): Promise<People> {
  const status = await readablePeopleView(base).catch(() => null);
  // Few names, or no view could be built or read: grouped here.
  if (!status?.view || status.names < GROUP_IN_PAGE_NAMES) return peopleInMemory(base);
  const counts = status.view;
  const updating = status.fresh
    ? null
    : ensurePeopleView(base).then(
        () => undefined,
        () => undefined, // the next page that opens the people tries again
      );
  const bundled = await loadBundledNames(base);
  return {
    total: counts.entries,
    articleCount: bundled.count + counts.articles,
    skipped: bundled.skipped,
    bundledRefs: bundled.refs,
    updating,
    page: (from, pageSize) => listPeopleViewPage<PersonSummary>(from, pageSize),
    find: (id) => findPeopleViewEntry<PersonSummary>(id),
    namesOf: async (names) => {
      const unique = [...new Set(names)];
      const found = await findPeopleViewNames(unique);
      return new Map(unique.flatMap((name, at) => (found[at] ? [[name, found[at]]] : [])));
    },
    choices: async () => (await listPeopleViewItems()).map(([id, name, quoteCount]) => ({ id, name, quoteCount })),
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

/** The bundled articles' records of an entry's names. */
function bundledRefsOf(entry: PersonSummary, bundledRefs: readonly NameArticleRef[]): NameArticleRef[] {
  const wanted = new Set(entryNames(entry).map((n) => speakerNameKey(n.name, n.kind)));
  return bundledRefs.filter((ref) => wanted.has(speakerNameKey(ref.name, ref.kind)));
}

/**
 * The articles one view of an entry's profile shows (its first `limit`
 * quotes of `act`, whole articles, oldest first), reading its names'
 * stored records in date order only as far as that view needs.
 */
export function loadEntryPage(
  entry: PersonSummary,
  bundledRefs: readonly NameArticleRef[],
  act: QuoteAct | null,
  limit: number,
): Promise<{ shown: EntryArticle[]; shownQuotes: number }> {
  const names = entryNames(entry);
  // As many records per name as the first screen should need, from the entry's sums: more when the act chosen is rare.
  const perRecord = entryQuoteTotal(entry, act) / Math.max(1, entry.articleCount);
  const firstCount = Math.ceil((limit + 10) / Math.min(1, Math.max(perRecord, 0.01)));
  return pageEntryArticles(
    (count) => listNameRefsByDate(names, count).catch(() => names.map(() => [])),
    bundledRefsOf(entry, bundledRefs),
    act,
    limit,
    firstCount,
  );
}

/**
 * How many articles an entry speaks in, each once. With one name that is
 * its sum; an article may name an entry of several names more than once,
 * so then the stored records' keys are read (not their values).
 */
export async function countEntryArticles(
  entry: PersonSummary,
  bundledRefs: readonly NameArticleRef[],
): Promise<number> {
  const names = entryNames(entry);
  if (names.length === 1) return entry.articleCount;
  const ids = await listNameArticleIds(names).catch(() => new Set<string>());
  for (const ref of bundledRefsOf(entry, bundledRefs)) ids.add(ref.articleId);
  return ids.size;
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
