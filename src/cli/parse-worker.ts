/**
 * Worker thread of the parse pool (`pool.ts`): says it is ready, then answers
 * each ParseTask with its result, one at a time. Built to `lib/parse-worker.js`
 * so a worker starts as plain JavaScript.
 */
import { parentPort } from 'node:worker_threads';
import { runTask, type ParseTask } from './parse-task';

const port = parentPort;
if (port) {
  port.on('message', (task: ParseTask) => {
    void runTask(task).then((result) => port.postMessage(result));
  });
  port.postMessage('ready');
}
