/**
 * Parsing from the page: each request gets its own Web Worker, which is
 * terminated when the parse ends or is cancelled (the signal aborts).
 */
import type { ParseRequest, ParseResponse } from './parse-job';

/** Parses one article; rejects with an `AbortError` when `signal` aborts. */
export type ArticleParser = (request: ParseRequest, signal: AbortSignal) => Promise<ParseResponse>;

function aborted(): DOMException {
  return new DOMException('The parse was cancelled', 'AbortError');
}

/** The parser the app uses: the same parser code as the command line, in a module worker. */
export const workerParser: ArticleParser = (request, signal) =>
  new Promise<ParseResponse>((resolve, reject) => {
    if (signal.aborted) {
      reject(aborted());
      return;
    }
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'whosaid-parse' });
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(aborted());
    };
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<ParseResponse>) => {
      finish();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      resolve({ ok: false, message: `the parser stopped (${event.message || 'worker error'})` });
    };
    worker.postMessage(request);
  });
