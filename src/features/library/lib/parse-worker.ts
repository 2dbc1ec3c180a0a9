/// <reference lib="webworker" />
/**
 * The Web Worker that reads a page and parses an article off the main thread,
 * so typing and scrolling stay smooth. One request in; a message per stage
 * (for the progress line), then the response. The page terminates the worker
 * to cancel, or when it runs past the time limit.
 */
import { readAndParse, type ParseRequest } from './parse-job';
import type { WorkerMessage } from './parse-client';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const post = (message: WorkerMessage) => scope.postMessage(message);
  const response = await readAndParse(event.data, (stage) => post({ type: 'stage', stage }));
  post({ type: 'done', response });
};
