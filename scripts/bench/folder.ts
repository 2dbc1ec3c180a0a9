/**
 * All cores for real: the built `whosaid` command (lib/cli.js; folder mode on
 * child processes that each take batches of files, stream mode on worker threads) on the
 * PolNeAR train texts, or on generated news-length articles when PolNeAR is
 * not at /work/data/polnear (or $POLNEAR): articles per second on one thread
 * and on every core, in folder mode and in stream mode, and the speed-up.
 * Other programs on a shared machine take cores at random, so each case runs
 * five times, one thread and all threads taking turns, and the figures are
 * medians, with each run's load average printed beside it. Beside the wall
 * clock it prints the CPU of the whole run (every process and thread) per
 * 1,000 articles, which other programs change less.
 *
 * `WHOSAID_BENCH_AGAINST=<other checkout>/lib/cli.js npm run bench -- folder`
 * also runs another build of the command (main's, say) in the same rounds,
 * each run of it beside the same run of this one, for a before/after on the
 * same machine at the same time. `WHOSAID_BENCH_MODES=folder` measures folder mode only.
 *
 * Where a run's wall clock goes: `WHOSAID_TIMELINE=1 whosaid parse <folder> --jobs 2 …` writes each
 * child's start, parser load and batches to standard error (src/cli/timeline.ts, docs/scale.md).
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import buildLib from '../../test/support/build-lib';
import { generateArticle } from '../../test/support/generate-article';
import { median, table, type BenchSection } from './section';

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

/**
 * CPU seconds (user + system) of this process's children that have ended and
 * been waited for, with all their own waited-for descendants (cutime and
 * cstime of /proc/self/stat): a run's whole CPU, its child processes and
 * threads included, is the change across it. Null where /proc is not there.
 */
function endedChildrenCpu(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // cutime and cstime are fields 16 and 17 of stat, 14 and 15 after the command name; in clock ticks.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

type CliRun = {
  seconds: number;
  lines: number;
  /** One-minute load average as the run started. */
  load: number;
  /** CPU seconds of the command and every process it started, all threads. */
  cpu: number;
  /** CPU seconds of the command's own process (this process's parsing, reading, writing, messages). */
  parentCpu: number;
};

/** Runs `node <cli> …`, optionally piping a file to its stdin; resolves to seconds, output lines and CPU. */
function timeCli(args: readonly string[], stdinFile: string | null, cli = CLI): Promise<CliRun> {
  return new Promise((done, fail) => {
    const load = loadavg()[0] ?? 0;
    const before = endedChildrenCpu() ?? 0;
    const start = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'ignore'] });
    const pid = child.pid ?? 0;
    let parentCpu = 0;
    const sampler = setInterval(() => {
      parentCpu = cpuSeconds(pid) ?? parentCpu;
    }, 50);
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0a) lines += 1;
    });
    child.once('error', fail);
    child.once('close', () => {
      clearInterval(sampler);
      const seconds = (performance.now() - start) / 1000;
      done({ seconds, lines, load, cpu: (endedChildrenCpu() ?? 0) - before, parentCpu });
    });
    if (stdinFile) createReadStream(stdinFile).pipe(child.stdin);
    else child.stdin.end();
  });
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

type Measured = {
  mode: 'folder' | 'stream';
  threads: number;
  parsed: number;
  runs: CliRun[];
  /** The command measured: this checkout's lib/cli.js, or the other build (WHOSAID_BENCH_AGAINST). */
  cli: string;
};

/** "folder", or "folder (other)" for the other build. */
const label = (m: Measured) => (m.cli === CLI ? m.mode : `${m.mode} (other)`);

const perThousand = (m: Measured, cpu: number) => `${((cpu / m.parsed) * 1000).toFixed(2)} s`;

function row(m: Measured): string[] {
  const seconds = median(m.runs.map((run) => run.seconds));
  return [
    label(m),
    String(m.threads),
    m.runs.map((run) => `${run.seconds.toFixed(1)} (${run.load.toFixed(1)})`).join(', '),
    `${seconds.toFixed(2)} s`,
    (m.parsed / seconds).toFixed(1),
    perThousand(m, median(m.runs.map((run) => run.cpu))),
    perThousand(m, median(m.runs.map((run) => run.parentCpu))),
    perThousand(m, median(m.runs.map((run) => Math.max(0, run.cpu - run.parentCpu)))),
  ];
}

/** The speed-up on the medians, and round by round (each round ran 1 thread and all, back to back). */
function speedUp(one: Measured, all: Measured): string {
  const rate = (m: Measured, run: CliRun) => m.parsed / run.seconds;
  const onMedians = median(all.runs.map((run) => run.seconds)) / all.parsed;
  const ratio = median(one.runs.map((run) => run.seconds)) / one.parsed / onMedians;
  const rounds = one.runs.map((run, i) => {
    const other = all.runs[i];
    return other ? rate(all, other) / rate(one, run) : Number.NaN;
  });
  const cpu = (m: Measured) => median(m.runs.map((run) => run.cpu)) / m.parsed;
  const loads = [...one.runs, ...all.runs].map((run) => run.load);
  return (
    `${label(one)}: ${ratio.toFixed(2)}× on the medians (--jobs ${all.threads} against --jobs 1; target 1.7× on 2 cores); ` +
    `round by round ${rounds.map((r) => `${r.toFixed(2)}×`).join(', ')}; ` +
    `CPU per article ${(cpu(all) / cpu(one)).toFixed(2)}× that of --jobs 1; ` +
    `load average ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)}`
  );
}

