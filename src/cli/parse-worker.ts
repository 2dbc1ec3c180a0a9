/**
 * Helper of the parse pool (`pool.ts`), as a worker thread or as a child
 * process (`pool-helper.ts`): says it is ready, then answers each ParseTask
 * with its result, one at a time and in the order they came (the pool may
 * send the next task before the last is done). Built to
 * `lib/parse-worker.js` so a helper starts as plain JavaScript.
 */
import { parentPort } from 'node:worker_threads';
import { flushCompileCache } from './compile-cache';
import { runTask, type ParseTask, type ParseTaskResult } from './parse-task';
import { mark, markCpu, markOrigin, taskLabel } from './timeline';

type Port = {
  listen: (listener: (task: ParseTask) => void) => void;
  send: (message: ParseTaskResult | 'ready') => void;
};

function portOfParent(): Port | null {
  const thread = parentPort;
  if (thread) return { listen: (listener) => thread.on('message', listener), send: (m) => thread.postMessage(m) };
  const send = process.send?.bind(process);
  if (!send) return null;
  return {
    listen: (listener) => process.on('message', (task) => listener(task as ParseTask)),
    send: (message) => void send(message),
  };
}

const port = portOfParent();
if (port) {
  markOrigin();
  markCpu('parser-loaded');
  // The parser's modules are loaded: keep their code for the next run (the command enabled the cache).
  flushCompileCache();
  let last: Promise<void> = Promise.resolve();
  port.listen((task) => {
    const label = taskLabel(task);
    mark(`task-in ${label}`);
    last = last
      .then(() => {
        mark(`task-start ${label}`);
        return runTask(task);
      })
      .then((result) => {
        markCpu(`task-end ${label}`);
        port.send(result);
      });
  });
  port.send('ready');
  // A child process ends with its parent (the pool disconnects or goes away).
  process.on('disconnect', () => {
    markCpu('child-exit');
    process.exit(0);
  });
}
