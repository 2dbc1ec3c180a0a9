/**
 * Stream mode's memory: `whosaid parse - --jsonl` (the built command, on every
 * core) fed 100,000 lines, the PolNeAR train texts (or generated articles)
 * over and over, written to its standard input as it reads them and its
 * output read and counted. Prints the peak resident memory of the process
 * (all its threads, from /proc/<pid>/status VmHWM) as the stream goes, which
 * must stay under 300 MB, and the articles per second.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import buildLib from '../../test/support/build-lib';
import { CLI, corpus } from './folder';
import { table, type BenchSection } from './section';

/** Peak resident memory of a process so far, in MB (Linux), or null where /proc is not there. */
function peakMb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export const streamSection: BenchSection = {
  name: 'stream',
  description: 'parse - --jsonl over 100,000 lines: peak memory (target under 300 MB) and articles/s',
  async run({ quick }) {
    buildLib();
    const total = quick ? 5_000 : 100_000;
    const root = await mkdtemp(join(tmpdir(), 'whosaid-bench-'));
    try {
      const { folder, label } = await corpus(root, quick);
      const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort();
      const texts = await Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')));
      console.log(`${total} lines cycling over ${label}, on ${availableParallelism()} cores`);

      const start = performance.now();
      const child = spawn(process.execPath, [CLI, 'parse', '-', '--jsonl'], { stdio: ['pipe', 'pipe', 'ignore'] });
      let lines = 0;
      let peak = 0;
      const samples: string[][] = [];
      child.stdout.on('data', (chunk: Buffer) => {
        for (const byte of chunk) if (byte === 0x0a) lines += 1;
      });
      const sampler = setInterval(() => {
        peak = Math.max(peak, peakMb(child.pid ?? 0) ?? 0);
      }, 200);
      const report = setInterval(
        () => {
          samples.push([
            String(lines),
            `${peak.toFixed(0)} MB`,
            `${((performance.now() - start) / 1000).toFixed(0)} s`,
          ]);
        },
        quick ? 5_000 : 60_000,
      );
      const closed = new Promise<void>((done) => child.once('close', () => done()));
      for (let i = 0; i < total; i += 1) {
        const text = texts[i % texts.length] ?? '';
        const line = `${JSON.stringify({ id: `n${i}`, text })}\n`;
        if (!child.stdin.write(line)) await new Promise((done) => child.stdin.once('drain', done));
      }
      child.stdin.end();
      await closed;
      clearInterval(sampler);
      clearInterval(report);
      const seconds = (performance.now() - start) / 1000;
      samples.push([String(lines), `${peak.toFixed(0)} MB`, `${seconds.toFixed(0)} s`]);
      console.log(table(['articles out', 'peak memory so far', 'time'], samples));
      console.log(
        `\n${lines} of ${total} articles in ${seconds.toFixed(1)} s (${(lines / seconds).toFixed(1)} articles/s); ` +
          `peak memory ${peak.toFixed(0)} MB (target under 300 MB); load average ${loadavg()[0]?.toFixed(2)}`,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
