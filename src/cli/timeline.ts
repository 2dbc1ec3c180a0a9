/**
 * With `WHOSAID_TIMELINE=1` in the environment, folder mode writes a timeline of
 * its run to standard error, one event a line: `timeline <ms> <pid> <event>`,
 * `<ms>` milliseconds since the epoch (to 0.1 ms), so the command process's and
 * its children's lines sort into one run. It says where the wall clock goes
 * when `--jobs N` is slower than N times `--jobs 1` (docs/scale.md): when each
 * child started and loaded the parser, when each batch was sent, started,
 * ended and came back, and the CPU each process used. Off, it costs nothing.
 */
import type { ParseTask } from './parse-task';

const on = process.env.WHOSAID_TIMELINE === '1';

/** Milliseconds since the epoch, to a tenth. */
function now(): string {
  return (performance.timeOrigin + performance.now()).toFixed(1);
}

/** Writes one event (when the timeline is on). */
export function mark(event: string): void {
  if (on) process.stderr.write(`timeline ${now()} ${process.pid} ${event}\n`);
}

/** Writes this process's start (as Node counts it) and its CPU so far, in ms (when the timeline is on). */
export function markCpu(event: string): void {
  if (!on) return;
  const cpu = process.cpuUsage();
  mark(`${event} cpu-user=${(cpu.user / 1000).toFixed(0)} cpu-system=${(cpu.system / 1000).toFixed(0)}`);
}

/** Writes when this process began (performance.timeOrigin), for a child's start-up. */
export function markOrigin(): void {
  if (on) process.stderr.write(`timeline ${performance.timeOrigin.toFixed(1)} ${process.pid} process-origin\n`);
}

/** A task's name in the timeline: a batch's first file and its length. */
export function taskLabel(task: ParseTask): string {
  if (task.kind === 'batch') return `batch=${task.job.jobs[0]?.file.split('/').pop() ?? ''}+${task.job.jobs.length}`;
  return task.kind;
}
