/**
 * All cores for real: the built `whosaid` command (lib/cli.js, prebuilt
 * worker threads) on the PolNeAR train texts, or on generated news-length
 * articles when PolNeAR is not at /work/data/polnear (or $POLNEAR): articles
 * per second on one worker and on every core, in folder mode and in stream
 * mode, and the speed-up. Each figure is the best of a few runs, because other
 * programs on a shared machine take cores at random; the load average is
 * printed beside it.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import buildLib from '../../test/support/build-lib';
import { generateArticle } from '../../test/support/generate-article';
import { table, type BenchSection } from './section';

export const CLI = resolve('lib/cli.js');

/** The PolNeAR train texts, when the corpus is here. */
export function polnearTrain(): string | null {
  const root = process.env.POLNEAR ?? '/work/data/polnear';
  const folder = join(root, 'data', 'train', 'text');
  return existsSync(folder) ? folder : null;
}

/** A folder of `.txt` articles to measure on, and what it is. */
export async function corpus(root: string, quick: boolean): Promise<{ folder: string; label: string }> {
  const train = polnearTrain();
  if (train) return { folder: train, label: `PolNeAR train (${train})` };
  const folder = join(root, 'generated');
  await mkdir(folder);
  const count = quick ? 100 : 840;
  for (let i = 0; i < count; i += 1) {
    const { text } = generateArticle({ seed: 1000 + i, targetLength: 5_000 });
    await writeFile(join(folder, `article-${String(i).padStart(4, '0')}.txt`), text);
  }
  return { folder, label: `${count} generated articles of about 5 KB (PolNeAR not found)` };
}

/** CPU seconds (user + system, all threads) a process has used so far, from /proc (Linux), or null. */
export function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name; in clock ticks (100 a second).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

type CliRun = { seconds: number; lines: number; cpu: number | null };

/** Runs `node lib/cli.js …`, optionally piping a file to its stdin; resolves to seconds, output lines and CPU seconds. */
function timeCli(args: readonly string[], stdinFile: string | null): Promise<CliRun> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'ignore'] });
    let cpu: number | null = null;
    const sampler = setInterval(() => {
      cpu = cpuSeconds(child.pid ?? 0) ?? cpu;
    }, 50);
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0a) lines += 1;
    });
    child.once('error', fail);
    child.once('close', () => {
      clearInterval(sampler);
      done({ seconds: (performance.now() - start) / 1000, lines, cpu });
    });
    if (stdinFile) createReadStream(stdinFile).pipe(child.stdin);
    else child.stdin.end();
  });
}

async function best(runs: number, measure: () => Promise<CliRun>) {
  let fastest: CliRun = { seconds: Infinity, lines: 0, cpu: null };
  for (let i = 0; i < runs; i += 1) {
    const result = await measure();
    if (result.seconds < fastest.seconds) fastest = result;
  }
  return fastest;
}

export const folderSection: BenchSection = {
  name: 'folder',
  description: 'the built command on every core: articles/s on 1 worker and on all, folder and stream mode',
  async run({ quick }) {
    buildLib();
    const cores = availableParallelism();
    const root = await mkdtemp(join(tmpdir(), 'whosaid-bench-'));
    try {
      const { folder, label } = await corpus(root, quick);
      const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort();
      const count = quick ? Math.min(names.length, 100) : names.length;
      const input = join(root, 'input');
      await mkdir(input);
      let bytes = 0;
      const lines: string[] = [];
      for (const name of names.slice(0, count)) {
        const text = await readFile(join(folder, name), 'utf8');
        bytes += Buffer.byteLength(text);
        await writeFile(join(input, name), text);
        lines.push(JSON.stringify({ id: name.replace(/\.txt$/, '').replace(/[^A-Za-z0-9_-]/g, '-'), text }));
      }
      const jsonl = join(root, 'input.jsonl');
      await writeFile(jsonl, `${lines.join('\n')}\n`);
      console.log(`${label}: ${count} articles, ${(bytes / count / 1000).toFixed(1)} KB each on average`);

      const runs = quick ? 1 : 3;
      const rows: string[][] = [];
      const ratios: string[] = [];
      for (const mode of ['folder', 'stream'] as const) {
        const rate: number[] = [];
        for (const jobs of [1, cores]) {
          const args =
            mode === 'folder'
              ? ['parse', input, '--jsonl', join(root, 'out.jsonl'), '--jobs', String(jobs)]
              : ['parse', '-', '--jsonl', '--jobs', String(jobs)];
          const result = await best(runs, () => timeCli(args, mode === 'stream' ? jsonl : null));
          const parsed = mode === 'stream' ? result.lines : count;
          rate.push(parsed / result.seconds);
          rows.push([
            mode,
            String(jobs),
            `${result.seconds.toFixed(2)} s`,
            (parsed / result.seconds).toFixed(1),
            result.cpu === null ? '' : `${result.cpu.toFixed(1)} s`,
            loadavg()[0]?.toFixed(2) ?? '',
          ]);
        }
        ratios.push(`${mode} ${((rate[1] ?? 0) / (rate[0] ?? 1)).toFixed(2)}×`);
      }
      console.log(
        table(['mode', 'workers', `best of ${runs}`, 'articles/s', 'CPU (all threads)', 'load (1 min)'], rows),
      );
      console.log(
        `\nspeed-up on ${cores} cores: ${ratios.join(', ')} (ideal ${cores}×; times include starting the process)`,
      );
      console.log(
        'A load average above the core count means other programs had the cores: measure again when the machine is quiet.\n' +
          'CPU time about equal on 1 and all workers means the threads add little work of their own.',
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
