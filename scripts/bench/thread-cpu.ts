/**
 * CPU time per thread of a running process (Linux, from /proc/<pid>/task), and
 * what it says about a quiet machine. On a shared machine wall-clock rates
 * measure the other programs as much as ours, but the CPU each thread of ours
 * used is about the same whoever else runs: from it the bench estimates the
 * wall-clock time a run would take with the cores to itself.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Seconds of CPU (user + system) each thread has used, by thread id, with its name. */
export type ThreadCpu = Map<number, { name: string; seconds: number }>;

/** Reads every thread's CPU time now; an empty map where /proc is not there or the process has ended. */
export function threadCpu(pid: number): ThreadCpu {
  const threads: ThreadCpu = new Map();
  let ids: string[];
  try {
    ids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads;
  }
  for (const id of ids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${id}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      // utime and stime, fields 14 and 15 of stat (11 and 12 after the name and state), in ticks of 1/100 s.
      const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
      threads.set(Number(id), { name: stat.slice(stat.indexOf('(') + 1, close), seconds });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return threads;
}

/** Keeps the latest reading of each thread, so threads that end before the process keep their time. */
export function mergeThreadCpu(into: ThreadCpu, reading: ThreadCpu): void {
  for (const [id, thread] of reading) into.set(id, thread);
}

/** Where one run's CPU went. */
export type CpuSplit = {
  /** All threads, seconds. */
  total: number;
  /** The main thread (reading, ordering, writing; and parsing its own share). */
  main: number;
  /** Node's worker threads (`WorkerThread`): parsing. */
  workers: number;
  /** The busiest single thread: no run can end sooner than this. */
  busiest: number;
};

export function splitCpu(pid: number, threads: ThreadCpu): CpuSplit {
  let total = 0;
  let workers = 0;
  let busiest = 0;
  for (const [, thread] of threads) {
    total += thread.seconds;
    busiest = Math.max(busiest, thread.seconds);
    if (thread.name === 'WorkerThread') workers += thread.seconds;
  }
  return { total, main: threads.get(pid)?.seconds ?? 0, workers, busiest };
}

/**
 * The wall-clock seconds a run would take on `cores` free cores: its CPU
 * spread over every core, or its busiest thread, whichever is longer. It
 * leaves out waiting (a thread idle for want of work), so it is a floor; the
 * quiet-machine run is the measurement.
 */
export function quietSeconds(split: CpuSplit, cores: number): number {
  return Math.max(split.busiest, split.total / cores);
}
