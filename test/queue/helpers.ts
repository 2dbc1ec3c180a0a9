/**
 * The queue tests drive the built `whosaid` command (lib/cli.js, built by the
 * global setup) in child processes, as a person would on several machines:
 * `queue add`, `worker`, `queue results`. They watch progress through the
 * same status the `queue status` command prints.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Redis } from 'ioredis';
import { connect } from '@/cli/queue/connection';
import { queueStatus, type QueueStatus } from '@/cli/queue/status';
import { generateArticle } from '../support/generate-article';

const CLI = resolve('lib/cli.js');

export type Run = { code: number | null; stdout: string; stderr: string };

/** Runs `whosaid …` to the end. */
export function whosaid(args: readonly string[], input?: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** A running `whosaid worker`; its standard error is kept for a failing test's message. */
export type WorkerProcess = { child: ChildProcess; log: () => string; stop(): Promise<void> };

export function startWorker(redis: string, queue: string, extra: readonly string[] = []): WorkerProcess {
  const child = spawn(
    process.execPath,
    [CLI, 'worker', '--redis', redis, '--queue', queue, '--concurrency', '2', '--stall-timeout', '1', ...extra],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return {
    child,
    log: () => log,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        // SIGTERM lets the jobs in hand finish; a worker still running after 10 s is killed.
        const hard = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(hard);
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** A temp folder for a test's files. */
export function tempDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'whosaid-queue-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** `count` generated news articles as JSON Lines, ids `<prefix>0001`…, and the ids. */
export function articlesJsonl(path: string, count: number, prefix = 'a'): string[] {
  const ids: string[] = [];
  const lines: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    const id = `${prefix}${String(i).padStart(4, '0')}`;
    const { text } = generateArticle({ seed: i, targetLength: 1_200 });
    ids.push(id);
    lines.push(JSON.stringify({ id, text, published: '2017-01-24' }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return ids;
}

/** The ids of the Article lines in a results file, in file order (duplicates kept). */
export function resultIds(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { id: string }).id);
}

/** Waits until `until(status)` holds, polling; fails after `timeoutMs` with the last status and the logs. */
export async function waitFor(
  url: string,
  queue: string,
  until: (status: QueueStatus) => boolean,
  timeoutMs: number,
  logs: () => string = () => '',
): Promise<QueueStatus> {
  const redis: Redis = await connect(url, null);
  try {
    const deadline = Date.now() + timeoutMs;
    let status = await queueStatus(redis, queue);
    while (!until(status)) {
      if (Date.now() > deadline) {
        throw new Error(`queue ${queue} did not get there in ${timeoutMs} ms: ${JSON.stringify(status)}\n${logs()}`);
      }
      await new Promise((done) => setTimeout(done, 200));
      status = await queueStatus(redis, queue);
    }
    return status;
  } finally {
    redis.disconnect();
  }
}