/** For each mode and --jobs, this build's median time against the other build's, as a speed-up. */
function againstOther(measured: readonly Measured[]): string {
  const mine = measured.filter((m) => m.cli === CLI);
  return mine
    .map((m) => {
      const theirs = measured.find((o) => o.cli !== CLI && o.mode === m.mode && o.threads === m.threads);
      if (!theirs) return '';
      const seconds = (x: Measured) => median(x.runs.map((run) => run.seconds)) / x.parsed;
      return `  ${m.mode} --jobs ${m.threads}: ${(seconds(theirs) / seconds(m)).toFixed(2)}× as fast`;
    })
    .join('\n');
}

function cpuCores(): number {
  return availableParallelism();
}

export const folderSection: BenchSection = {
  name: 'folder',
  description:
    'the built command on every core: articles/s on 1 thread and on all, folder and stream mode, medians of 5 runs',
  async run({ quick }) {
    buildLib();
    const cores = cpuCores();
    const root = await mkdtemp(join(tmpdir(), 'whosaid-bench-'));
    try {
      const { input, jsonl, count } = await writeInput(root, quick);
      const runs = quick ? 1 : 5;
      const clis = other() ? [other() ?? CLI, CLI] : [CLI];
      const measured: Measured[] = [];
      for (const mode of modes()) {
        const args = (threads: number) =>
          mode === 'folder'
            ? ['parse', input, '--jsonl', join(root, 'out.jsonl'), '--jobs', String(threads)]
            : ['parse', '-', '--jsonl', '--jobs', String(threads)];
        const cases: Measured[] = clis.flatMap((cli) =>
          [1, cores].map((threads) => ({ mode, threads, parsed: count, runs: [], cli })),
        );
        // Interleaved (one job on each build, then all on each, …), so a change in the machine's load falls on
        // all alike, and backwards every other round: on a busy machine a run just after another was slower.
        const order = [...cases].sort((a, b) => a.threads - b.threads);
        for (let i = 0; i < runs; i += 1) {
          for (const m of i % 2 === 0 ? order : [...order].reverse()) {
            m.runs.push(await timeCli(args(m.threads), mode === 'stream' ? jsonl : null, m.cli));
          }
        }
        if (mode === 'stream') for (const m of cases) m.parsed = median(m.runs.map((run) => run.lines));
        measured.push(...cases);
      }
      const headers = ['mode', '--jobs', 'runs: s (load average)', `median of ${runs}`, 'articles/s'];
      headers.push('CPU / 1,000 articles', 'of it, command process', 'child processes');
      console.log(table(headers, measured.map(row)));
      console.log(`\nspeed-up on ${cores} cores (ideal ${cores}×; times include starting the processes):`);
      for (let i = 0; i + 1 < measured.length; i += 2) {
        const [one, all] = [measured[i], measured[i + 1]];
        if (one && all) console.log(`  ${speedUp(one, all)}`);
      }
      if (clis.length > 1) console.log(`\nthis build against the other (${other() ?? ''}):\n${againstOther(measured)}`);
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
  const before = endedChildrenCpu() ?? 0;
  const pair = await Promise.all([timeCli(args(1), null), timeCli(args(2), null)]);
  const alone = (median(solo.runs.map((run) => run.cpu)) / solo.parsed) * 1000;
  // Each run's own CPU is from the process itself; together, from both ended processes.
  const both = (((endedChildrenCpu() ?? 0) - before) / 2 / solo.parsed) * 1000;
  console.log(
    `\ntwo 1-thread runs at once (${pair.map((run) => `${run.seconds.toFixed(1)} s`).join(' and ')}, ` +
      `load ${pair[0]?.load.toFixed(1)}): ${both.toFixed(2)} s of CPU per 1,000 articles each, against ${alone.toFixed(2)} s ` +
      `alone (${change(both / alone)}; on a quiet machine, much more than ~10 % means the cores share hardware and ` +
      '2× is out of reach)',
  );
}

/** The modes to measure: both, or those WHOSAID_BENCH_MODES names (`folder`, to keep a locked run short). */
function modes(): ('folder' | 'stream')[] {
  const named = (process.env.WHOSAID_BENCH_MODES ?? 'folder,stream').split(',');
  return (['folder', 'stream'] as const).filter((mode) => named.includes(mode));
}

/** Another build of the command to measure beside this one (WHOSAID_BENCH_AGAINST), when given. */
function other(): string | null {
  const path = process.env.WHOSAID_BENCH_AGAINST;
  return path ? resolve(path) : null;
}

const NOTES = `
Each run is the built command in a process of its own, process start included; "runs" lists each
run's seconds and the one-minute load average as it started, --jobs 1 and --jobs N taking turns,
in reverse order every other round (and with WHOSAID_BENCH_AGAINST, "(other)" is that build).
Folder mode's --jobs N is N child processes, each reading, parsing and writing its own batches of
files, with the command process counting and joining; stream mode's is N worker threads.
Their timeline (WHOSAID_TIMELINE=1) shows no child waiting: under 0.1 s idle per child in all,
a tail under 0.1 s. What --jobs 2 loses is CPU: each child starts and warms up its own V8 (the
first ~400 articles at about twice the steady cost), and two parsers side by side each run about
15 % slower per article than one alone (the side-by-side check below).
CPU is the command's and every process it started (folder mode's child processes), all threads,
from this process's ended children (/proc/self/stat), median of the runs; "command process" is the
command's own process (sampled from /proc/<pid>/stat), "child processes" the rest. With a load
average above the core count, other programs had the cores and the wall-clock ratio says little
(and favours a design that waits on I/O more: the scheduler gives a waking thread more than its
share, docs/scale.md); the CPU per article says how much work the extra threads and processes add.`;
