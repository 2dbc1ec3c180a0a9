// @vitest-environment node
/**
 * `whosaid queue` and `whosaid worker` against a real Redis: every article's
 * result once, through several workers, a worker killed mid-run, poison
 * articles and the same input added twice.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateArticle } from '@/article';
import { startRedis, type RedisServer } from '../support/redis-server';
import { articlesJsonl, resultIds, startWorker, tempDir, waitFor, whosaid, type WorkerProcess } from './helpers';

let redis: RedisServer;
const dir = tempDir();
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await redis?.stop();
  dir.remove();
}, 30_000);

function worker(queue: string, extra: readonly string[] = []): WorkerProcess {
  const started = startWorker(redis.url, queue, extra);
  workers.push(started);
  return started;
}

const logs = () => workers.map((w, i) => `worker ${i}:\n${w.log()}`).join('\n');

// Generous limits: on a quiet machine each case takes seconds, on a crowded one minutes.
describe('whosaid queue with workers on a real Redis', { timeout: 300_000 }, () => {
  it('parses 1,000 articles through 2 workers, and results gives each exactly once', async () => {
    const input = join(dir.path, 'thousand.jsonl');
    const ids = articlesJsonl(input, 1_000);
    const added = await whosaid(['queue', 'add', input, '--redis', redis.url, '--queue', 'thousand']);
    expect(added.stdout).toBe('whosaid: queue thousand: 1000 added, 0 already there\n');
    const pair = [worker('thousand'), worker('thousand')];
    await waitFor(redis.url, 'thousand', (s) => s.done === 1_000, 240_000, logs);
    await Promise.all(pair.map((w) => w.stop()));

    const out = join(dir.path, 'thousand-results.jsonl');
    const collected = await whosaid(['queue', 'results', '--jsonl', out, '--redis', redis.url, '--queue', 'thousand']);
    expect(collected.code).toBe(0);
    const got = resultIds(out);
    expect(got).toHaveLength(1_000);
    expect(new Set(got)).toEqual(new Set(ids));
    const invalid = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .filter((line) => !validateArticle(JSON.parse(line)).ok);
    expect(invalid).toEqual([]);

    // Collected results are gone from Redis, and a second collection adds nothing.
    const again = await whosaid(['queue', 'results', '--jsonl', out, '--redis', redis.url, '--queue', 'thousand']);
    expect(again.stdout).toContain('0 results written');
    expect(resultIds(out)).toHaveLength(1_000);
    const status = await whosaid(['queue', 'status', '--json', '--redis', redis.url, '--queue', 'thousand']);
    expect(JSON.parse(status.stdout)).toMatchObject({ waiting: 0, active: 0, done: 0, collected: 1_000, failed: 0 });
  });

  it('gives the jobs of a worker killed with SIGKILL to the other, losing and repeating nothing', async () => {
    const input = join(dir.path, 'killed.jsonl');
    const ids = articlesJsonl(input, 150, 'k');
    await whosaid(['queue', 'add', input, '--redis', redis.url, '--queue', 'killed']);
    const doomed = worker('killed');
    const survivor = worker('killed');
    await waitFor(redis.url, 'killed', (s) => s.done >= 20 && s.active > 0, 120_000, logs);
    doomed.child.kill('SIGKILL');
    const status = await waitFor(redis.url, 'killed', (s) => s.done === 150, 120_000, logs);
    expect(status.failed).toBe(0);
    await survivor.stop();

    const out = join(dir.path, 'killed-results.jsonl');
    await whosaid(['queue', 'results', '--jsonl', out, '--redis', redis.url, '--queue', 'killed']);
    const got = resultIds(out);
    expect(got).toHaveLength(150);
    expect(new Set(got)).toEqual(new Set(ids));
  });

  it('ends a poison article as failed with its reason, after retries for one that times out, and finishes the rest', async () => {
    const input = join(dir.path, 'poison.jsonl');
    const ids = articlesJsonl(input, 20, 'p');
    const { text } = generateSlowText();
    writeFileSync(
      input,
      `${JSON.stringify({ id: 'no-title', text: '.' })}\n${JSON.stringify({ id: 'too-slow', text })}\n`,
      { flag: 'a' },
    );
    const added = await whosaid([
      'queue',
      'add',
      input,
      '--redis',
      redis.url,
      '--queue',
      'poison',
      '--attempts',
      '2',
      '--backoff',
      '0.1',
    ]);
    expect(added.stdout).toBe('whosaid: queue poison: 22 added, 0 already there\n');
    const one = worker('poison', ['--timeout', '1']);
    const status = await waitFor(
      redis.url,
      'poison',
      (s) => s.done + s.failed === 22 && s.waiting === 0,
      120_000,
      logs,
    );
    await one.stop();
    expect(status.done).toBe(20);
    expect(status.failed).toBe(2);
    const reasons = Object.fromEntries(status.failures.map((f) => [f.id, f]));
    // Text that can't be an article is not retried; a time-out is, once.
    expect(reasons['no-title']).toMatchObject({ reason: expect.stringMatching(/no recognisable title/), attempts: 1 });
    expect(reasons['too-slow']).toMatchObject({ reason: 'timed out after 1000 ms', attempts: 2 });

    const printed = await whosaid(['queue', 'status', '--redis', redis.url, '--queue', 'poison']);
    expect(printed.stdout).toContain('20 done (not yet collected)');
    expect(printed.stdout).toContain('2 failed');
    expect(printed.stdout).toContain('failed too-slow: timed out after 1000 ms (after 2 attempts)');

    const out = join(dir.path, 'poison-results.jsonl');
    await whosaid(['queue', 'results', '--jsonl', out, '--redis', redis.url, '--queue', 'poison']);
    expect(new Set(resultIds(out))).toEqual(new Set(ids));
  });

  it('does the work once when the same input is added twice, before and after its results are collected', async () => {
    const input = join(dir.path, 'twice.jsonl');
    const ids = articlesJsonl(input, 20, 't');
    const args = ['queue', 'add', input, '--redis', redis.url, '--queue', 'twice'];
    expect((await whosaid(args)).stdout).toBe('whosaid: queue twice: 20 added, 0 already there\n');
    expect((await whosaid(args)).stdout).toBe('whosaid: queue twice: 0 added, 20 already there\n');
    const one = worker('twice');
    await waitFor(redis.url, 'twice', (s) => s.done === 20, 120_000, logs);
    expect((await whosaid(args)).stdout).toBe('whosaid: queue twice: 0 added, 20 already there\n');

    const out = join(dir.path, 'twice-results.jsonl');
    await whosaid(['queue', 'results', '--jsonl', out, '--redis', redis.url, '--queue', 'twice']);
    expect((await whosaid(args)).stdout).toBe('whosaid: queue twice: 0 added, 20 already there\n');
    await one.stop();
    const got = resultIds(out);
    expect(got.sort()).toEqual([...ids].sort());
  });
});

/** An article that takes the parser several seconds: a 5 KB story repeated to about 3 MB. */
function generateSlowText(): { text: string } {
  const paragraph =
    'The council met on Monday. "We will build the bridge," Mayor Ann Lee said, adding that the work would start soon.';
  return { text: `Council approves bridge\n\n${Array.from({ length: 25_000 }, () => paragraph).join('\n\n')}` };
}
