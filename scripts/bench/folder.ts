/**
 * All cores for real: the built `whosaid` command (lib/cli.js, prebuilt
 * worker threads) on the PolNeAR train texts, or on generated news-length
 * articles when PolNeAR is not at /work/data/polnear (or $POLNEAR): articles
 * per second on one thread and on every core, in folder mode and in stream
 * mode, and the speed-up. Each figure is the best of a few runs, because other
 * programs on a shared machine take cores at random; the load average is
 * printed beside it. Beside the wall clock it prints the CPU each run used per
 * 1,000 articles and the main thread's share, which other programs barely
 * change, and from them an estimate of the speed-up on free cores.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import buildLib from '../../test/support/build-lib';
import { generateArticle } from '../../test/support/generate-article';
import { table, type BenchSection } from './section';
import { mergeThreadCpu, quietSeconds, splitCpu, threadCpu, type CpuSplit, type ThreadCpu } from './thread-cpu';

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

type CliRun = { seconds: number; lines: number; cpu: CpuSplit };

/** Runs `node lib/cli.js …`, optionally piping a file to its stdin; resolves to seconds, output lines and where the CPU went. */
function timeCli(args: readonly string[], stdinFile: string | null): Promise<CliRun> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'ignore'] });
    const pid = child.pid ?? 0;
    const threads: ThreadCpu = new Map();
    const sampler = setInterval(() => mergeThreadCpu(threads, threadCpu(pid)), 50);
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0a) lines += 1;
    });
    child.once('error', fail);
    child.once('close', () => {
      clearInterval(sampler);
      done({ seconds: (performance.now() - start) / 1000, lines, cpu: splitCpu(pid, threads) });
    });
    if (stdinFile) createReadStream(stdinFile).pipe(child.stdin);
    else child.stdin.end();
  });
}

/** The fastest of a few runs, and the one that used the least CPU (the least disturbed by other programs). */
async function best(runs: number, measure: () => Promise<CliRun>): Promise<{ fastest: CliRun; leanest: CliRun }> {
  const all: CliRun[] = [];
  for (let i = 0; i < runs; i += 1) all.push(await measure());
  const fastest = all.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const leanest = all.reduce((a, b) => (b.cpu.total < a.cpu.total ? b : a));
  return { fastest, leanest };
}

/**
 * The input: the corpus's texts three times over (ids made distinct), so
 * that starting the threads is small beside the work, as in a real archive
 * run; as a folder of `.txt` files and as one JSON Lines file.
 */
async function writeInput(root: string, quick: boolean) {
  const { folder, label } = await corpus(root, quick);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort();
  const texts = await Promise.all(
    names.slice(0, quick ? 100 : names.length).map((n) => readFile(join(folder, n), 'utf8')),
  );
  const copies = quick ? 1 : 3;
  const input = join(root, 'input');
  await mkdir(input);
  let bytes = 0;
  const lines: string[] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    for (const [i, text] of texts.entries()) {
      const id = `c${copy}-${(names[i] ?? '').replace(/\.txt$/, '').replace(/[^A-Za-z0-9_-]/g, '-')}`;
      bytes += Buffer.byteLength(text);
      await writeFile(join(input, `${id}.txt`), text);
      lines.push(JSON.stringify({ id, text }));
    }
  }
  const jsonl = join(root, 'input.jsonl');
  await writeFile(jsonl, `${lines.join('\n')}\n`);
  const count = lines.length;
  console.log(
    `${label}, ${copies === 1 ? 'once' : `${copies} times over`}: ${count} articles, ` +
      `${(bytes / count / 1000).toFixed(1)} KB each on average`,
  );
  return { input, jsonl, count };
}

type Measured = { mode: 'folder' | 'stream'; threads: number; parsed: number; fastest: CliRun; leanest: CliRun };

function row(m: Measured): string[] {
  const { fastest, leanest, parsed } = m;
  return [
    m.mode,
    String(m.threads),
    `${fastest.seconds.toFixed(2)} s`,
    (parsed / fastest.seconds).toFixed(1),
    `${leanest.cpu.total.toFixed(1)} s`,
    `${((leanest.cpu.total / parsed) * 1000).toFixed(2)} s`,
    `${((leanest.cpu.main / leanest.cpu.total) * 100).toFixed(0)} %`,
    `${((leanest.cpu.workers / leanest.cpu.total) * 100).toFixed(0)} %`,
    `${quietSeconds(leanest.cpu, cpuCores()).toFixed(2)} s`,
  ];
}

function cpuCores(): number {
  return availableParallelism();
}

