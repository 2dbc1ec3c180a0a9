// @vitest-environment node
/** A Redis restarted mid-run, with persistence on: the workers reconnect and the run completes, each result once. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRedis, type RedisServer } from '../support/redis-server';
import { articlesJsonl, resultIds, startWorker, tempDir, waitFor, whosaid, type WorkerProcess } from './helpers';

let redis: RedisServer;
const dir = tempDir();
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  redis = await startRedis({ persistence: true });
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await redis?.stop();
  dir.remove();
}, 30_000);

it('completes the run when Redis restarts mid-run with persistence on', { timeout: 300_000 }, async () => {
  const input = join(dir.path, 'restart.jsonl');
  const ids = articlesJsonl(input, 200, 'r');
  const [before, after] = [join(dir.path, 'before.jsonl'), join(dir.path, 'after.jsonl')];
  const lines = readFileSync(input, 'utf8').trimEnd().split('\n');
  writeFileSync(before, `${lines.slice(0, 150).join('\n')}\n`);
  writeFileSync(after, `${lines.slice(150).join('\n')}\n`);
  await whosaid(['queue', 'add', before, '--redis', redis.url, '--queue', 'restart']);
  workers.push(startWorker(redis.url, 'restart'), startWorker(redis.url, 'restart'));
  const logs = () => workers.map((w) => w.log()).join('\n');
  await waitFor(redis.url, 'restart', (s) => s.done >= 10, 120_000, logs);
  await redis.restart();
  // The jobs done before the restart are still there (append-only file), and new ones are taken.
  await whosaid(['queue', 'add', after, '--redis', redis.url, '--queue', 'restart']);
  const status = await waitFor(redis.url, 'restart', (s) => s.done === 200, 120_000, logs);
  expect(status.failed).toBe(0);

  const out = join(dir.path, 'restart-results.jsonl');
  await whosaid(['queue', 'results', '--jsonl', out, '--redis', redis.url, '--queue', 'restart']);
  const got = resultIds(out);
  expect(got).toHaveLength(200);
  expect(new Set(got)).toEqual(new Set(ids));
});
