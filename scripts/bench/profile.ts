/**
 * A CPU profile of one piece of work, summarised as the functions that spend
 * the most time themselves: the "where does the time go" hint a slow
 * benchmark needs. The full profile is written as a .cpuprofile file that
 * Chrome DevTools (Performance tab) or VS Code opens.
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
};
type Profile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples?: number[]; timeDeltas?: number[] };

/**
 * `src/parser/quotes.ts:42`: the source line, through the source map when Node
 * keeps one (tsx compiles each file to one line; run with --enable-source-maps).
 */
function locate(url: string, line: number, column: number): string {
  if (!url) return '(native)';
  if (!url.startsWith('file://')) return url;
  const entry = findSourceMap(url)?.findEntry(line, column);
  const [file, sourceLine] =
    entry && 'originalSource' in entry ? [entry.originalSource, entry.originalLine] : [url, line];
  const path = file.startsWith('file://') ? new URL(file).pathname : file;
  return `${relative(process.cwd(), path)}:${sourceLine + 1}`;
}

export type Hotspot = { name: string; where: string; selfMs: number; share: number };

/** Self time per function, largest first (`top` of them; all with `top` = Infinity). */
export async function profile(
  label: string,
  work: () => void,
  top = 12,
): Promise<{ hotspots: Hotspot[]; file: string }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  work();
  const { profile: result } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();

  const file = join(tmpdir(), `whosaid-bench-${label.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`);
  await writeFile(file, JSON.stringify(result));

  // Self time of a node: the time deltas of the samples taken while it was on top of the stack.
  const selfMs = new Map<number, number>();
  (result.samples ?? []).forEach((id, i) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (result.timeDeltas?.[i + 1] ?? 0) / 1000);
  });
  const byFunction = new Map<string, Hotspot>();
  for (const node of result.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const ms = selfMs.get(node.id) ?? 0;
    // Idle time and the profiler's own calls are not the work being profiled.
    if (ms === 0 || functionName === '(idle)' || functionName === '(program)' || url.startsWith('node:inspector'))
      continue;
    const where = locate(url, lineNumber, columnNumber);
    const name = functionName || '(anonymous)';
    const key = `${name} ${where}`;
    const entry = byFunction.get(key) ?? { name, where, selfMs: 0, share: 0 };
    entry.selfMs += ms;
    byFunction.set(key, entry);
  }
  const all = [...byFunction.values()];
  const sum = all.reduce((s, h) => s + h.selfMs, 0) || 1;
  for (const hotspot of all) hotspot.share = hotspot.selfMs / sum;
  return { hotspots: all.sort((a, b) => b.selfMs - a.selfMs).slice(0, top), file };
}
