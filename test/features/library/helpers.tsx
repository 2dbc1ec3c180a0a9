/** Shared set-up for library tests: an in-memory IndexedDB and a parser that runs in place of the worker. */
import 'fake-indexeddb/auto';
import { clear, createStore } from 'idb-keyval';
import type { ReactNode } from 'react';
import type { ArticleParser } from '@/features/library/lib/parse-client';
import { readAndParse } from '@/features/library/lib/parse-job';

/** Empties the library's IndexedDB store. */
export async function clearLibrary(): Promise<void> {
  await clear(createStore('whosaid-library', 'articles'));
}

/** The worker's job, run on the test's thread. */
export const inlineParser: ArticleParser = async (request, signal) => {
  if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
  return readAndParse(request);
};

/** A parser that never answers until cancelled, for the progress indicator. */
export const stuckParser: ArticleParser = (_request, signal) =>
  new Promise((_resolve, reject) => {
    signal.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
  });

export const link = (id: string, children: ReactNode) => <a href={`/articles/${id}`}>{children}</a>;
