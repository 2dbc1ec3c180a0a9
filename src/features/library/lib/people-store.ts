/**
 * The people index in the library's IndexedDB store, kept per article:
 *
 * - `name:<kind>\0<name>`: one speaker name's sums over the library
 *   (`SpeakerNameSummary`: speakers, articles, quotes, thoughts, dates,
 *   roles, aliases), what `/speakers` reads;
 * - `nref:<kind>\0<name>\0<article id>`: that name in one article (title,
 *   date, its speakers' ids and counts), what a profile reads for its names;
 * - `ndate:<kind>\0<name>\0<day>\0<title>\0<article id>`: the same record
 *   keyed in profile order (`articleOrderKey`: day, undated last, then
 *   title), so a profile reads its first articles without the others;
 * - `nsaid:<kind>\0<name>\0<article id>`: what that name said in that
 *   article (`NameSaid`: quotes, claims and denials), what a profile shows,
 *   so it never reads whole articles;
 * - `people:v1`: set once the index covers every stored article;
 * - `said:v1`: set once every article record has its `nsaid:` record (a
 *   library saved before they existed gets them once, `fillSaid` in storage.ts);
 * - `dates:v1`: set once every `nref:` record has its `ndate:` twin (a library
 *   saved before they existed gets them once, `fillNameDates`);
 * - `people:rev`: how many times the `name:` records changed, so the people
 *   view built from them (people-view.ts) knows when it is out of date.
 *
 * `applyPeopleChange` runs inside the transaction that saves or deletes an
 * article (storage.ts), so the index and the articles never disagree. Until
 * `people:v1` is set (a library saved by an earlier version), changes are
 * left to `buildPeopleIndex`, which builds the whole index from the digests
 * once, in one transaction, reporting progress.
 */
import { promisifyRequest } from 'idb-keyval';
import {
  articleOrderKey,
  type Article,
  type ArticleDigest,
  type NameArticleRef,
  type NameSaid,
  type SpeakerKind,
  type SpeakerNameSummary,
} from '@/article';
import { addSummary, dateSpan, nameContributions, nameSaid, speakerNameKey, subtractSummary } from './name-sums';

const NAME = 'name:';
const NREF = 'nref:';
const NSAID = 'nsaid:';
const NDATE = 'ndate:';
const DIGEST = 'digest:';
export const PEOPLE_READY = 'people:v1';
const SAID_READY = 'said:v1';
const DATES_READY = 'dates:v1';
/** How many times the speaker names changed: what tells the people view (people-view.ts) it is out of date. */
export const NAMES_REV = 'people:rev';

/** Counts one change to the speaker names, in the transaction that makes it. */
async function countNamesChange(store: IDBObjectStore): Promise<void> {
  store.put(((await read<number>(store, NAMES_REV)) ?? 0) + 1, NAMES_REV);
}

const range = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);
const nameKey = (name: string, kind: SpeakerKind) => NAME + speakerNameKey(name, kind);
const refPrefix = (name: string, kind: SpeakerKind) => `${NREF}${speakerNameKey(name, kind)}\u0000`;
const refKey = (ref: Pick<NameArticleRef, 'name' | 'kind' | 'articleId'>) =>
  refPrefix(ref.name, ref.kind) + ref.articleId;
const datePrefix = (name: string, kind: SpeakerKind) => `${NDATE}${speakerNameKey(name, kind)}\u0000`;
/** Where a name's record in one article is kept in profile order (day, title, id: `articleOrderKey`). */
const dateKey = (ref: NameArticleRef) => datePrefix(ref.name, ref.kind) + articleOrderKey(ref);
/** Where what a name said in one article is kept. */
const saidKey = (ref: Pick<NameArticleRef, 'name' | 'kind' | 'articleId'>) =>
  `${NSAID}${speakerNameKey(ref.name, ref.kind)}\u0000${ref.articleId}`;

const read = <T>(store: IDBObjectStore, key: IDBValidKey) =>
  promisifyRequest(store.get(key) as IDBRequest<T | undefined>);

/** True when the index covers the stored articles (it is then kept up to date on every change). */
export async function peopleReady(store: IDBObjectStore): Promise<boolean> {
  return (await read<unknown>(store, PEOPLE_READY)) !== undefined;
}

