/**
 * Node's on-disk compile cache (Node 22.1 and later) for the `whosaid`
 * command and every process and worker thread it starts: the V8 code of each
 * module it loads is kept in Node's default folder for it (`node-compile-cache`
 * under the system's temporary folder, or `NODE_COMPILE_CACHE` when set), so the
 * next run compiles only what changed. Keyed by Node's version and each file's
 * path and content, so an upgrade or another install never reads stale code;
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off. Loading the parser took 43 ms
 * less CPU with it (229 against 188 ms per child process, docs/scale.md).
 * On Node 20 there is no such cache and this does nothing.
 */
import module from 'node:module';

/** Enables the cache here and, through the environment, in the processes and threads started from here. */
export function enableCompileCache(): void {
  // Optional on Node 20, which the package supports: the function came in Node 22.1.
  const enable = (module as Partial<Pick<typeof module, 'enableCompileCache'>>).enableCompileCache;
  if (enable === undefined) return;
  const { directory } = enable();
  // Child processes and worker threads read it from the environment at start.
  if (directory !== undefined) process.env.NODE_COMPILE_CACHE = directory;
}

/**
 * Writes the compiled code of the modules loaded so far to the cache now (Node 22.10 and later):
 * a child process is ended by a signal when its work is done, and Node writes the cache only on a
 * normal exit. Nothing is written when every module came from the cache.
 */
export function flushCompileCache(): void {
  const flush = (module as Partial<Pick<typeof module, 'flushCompileCache'>>).flushCompileCache;
  flush?.();
}
