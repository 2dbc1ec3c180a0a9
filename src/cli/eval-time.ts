/**
 * `npm run --silent eval:time -- <folder or .tml file>... [--errors n] [--types DATE,DURATION]`
 *
 * Scores the parser's time expressions against TimeML gold (TempEval-3's
 * TimeBank, AQUAINT or platinum .tml files; the folder is read recursively).
 * Each document's creation date is passed as the publication date. Prints
 * relaxed and strict extent P/R/F1, value F1, value and type accuracy, then
 * examples of misses, false alarms and wrong values.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  addTimeCounts,
  emptyTimeCounts,
  formatTimeFigures,
  parseTimeml,
  scoreTimeDocument,
  systemTimexes,
  TimemlError,
  type TimeExample,
  type TimexType,
} from '@/eval';

const USAGE = 'usage: eval:time <folder or .tml file>... [--errors n] [--types DATE,DURATION]';

function fail(message: string): never {
  process.stderr.write(`eval:time: ${message}\n`);
  process.exit(2);
}

function tmlFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    fail(`"${path}" does not exist`);
  }
  if (stat.isFile()) return path.endsWith('.tml') ? [path] : fail(`"${path}" is not a .tml file`);
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(full).isDirectory())) return tmlFiles(full);
      return entry.name.endsWith('.tml') ? [full] : [];
    });
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { errors: { type: 'string', default: '15' }, types: { type: 'string', default: 'DATE,DURATION' } },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

function spread(examples: readonly TimeExample[], count: number): TimeExample[] {
  if (examples.length <= count) return [...examples];
  const step = examples.length / count;
  return Array.from({ length: count }, (_, i) => examples[Math.floor(i * step)] as TimeExample);
}

function main(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const { values, positionals } = readArgs();
  if (positionals.length === 0) fail(USAGE);
  const errorCount = Number(values.errors);
  if (!Number.isInteger(errorCount) || errorCount < 0) fail('--errors takes a whole number');
  const types = values.types.split(',').map((t) => t.trim().toUpperCase());
  const known = ['DATE', 'TIME', 'DURATION', 'SET'];
  const unknown = types.find((t) => !known.includes(t));
  if (unknown !== undefined) fail(`unknown TIMEX3 type "${unknown}" (DATE, TIME, DURATION or SET)`);
  const files = positionals.flatMap((root) => {
    const found = tmlFiles(root).map((file) => ({ file, name: relative(root, file) || file }));
    return found.length > 0 ? found : fail(`no .tml files under "${root}"`);
  });

  let total = emptyTimeCounts();
  const examples: TimeExample[] = [];
  const byType = new Map<string, ReturnType<typeof emptyTimeCounts>>();
  for (const { file, name } of files) {
    let document;
    try {
      document = parseTimeml(readFileSync(file, 'utf8'), name);
    } catch (error) {
      if (error instanceof TimemlError) fail(error.message);
      throw error;
    }
    const system = systemTimexes(document);
    const score = scoreTimeDocument(document.id, document.text, document.timexes, system, types as TimexType[]);
    total = addTimeCounts(total, score.counts);
    examples.push(...score.examples);
    for (const type of types) {
      const one = scoreTimeDocument(
        document.id,
        document.text,
        document.timexes.filter((t) => t.type === type),
        system.filter((s) => s.type === type),
        [type as TimexType],
      ).counts;
      byType.set(type, addTimeCounts(byType.get(type) ?? emptyTimeCounts(), one));
    }
  }
  const out = [formatTimeFigures(`${files.length} documents, ${types.join(' and ')}`, total)];
  for (const [type, counts] of byType) {
    if (types.length > 1) out.push(formatTimeFigures(`${type} alone (system ${type} only)`, counts));
  }
  for (const kind of ['missed', 'wrong value', 'false alarm', 'wrong extent'] as const) {
    const ofKind = examples.filter((e) => e.kind === kind);
    if (ofKind.length === 0 || errorCount === 0) continue;
    const lines = spread(ofKind, errorCount).map((e) => {
      const detail = [e.gold && `gold ${e.gold}`, e.system && `system ${e.system}`].filter(Boolean).join('; ');
      return `  ${e.document}: ${e.context}  (${detail})`;
    });
    out.push([`${kind} (${ofKind.length}), examples:`, ...lines].join('\n'));
  }
  process.stdout.write(`${out.join('\n\n')}\n`);
}

main();