async function removeArticle(store: IDBObjectStore, digest: ArticleDigest): Promise<void> {
  for (const { ref, summary: part } of nameContributions(digest)) {
    const key = nameKey(ref.name, ref.kind);
    store.delete(refKey(ref));
    store.delete(dateKey(ref));
    store.delete(saidKey(ref));
    const base = await read<SpeakerNameSummary>(store, key);
    if (!base) continue;
    const { summary, stale } = subtractSummary(base, part);
    if (!summary) {
      store.delete(key);
      continue;
    }
    if (stale) {
      const rest = await promisifyRequest(
        store.getAll(range(refPrefix(ref.name, ref.kind))) as IDBRequest<NameArticleRef[]>,
      );
      Object.assign(summary, dateSpan(rest));
    }
    store.put(summary, key);
  }
}

async function addArticle(store: IDBObjectStore, digest: ArticleDigest, article: Article | undefined): Promise<void> {
  for (const { ref, summary: part } of nameContributions(digest)) {
    const key = nameKey(ref.name, ref.kind);
    store.put(ref, refKey(ref));
    store.put(ref, dateKey(ref));
    if (article) store.put(nameSaid(article, ref.speakerIds), saidKey(ref));
    store.put(addSummary(await read<SpeakerNameSummary>(store, key), part), key);
  }
}

/**
 * Updates the index for one article, inside the transaction that changes
 * it: `before` is its digest as stored until now (none for a new article),
 * `after` the one being written (none when deleted), `article` the article
 * `after` was made from (what its names said is kept from it).
 */
export async function applyPeopleChange(
  store: IDBObjectStore,
  before: ArticleDigest | undefined,
  after: ArticleDigest | undefined,
  article?: Article,
): Promise<void> {
  if (!(await peopleReady(store))) return;
  if (before) await removeArticle(store, before);
  if (after) await addArticle(store, after, article);
  if (before || after) await countNamesChange(store);
}

/** How many digests the index build reads per request. */
const BUILD_BATCH = 200;

/**
 * Builds the whole index from the stored digests, in one transaction (so no
 * save can slip between its reads), and marks it ready. A no-op when it is
 * ready. `report` hears how many digests are done of how many.
 */
export async function buildPeopleIndex(
  store: IDBObjectStore,
  report: (done: number, total: number) => void,
): Promise<boolean> {
  if (await peopleReady(store)) return false;
  const keys = await promisifyRequest(store.getAllKeys(range(DIGEST)));
  store.delete(range(NAME));
  store.delete(range(NREF));
  store.delete(range(NDATE));
  // Built from digests, which do not hold what the names said: that is filled in after (`fillSaid`).
  store.delete(range(NSAID));
  store.delete(SAID_READY);
  // The people view (people-view.ts) is built from the names: it is built again from the new ones.
  store.delete(range('pview:'));
  const names = new Map<string, SpeakerNameSummary>();
  report(0, keys.length);
  for (let at = 0; at < keys.length; at += BUILD_BATCH) {
    const batch = keys.slice(at, at + BUILD_BATCH);
    const first = batch[0] as IDBValidKey;
    const last = batch[batch.length - 1] as IDBValidKey;
    const digests = await promisifyRequest(
      store.getAll(IDBKeyRange.bound(first, last)) as IDBRequest<ArticleDigest[]>,
    );
    for (const digest of digests) {
      for (const { ref, summary } of nameContributions(digest)) {
        const key = nameKey(ref.name, ref.kind);
        names.set(key, addSummary(names.get(key), summary));
        store.put(ref, refKey(ref));
        store.put(ref, dateKey(ref));
      }
    }
    report(Math.min(at + BUILD_BATCH, keys.length), keys.length);
  }
  for (const [key, summary] of names) store.put(summary, key);
  await countNamesChange(store);
  store.put({ builtAt: new Date().toISOString() }, PEOPLE_READY);
  store.put({ builtAt: new Date().toISOString() }, DATES_READY);
  return true;
}

/** Every name's summary (one per distinct speaker name in the library). */
export function readSpeakerNames(store: IDBObjectStore): Promise<SpeakerNameSummary[]> {
  return promisifyRequest(store.getAll(range(NAME)) as IDBRequest<SpeakerNameSummary[]>);
}

/** The article records of these names. */
export async function readNameRefs(
  store: IDBObjectStore,
  names: readonly { name: string; kind: SpeakerKind }[],
): Promise<NameArticleRef[]> {
  const lists = await Promise.all(
    names.map(({ name, kind }) =>
      promisifyRequest(store.getAll(range(refPrefix(name, kind))) as IDBRequest<NameArticleRef[]>),
    ),
  );
  return lists.flat();
}

