/**
 * What a bench section is, and the few helpers every section uses to time
 * and print. A section measures and prints; it never fails the process on a
 * missed target (a benchmark is a measurement, not a test).
 */

export type BenchOptions = {
  /** Fewer runs and smaller inputs, for a quick look while developing. */
  quick: boolean;
  /** Print a CPU profile of the heaviest case. */
  profile: boolean;
};

export type BenchSection = {
  /** Short name to pick the section on the command line: `npm run bench -- parser`. */
  name: string;
  /** One line saying what it measures. */
  description: string;
  run: (options: BenchOptions) => Promise<void> | void;
};

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Collects garbage when Node runs with --expose-gc, so one run's garbage is not timed in the next. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/**
 * One call of `fn`: wall-clock milliseconds, and the CPU milliseconds the
 * process spent (user + system). On a machine shared with other work the CPU
 * time is the steadier figure: wall time also counts the others' turns.
 */
export function timeOnce(fn: () => void): { wall: number; cpu: number } {
  collectGarbage();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

export type Timing = {
  runs: number;
  /** Wall-clock milliseconds. */
  median: number;
  min: number;
  max: number;
  /** CPU milliseconds (see `timeOnce`). */
  cpuMedian: number;
  cpuMin: number;
};

/**
 * Warm-up calls, then up to `runs` timed calls (at least one), stopping early once
 * `budgetMs` of timed calls have been spent.
 */
export function measure(
  fn: () => void,
  { warmup, runs, budgetMs }: { warmup: number; runs: number; budgetMs: number },
): Timing {
  for (let i = 0; i < warmup; i += 1) fn();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let spent = 0;
  while (times.length < runs && (times.length === 0 || spent < budgetMs)) {
    const { wall, cpu } = timeOnce(fn);
    times.push(wall);
    cpuTimes.push(cpu);
    spent += wall;
  }
  return {
    runs: times.length,
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    cpuMedian: median(cpuTimes),
    cpuMin: Math.min(...cpuTimes),
  };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(bytes >= 1e7 ? 1 : 2)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** A plain-text table with columns padded to their widest cell; numbers right-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, c) => Math.max(header.length, ...rows.map((row) => (row[c] ?? '').length)));
  const numeric = headers.map(
    (_, c) => rows.length > 0 && rows.every((row) => /^[\d.,×x\s%–-]*[\d]/.test(row[c] ?? '')),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** `met` / `NOT MET`, so a missed target stands out in the output. */
export function verdict(ok: boolean): string {
  return ok ? 'met' : 'NOT MET';
}
