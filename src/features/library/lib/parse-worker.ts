/// <reference lib="webworker" />
/**
 * The Web Worker that parses an article off the main thread, so typing and
 * scrolling stay smooth. One request in, one response out; the page
 * terminates the worker to cancel.
 */
import { runParse, type ParseRequest } from './parse-job';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<ParseRequest>) => {
  scope.postMessage(runParse(event.data));
};