/** The speed-up measured, and the one the CPU figures predict on free cores. */
function speedUps(one: Measured, all: Measured): string {
  const cores = cpuCores();
  const measured = one.fastest.seconds / one.parsed / (all.fastest.seconds / all.parsed);
  const perArticle = (run: Measured) => run.leanest.cpu.total / run.parsed;
  const estimate =
    quietSeconds(one.leanest.cpu, cores) / one.parsed / (quietSeconds(all.leanest.cpu, cores) / all.parsed);
  const busy = one.leanest.cpu.total / Math.max(one.leanest.cpu.busiest, 0.01);
  return (
    `${one.mode}: measured ${measured.toFixed(2)}× (wall clock, load ${loadavg()[0]?.toFixed(1)}); ` +
    `CPU per article ${(perArticle(all) / perArticle(one)).toFixed(2)}× that of 1 thread, ` +
    `which keeps ${busy.toFixed(2)} cores busy (V8's helper threads); ESTIMATE on ${cores} free cores ${estimate.toFixed(2)}×`
  );
}

export const folderSection: BenchSection = {
  name: 'folder',
  description:
    'the built command on every core: articles/s on 1 thread and on all, folder and stream mode, CPU per article',
  async run({ quick }) {
    buildLib();
    const cores = cpuCores();
    const root = await mkdtemp(join(tmpdir(), 'whosaid-bench-'));
    try {
      const { input, jsonl, count } = await writeInput(root, quick);
      const runs = quick ? 1 : 3;
      const measured: Measured[] = [];
      for (const mode of ['folder', 'stream'] as const) {
        for (const threads of [1, cores]) {
          const args =
            mode === 'folder'
              ? ['parse', input, '--jsonl', join(root, 'out.jsonl'), '--jobs', String(threads)]
              : ['parse', '-', '--jsonl', '--jobs', String(threads)];
          const result = await best(runs, () => timeCli(args, mode === 'stream' ? jsonl : null));
          measured.push({ mode, threads, parsed: mode === 'stream' ? result.fastest.lines : count, ...result });
        }
      }
      const headers = ['mode', 'threads', `best of ${runs}`, 'articles/s', 'CPU', 'CPU / 1,000 articles'];
      headers.push('main thread', 'worker threads', 'quiet-machine time (estimate)');
      console.log(table(headers, measured.map(row)));
      console.log(`\nspeed-up on ${cores} cores (ideal ${cores}×; times include starting the process):`);
      for (let i = 0; i + 1 < measured.length; i += 2) {
        const [one, all] = [measured[i], measured[i + 1]];
        if (one && all) console.log(`  ${speedUps(one, all)}`);
      }
      console.log(NOTES);
      const solo = measured.find((m) => m.mode === 'folder' && m.threads === 1);
      if (solo && cores >= 2) await sideBySide(root, input, solo);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};

/**
 * Two one-thread runs at once, each on its own core if the cores are free:
 * their CPU per article against one run alone. Much more means the cores share
 * hardware (two hyper-threads of one physical core, as cloud vCPUs often are),
 * and then no way of spreading the work gives 2×.
 */
/** A ratio as a change in percent: 1.23 is "+23 %". */
function change(ratio: number): string {
  const percent = Math.round((ratio - 1) * 100);
  return `${percent >= 0 ? '+' : ''}${percent} %`;
}

async function sideBySide(root: string, input: string, solo: Measured): Promise<void> {
  const args = (n: number) => ['parse', input, '--jsonl', join(root, `side-${n}.jsonl`), '--jobs', '1'];
  const pair = await Promise.all([timeCli(args(1), null), timeCli(args(2), null)]);
  const alone = (solo.leanest.cpu.total / solo.parsed) * 1000;
  const both = pair.map((run) => (run.cpu.total / solo.parsed) * 1000);
  console.log(
    `\ntwo 1-thread runs at once: ${both.map((s) => s.toFixed(2)).join(' s and ')} s of CPU per 1,000 articles, ` +
      `against ${alone.toFixed(2)} s alone (${change(Math.max(...both) / alone)}; ` +
      'on a quiet machine, much more than ~10 % means the cores share hardware and 2× is out of reach)',
  );
}

const NOTES = `
CPU columns are from the run (of the best-of) that used the least CPU, all threads of the process
(main, workers, V8's compiler and GC helpers, libuv), from /proc/<pid>/task. "main thread" and
"worker threads" are their shares of it; the rest is V8's and libuv's helper threads.
The ESTIMATE assumes the cores are free: a run takes the longer of its busiest thread's CPU and
its total CPU over the cores ("quiet-machine time"); it leaves out a thread waiting for work,
so it is optimistic. With a load average above the core count, other programs had the cores
and the measured wall-clock ratio says little: run again on a quiet machine.`;
