/// <reference lib="webworker" />
/**
 * The search worker: holds the quote index, loads and saves it, keeps it up
 * to date with the library and answers queries, all off the page's main
 * thread (see `search-service.ts`).
 */
import { createSearchService, type ToSearch } from './search-service';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const service = createSearchService((message) => scope.postMessage(message), { persistDelay: 1500 });
scope.onmessage = (event: MessageEvent<ToSearch>) => void service.handle(event.data);
