/**
 * The library's people view (derived records, see the library's
 * people-view.ts): built from every speaker name with the reader's merge
 * and split choices, whole, whenever the names or the choices changed since
 * it was built, in a worker (`people-view-worker.ts`) so no page's main
 * thread does the grouping; pages then read only the entries they show.
 */
import { listSpeakerNames, mergeNameSummaries, peopleViewState, savePeopleView } from '@/features/library';
import { groupPeople, loadOverrides, peopleLayout, type Override } from '@/features/speakers';
import { loadBundledNames } from './library-articles';

/** What the view is built with besides the stored names: the choices, and the bundled articles' names. */
const choicesKey = (overrides: readonly Override[], bundled: number) => JSON.stringify([bundled, overrides]);

/**
 * Builds and stores the view from the names and choices as they are now. A
 * build the names moved past while it grouped them (an import goes on) is
 * still stored, stamped with the names it was built from: pages read it as
 * it is, while it is built again.
 */
export async function buildPeopleView(base: string): Promise<void> {
  const [bundled, stored, overrides] = await Promise.all([loadBundledNames(base), listSpeakerNames(), loadOverrides()]);
  const people = groupPeople(mergeNameSummaries(bundled.names, stored.names), overrides);
  await savePeopleView(stored.rev, choicesKey(overrides, bundled.count), peopleLayout(people));
}

let worker: Worker | null = null;
let asked = 0;
const waiting = new Map<number, { done: () => void; fail: (error: Error) => void }>();

/** The view built in the worker (on this thread where there are no workers: tests, old browsers). */
function buildInWorker(base: string): Promise<void> {
  if (typeof Worker === 'undefined') return buildPeopleView(base);
  if (!worker) {
    worker = new Worker(new URL('./people-view-worker.ts', import.meta.url), {
      type: 'module',
      name: 'whosaid-people',
    });
    worker.addEventListener(
      'message',
      (event: MessageEvent<{ type: 'built' | 'failed'; id: number; message?: string }>) => {
        const { type, id, message } = event.data;
        const wait = waiting.get(id);
        waiting.delete(id);
        if (type === 'built') wait?.done();
        else wait?.fail(new Error(message ?? 'the speakers could not be grouped'));
      },
    );
  }
  const id = ++asked;
  const done = new Promise<void>((resolve, reject) => waiting.set(id, { done: resolve, fail: reject }));
  worker.postMessage({ type: 'build', id, base });
  return done;
}

/** The build in flight in this tab, shared by every page that asks meanwhile. */
let building: Promise<void> | null = null;

/** How many times a page checks the view again after a build (the names may change meanwhile). */
const CHECKS = 4;

/**
 * How many speaker names a library may hold before its pages read the people
 * view instead of grouping every name in the page: grouping (reading the
 * names and `groupPeople`) costs about 50 ms of main thread per thousand
 * names on a 2-core machine, so a library under this groups in the page
 * within about 100 ms and needs no view (the bench's default cast names 261
 * people; its wide cast about 20,000).
 */
export const GROUP_IN_PAGE_NAMES = 2000;

/** The stored view's counts: readable stored articles, entries. */
export type ViewCounts = { articles: number; entries: number };

/**
 * The view's state: how many speaker names are stored; `view`, the stored
 * view's counts when there is one built with the choices as they are now
 * (null when none was built, or the reader has merged or split since);
 * `fresh`, whether it was built from the names as they are now.
 */
export async function peopleViewStatus(
  base: string,
): Promise<{ names: number; view: ViewCounts | null; fresh: boolean }> {
  const [state, overrides, bundled] = await Promise.all([peopleViewState(), loadOverrides(), loadBundledNames(base)]);
  const { meta } = state;
  const view =
    meta && meta.choices === choicesKey(overrides, bundled.count)
      ? { articles: meta.articles, entries: meta.count }
      : null;
  return { names: state.names, view, fresh: view !== null && meta?.rev === state.rev };
}

/** The view's counts when it was built from the names and choices as they are now. */
async function isFresh(base: string): Promise<ViewCounts | null> {
  const { view, fresh } = await peopleViewStatus(base);
  return fresh ? view : null;
}

/**
 * Builds the view unless it is fresh, one tab at a time (a Web Lock where
 * there are locks), so two tabs that find it out of date build it once.
 */
function build(base: string): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return buildInWorker(base);
  return locks.request('whosaid-people-view', async () => {
    if (!(await isFresh(base))) await buildInWorker(base);
  });
}

/**
 * The view up to date (built first when the names or choices changed since),
 * how many stored articles there are and how many entries.
 */
export async function ensurePeopleView(base: string): Promise<ViewCounts> {
  if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB to keep the people view in');
  for (let check = 0; check < CHECKS; check++) {
    const fresh = await isFresh(base);
    if (fresh) return fresh;
    building ??= build(base).finally(() => {
      building = null;
    });
    await building;
  }
  throw new Error('the library kept changing while its speakers were grouped');
}

/**
 * Brings the view up to date in the background when the library names many
 * people (a smaller one is grouped in the page and keeps no view up to date).
 */
export async function refreshPeopleView(base: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const { names, fresh } = await peopleViewStatus(base);
  if (names < GROUP_IN_PAGE_NAMES || fresh) return;
  building ??= build(base).finally(() => {
    building = null;
  });
  await building;
}

/**
 * A view to read: built once first when there is none (or only one from
 * before a merge or split), then whatever is stored, up to date or not.
 */
export async function readablePeopleView(
  base: string,
): Promise<{ names: number; view: ViewCounts | null; fresh: boolean }> {
  const status = await peopleViewStatus(base);
  if (status.names < GROUP_IN_PAGE_NAMES || status.view) return status;
  building ??= build(base).finally(() => {
    building = null;
  });
  await building;
  return peopleViewStatus(base);
}