/** How many speaker names the index holds (their keys counted, not read). */
export function countSpeakerNames(store: IDBObjectStore): Promise<number> {
  return promisifyRequest(store.count(range(NAME)));
}

/** How many articles have a digest (readable stored articles). */
export function countDigests(store: IDBObjectStore): Promise<number> {
  return promisifyRequest(store.count(range(DIGEST)));
}

/** True when every name record has what the name said kept beside it. */
export async function saidReady(store: IDBObjectStore): Promise<boolean> {
  return (await read<unknown>(store, SAID_READY)) !== undefined;
}

/** Marks what the names said as kept for every stored article. */
export function markSaidReady(store: IDBObjectStore): void {
  store.put({ builtAt: new Date().toISOString() }, SAID_READY);
}

/**
 * What each of an article's names said there, for the one-time fill of a
 * library saved before it was kept: each is written only where its name
 * record still exists and has none yet, so a save or delete made meanwhile
 * (which writes its own) is never undone. Returns how many were written.
 */
export async function fillNameSaid(store: IDBObjectStore, article: Article, digest: ArticleDigest): Promise<number> {
  let written = 0;
  for (const { ref } of nameContributions(digest)) {
    const [record, said] = await Promise.all([read<unknown>(store, refKey(ref)), read<unknown>(store, saidKey(ref))]);
    if (record === undefined || said !== undefined) continue;
    store.put(nameSaid(article, ref.speakerIds), saidKey(ref));
    written += 1;
  }
  return written;
}

/** What these names said in these articles, in the order asked; undefined where none is kept. */
export function readNameSaid(
  store: IDBObjectStore,
  wanted: readonly Pick<NameArticleRef, 'name' | 'kind' | 'articleId'>[],
): Promise<(NameSaid | undefined)[]> {
  return Promise.all(wanted.map((ref) => read<NameSaid>(store, saidKey(ref))));
}

/** True when every name record has its twin in date order (`ndate:`). */
export async function datesReady(store: IDBObjectStore): Promise<boolean> {
  return (await read<unknown>(store, DATES_READY)) !== undefined;
}

/** How many name records the date-order fill reads per request. */
const DATES_BATCH = 500;

/**
 * Keys every name record (`nref:`) by its article's day as well (`ndate:`),
 * once, for a library saved before profiles read in date order: in one
 * transaction (so no save slips between its reads), 500 records per request,
 * reporting progress. False when it was done already.
 */
export async function fillNameDates(
  store: IDBObjectStore,
  report: (done: number, total: number) => void,
): Promise<boolean> {
  if (await datesReady(store)) return false;
  const keys = await promisifyRequest(store.getAllKeys(range(NREF)));
  store.delete(range(NDATE));
  if (keys.length > 0) report(0, keys.length);
  for (let at = 0; at < keys.length; at += DATES_BATCH) {
    const batch = keys.slice(at, at + DATES_BATCH);
    const refs = await promisifyRequest(
      store.getAll(IDBKeyRange.bound(batch[0] as IDBValidKey, batch[batch.length - 1] as IDBValidKey)) as IDBRequest<
        NameArticleRef[]
      >,
    );
    for (const ref of refs) store.put(ref, dateKey(ref));
    report(Math.min(at + DATES_BATCH, keys.length), keys.length);
  }
  store.put({ builtAt: new Date().toISOString() }, DATES_READY);
  return keys.length > 0;
}

/** One name's first article records in profile order (`articleOrderKey`), at most `count`. */
export function readNameRefsByDate(
  store: IDBObjectStore,
  name: { name: string; kind: SpeakerKind },
  count: number,
): Promise<NameArticleRef[]> {
  return promisifyRequest(store.getAll(range(datePrefix(name.name, name.kind)), count) as IDBRequest<NameArticleRef[]>);
}

/** The ids of the articles these names speak in, each once (keys only: no record is read). */
export async function readNameArticleIds(
  store: IDBObjectStore,
  names: readonly { name: string; kind: SpeakerKind }[],
): Promise<Set<string>> {
  const ids = new Set<string>();
  await Promise.all(
    names.map(async ({ name, kind }) => {
      const prefix = refPrefix(name, kind);
      const keys = await promisifyRequest(store.getAllKeys(range(prefix)));
      for (const key of keys) ids.add(String(key).slice(prefix.length));
    }),
  );
  return ids;
}
