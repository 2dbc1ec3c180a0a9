/**
 * What runs a pool slot's tasks away from this thread: a worker thread, or a
 * child process. Both run the same `parse-worker` script and speak the same
 * messages ('ready', then one answer per task, in order).
 *
 * Why processes too: on 2 cores, two parsing threads in one process cost
 * about 25 % more CPU per article than one (V8's helper threads and the
 * isolates share one process), while two processes side by side cost none
 * (docs/scale.md, "Two cores"). Folder mode, whose tasks are file paths
 * and whose answers are small, runs its helpers as processes.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseTask, ParseTaskResult } from './parse-task';
import { mark, taskLabel } from './timeline';

export type HelperKind = 'thread' | 'process';

export type PoolHelper = {
  post(task: ParseTask): void;
  onMessage(listener: (message: ParseTaskResult | 'ready') => void): void;
  /** Called once when the helper stops, for whatever reason. */
  onStop(listener: (why: string) => void): void;
  stop(): Promise<void>;
};

/**
 * Heap limits per worker thread. A small young generation: the parser makes
 * short-lived garbage fast, and V8's default lets each thread hold tens of
 * megabytes of it. And a ceiling on the old generation, 1 GB, well above what
 * a 10 MB article needs (about 400 MB live; it parses in a worker): V8 lets
 * the old generation grow between full collections by a factor that shrinks
 * with its ceiling, and the default ceiling (a share of the machine's memory,
 * 4 GB here) allows the largest. Without it each worker's old generation,
 * about 30 MB live, filled to 65–110 MB between collections, and a stream on 2
 * workers passed 315 MB by 3,000 lines; with it the workers' heaps stay near
 * 50 MB and the process under 290 MB (docs/scale.md, "Memory").
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 1024 };

/** Calls `listener` for the first reason only: an error is often followed by an exit. */
function firstOnly(listener: (why: string) => void): (why: string) => void {
  let stopped = false;
  return (why) => {
    if (stopped) return;
    stopped = true;
    listener(why);
  };
}

function threadHelper(script: URL): PoolHelper {
  const worker = new Worker(script, { resourceLimits: WORKER_LIMITS });
  return {
    post: (task) => worker.postMessage(task),
    onMessage: (listener) => worker.on('message', listener),
    onStop: (listener) => {
      const once = firstOnly(listener);
      worker.on('error', (error) => once(error.message));
      worker.on('exit', (code) => once(`exit status ${code}`));
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}

function processHelper(script: URL, flags: readonly string[]): PoolHelper {
  // The same Node and the same flags as this process (a clone runs the TypeScript source through tsx's loader).
  const child: ChildProcess = fork(fileURLToPath(script), [], {
    execArgv: [...process.execArgv, ...flags],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  mark(`spawned child=${child.pid ?? '?'}`);
  child.on('exit', () => mark(`child-exited child=${child.pid ?? '?'}`));
  return {
    post: (task) => {
      mark(`sent child=${child.pid ?? '?'} ${taskLabel(task)}`);
      child.send(task);
    },
    onMessage: (listener) =>
      child.on('message', (message) => {
        mark(`received child=${child.pid ?? '?'} ${message === 'ready' ? 'ready' : 'result'}`);
        listener(message as ParseTaskResult | 'ready');
      }),
    onStop: (listener) => {
      const once = firstOnly(listener);
      child.on('error', (error) => once(error.message));
      child.on('exit', (code, signal) => once(signal ? `signal ${signal}` : `exit status ${code}`));
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

/** Starts a helper running `script` (a child process with `flags` added to this process's); throws when it cannot start. */
export function startHelper(kind: HelperKind, script: URL, flags: readonly string[] = []): PoolHelper {
  return kind === 'process' ? processHelper(script, flags) : threadHelper(script);
}
