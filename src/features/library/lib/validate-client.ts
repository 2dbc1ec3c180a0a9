/**
 * Checking an imported Article JSON file off the main thread (see
 * validate-worker.ts). Where there are no Web Workers (the component tests'
 * jsdom) it checks in place: the result is the same.
 */
import type { ImportCheck } from './import-check';

/** Reads and schema-checks an Article JSON file in a worker of its own, which ends with it. */
export function checkArticleFile(file: Blob): Promise<ImportCheck> {
  // The check's code (zod) loads only here, never with the page.
  if (typeof Worker === 'undefined') return import('./import-check').then(({ checkImportFile }) => checkImportFile(file));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), {
      type: 'module',
      name: 'whosaid-validate',
    });
    const finish = (check: ImportCheck) => {
      worker.terminate();
      resolve(check);
    };
    worker.onmessage = (event: MessageEvent<ImportCheck>) => finish(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ readable: false, message: `it could not be checked (${event.message || 'worker error'})` });
    };
    worker.postMessage(file);
  });
}
