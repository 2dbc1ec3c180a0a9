/// <reference lib="webworker" />
/**
 * The Web Worker that reads an imported Article JSON file: decoding,
 * parsing and schema-checking a file of up to 10 MB takes seconds of
 * main-thread time (a 65,000-quote file took 2.3 s), so it happens here and
 * the page stays responsive. One file in, one `ImportCheck` out.
 */
import { checkImportFile } from './import-check';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<Blob>) => {
  scope.postMessage(await checkImportFile(event.data));
};
