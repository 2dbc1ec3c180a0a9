/**
 * Parsing from the page: each request gets its own Web Worker, which is
 * terminated when the parse ends, is cancelled (the signal aborts) or runs
 * past the time limit.
 */
import type { ParseRequest, ParseResponse, ParseStage } from './parse-job';

/** What the worker says: the stage it starts, then its one response. */
export type WorkerMessage = { type: 'stage'; stage: ParseStage } | { type: 'done'; response: ParseResponse };

/** Parses one article; rejects with an `AbortError` when `signal` aborts. `onStage` hears each stage. */
export type ArticleParser = (
  request: ParseRequest,
  signal: AbortSignal,
  onStage?: (stage: ParseStage) => void,
) => Promise<ParseResponse>;

/**
 * Longest a page or article may take, in milliseconds. A 1 MB Wikipedia page
 * reads in about 3 s and a 1 MB article parses in about 1 s on a slow
 * machine; past this the worker is stopped and nothing is stored.
 */
export const PARSE_TIME_LIMIT_MS = 20_000;

function aborted(): DOMException {
  return new DOMException('The parse was cancelled', 'AbortError');
}

/** The parser the app uses: the same code as the command line, in a module worker. */
export const workerParser: ArticleParser = (request, signal, onStage) =>
  new Promise<ParseResponse>((resolve, reject) => {
    if (signal.aborted) {
      reject(aborted());
      return;
    }
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'whosaid-parse' });
    const timer = setTimeout(() => {
      finish();
      resolve({
        ok: false,
        message: `reading it took longer than ${PARSE_TIME_LIMIT_MS / 1000} seconds, so whosaid stopped; nothing was stored`,
      });
    }, PARSE_TIME_LIMIT_MS);
    const finish = () => {
      clearTimeout(timer);
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(aborted());
    };
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data.type === 'stage') {
        onStage?.(event.data.stage);
        return;
      }
      finish();
      resolve(event.data.response);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      resolve({ ok: false, message: `the parser stopped (${event.message || 'worker error'})` });
    };
    worker.postMessage(request);
  });
