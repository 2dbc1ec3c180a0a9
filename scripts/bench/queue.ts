/**
 * The queue's own costs, for docs/scale.md: the PolNeAR train texts (or
 * generated articles) added to a local Redis (Debian's redis-server, started
 * and stopped here), parsed by one `whosaid worker` on every core, collected
 * with `queue results`. Prints articles per second end to end, and what each
 * article costs Redis: CPU milliseconds, and memory while it waits and once it
 * is done (until collected).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { connect } from '../../src/cli/queue/connection';
import { queueStatus } from '../../src/cli/queue/status';
import buildLib from '../../test/support/build-lib';
import { startRedis } from '../../test/support/redis-server';
import { CLI, corpus, cpuSeconds } from './folder';
import { table, type BenchSection } from './section';

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
}

function redisPid(port: string): number {
  const found = spawnSync('pgrep', ['-f', `redis-server 127.0.0.1:${port}`], { encoding: 'utf8' });
  return Number(found.stdout.trim().split('\n')[0] ?? 0);
}

function cli(args: readonly string[]): void {
  spawnSync(process.execPath, [CLI, ...args], { stdio: 'ignore' });
}

export const queueSection: BenchSection = {
  name: 'queue',
  description: 'whosaid queue on a local Redis: articles/s with one worker, Redis CPU and memory per article',
  async run({ quick }) {
    buildLib();
    if (spawnSync('redis-server', ['--version']).error) {
      console.log('redis-server is not installed (apt-get install -y redis-server): skipped');
      return;
    }
    const root = await mkdtemp(join(tmpdir(), 'whosaid-bench-'));
    const server = await startRedis();
    const port = new URL(server.url).port;
    const redis = await connect(server.url);
    try {
      const { folder, label } = await corpus(root, quick);
      const pid = redisPid(port);
      const memory0 = await usedMemory(redis);
      const cpu0 = cpuSeconds(pid) ?? 0;
      const start = performance.now();
      cli(['queue', 'add', folder, '--redis', server.url]);
      const added = await queueStatus(redis, 'whosaid');
      const memoryWaiting = (await usedMemory(redis)) - memory0;
      const count = added.waiting;
      const worker = spawn(process.execPath, [CLI, 'worker', '--redis', server.url], { stdio: 'ignore' });
      let status = added;
      while (status.done + status.failed < count) {
        await new Promise((done) => setTimeout(done, 100));
        status = await queueStatus(redis, 'whosaid');
      }
      const parsedAt = performance.now();
      const memoryDone = (await usedMemory(redis)) - memory0;
      worker.kill('SIGTERM');
      const out = join(root, 'results.jsonl');
      cli(['queue', 'results', '--jsonl', out, '--redis', server.url]);
      const seconds = (performance.now() - start) / 1000;
      const redisCpu = (cpuSeconds(pid) ?? 0) - cpu0;
      const written = readFileSync(out, 'utf8').split('\n').length - 1;
      console.log(`${label}: ${count} articles, one worker on ${availableParallelism()} cores`);
      console.log(
        table(
          ['what', 'figure'],
          [
            ['add, parse and collect', `${seconds.toFixed(1)} s, ${(written / seconds).toFixed(1)} articles/s`],
            ['parse (from add to the last done)', `${((parsedAt - start) / 1000).toFixed(1)} s`],
            ['Redis CPU per article (add, run, collect)', `${((redisCpu * 1000) / count).toFixed(2)} ms`],
            ['Redis memory per waiting article', `${(memoryWaiting / count / 1024).toFixed(1)} KB`],
            ['Redis memory per done, uncollected article', `${(memoryDone / count / 1024).toFixed(1)} KB`],
            ['results written', `${written} (failed ${status.failed})`],
          ],
        ),
      );
      console.log(`load average: ${loadavg()[0]?.toFixed(2)}`);
    } finally {
      redis.disconnect();
      await server.stop();
      await rm(root, { recursive: true, force: true });
    }
  },
};
