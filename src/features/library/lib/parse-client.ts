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
 * Longest the reading of an HTML page may take (until its text goes to the
 * parser), in milliseconds. A 1 MB Wikipedia page reads in about 3 s on a
 * slow machine; past this the worker is stopped and nothing is stored.
 */
export const PAGE_TIME_LIMIT_MS = 8_000;
/** Longest one whole parse may take: a 10 MB article parses in about 10 s. */
export const PARSE_TIME_LIMIT_MS = 60_000;

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
    const stop = (what: string, limit: number) => () => {
      finish();
      resolve({
        ok: false,
        message: `${what} took longer than ${limit / 1000} seconds, so whosaid stopped; nothing was stored`,
      });
    };
    const timer = setTimeout(stop('reading it', PARSE_TIME_LIMIT_MS), PARSE_TIME_LIMIT_MS);
    let pageTimer =
      request.format === 'html'
        ? setTimeout(stop('reading the page', PAGE_TIME_LIMIT_MS), PAGE_TIME_LIMIT_MS)
        : undefined;
    const finish = () => {
      clearTimeout(timer);
      clearTimeout(pageTimer);
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
        // The page is read once its text goes to the parser: the page's limit ends there.
        if (event.data.stage === 'finding quotes') {
          clearTimeout(pageTimer);
          pageTimer = undefined;
        }
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
