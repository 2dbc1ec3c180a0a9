/**
 * Worker thread of the parse pool (`pool.ts`): says it is ready, then answers
 * each ParseTask with its result, one at a time and in the order they came
 * (the pool may send the next task before the last is done). Built to
 * `lib/parse-worker.js` so a worker starts as plain JavaScript.
 */
import { parentPort } from 'node:worker_threads';
import { runTask, type ParseTask } from './parse-task';

const port = parentPort;
if (port) {
  let last: Promise<void> = Promise.resolve();
  port.on('message', (task: ParseTask) => {
    last = last.then(() => runTask(task)).then((result) => port.postMessage(result));
  });
  port.postMessage('ready');
}
