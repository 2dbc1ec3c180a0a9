/**
 * A real Redis for the queue tests: Debian's `redis-server` on a free local
 * port, its files in a temporary folder, stopped (and the folder removed) at
 * the end. `.ci/run` installs it when it is missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type RedisServer = {
  url: string;
  /** Stops Redis as a shutdown would (appending what it must), then starts it again on the same port and files. */
  restart(): Promise<void>;
  stop(): Promise<void>;
};

/** A port no one listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function launch(port: number, dir: string, persistence: boolean): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--daemonize', 'no'];
  args.push('--appendonly', persistence ? 'yes' : 'no');
  if (persistence) args.push('--appendfsync', 'always');
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start in 20 s:\n${log}`)), 20_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run redis-server (${error.message}); install it: apt-get install -y redis-server`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${log}`));
    });
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (!log.includes('Ready to accept connections')) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout?.off('data', onData);
      // Keep draining its log so Redis never blocks on a full pipe.
      child.stdout?.resume();
      resolve(child);
    };
    child.stdout?.on('data', onData);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // A clean shutdown first (Redis flushes its append-only file); a hard stop if it hangs.
    const hard = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts a Redis; with `persistence`, every write is appended to disk before it is answered. */
export async function startRedis(options: { persistence?: boolean } = {}): Promise<RedisServer> {
  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error('redis-server is not installed: apt-get install -y redis-server (.ci/run does this)');
  }
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-redis-'));
  const port = await freePort();
  let child = await launch(port, dir, options.persistence ?? false);
  return {
    url: `redis://127.0.0.1:${port}`,
    async restart() {
      await stopChild(child);
      child = await launch(port, dir, options.persistence ?? false);
    },
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
