/**
 * Stream mode's memory: `whosaid parse - --jsonl` (the built command, on every
 * core) fed 100,000 lines, the PolNeAR train texts (or generated articles)
 * over and over, written to its standard input as it reads them and its
 * output read and counted. Prints, every 10,000 articles out, the resident
 * memory of the process (all its threads) now and its peak so far (from
 * /proc/<pid>/status, VmRSS and VmHWM), so that flatness shows; the peak must
 * stay under 300 MB. Then the articles per second.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import buildLib from '../../test/support/build-lib';
import { CLI, corpus } from './folder';
import type { BenchSection } from './section';

/** Resident memory of a process now and at its peak so far, in MB (Linux), or null where /proc is not there. */
function residentMb(pid: number): { now: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) / 1024;
    return { now: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return null;
  }
}

const mb = (value: number) => `${value.toFixed(0)} MB`;

export const streamSection: BenchSection = {
  name: 'stream',
  description: 'parse - --jsonl over 100,000 lines: resident memory every 10,000 (peak under 300 MB) and articles/s',
  async run({ quick }) {
    buildLib();
    const total = quick ? 5_000 : 100_000;
    const every = quick ? 1_000 : 10_000;
    const root = await mkdtemp(join(tmpdir(), 'whosaid-bench-'));
    try {
      const { folder, label } = await corpus(root, quick);
      const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort();
      const texts = await Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')));
      console.log(`${total} lines cycling over ${label}, on ${availableParallelism()} cores`);

      const start = performance.now();
      const child = spawn(process.execPath, [CLI, 'parse', '-', '--jsonl'], { stdio: ['pipe', 'pipe', 'ignore'] });
      const pid = child.pid ?? 0;
      let lines = 0;
      let peak = 0;
      // Each row is printed as it comes, so a long run shows its memory as it goes.
      const headers = ['articles out', 'resident now', 'peak so far', 'time', 'load average'];
      console.log(headers.join('  '));
      const sample = () => {
        const memory = residentMb(pid);
        if (memory) peak = Math.max(peak, memory.peak);
        return memory;
      };
      const note = () => {
        const memory = sample();
        const seconds = (performance.now() - start) / 1000;
        const cells = [
          lines.toLocaleString('en'),
          memory ? mb(memory.now) : '?',
          mb(peak),
          `${seconds.toFixed(0)} s`,
          loadavg()[0]?.toFixed(1) ?? '?',
        ];
        console.log(cells.map((cell, i) => cell.padStart(headers[i]?.length ?? 0)).join('  '));
      };
      child.stdout.on('data', (chunk: Buffer) => {
        for (const byte of chunk) {
          if (byte !== 0x0a) continue;
          lines += 1;
          if (lines % every === 0) note();
        }
      });
      // VmHWM keeps the peak between the rows; this catches the end, after the last row.
      const sampler = setInterval(sample, 500);
      const closed = new Promise<void>((done) => child.once('close', () => done()));
      for (let i = 0; i < total; i += 1) {
        const text = texts[i % texts.length] ?? '';
        const line = `${JSON.stringify({ id: `n${i}`, text })}\n`;
        if (!child.stdin.write(line)) await new Promise((done) => child.stdin.once('drain', done));
      }
      child.stdin.end();
      await closed;
      clearInterval(sampler);
      const seconds = (performance.now() - start) / 1000;
      console.log(
        `\n${lines} of ${total} articles in ${seconds.toFixed(1)} s (${(lines / seconds).toFixed(1)} articles/s); ` +
          `peak memory ${mb(peak)} (target under 300 MB); load average ${loadavg()[0]?.toFixed(2)}`,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
