/**
 * `npm run bench [-- <section>…] [--quick] [--profile]`: runs the bench
 * sections in order and prints their figures. Sections register here; each
 * measures one thing: parser throughput, articles per second on every core,
 * stream-mode memory, the queue's costs, bundle sizes, browser timings, Lighthouse.
 */
import { arch, cpus, platform } from 'node:os';
import { appSection } from './app';
import { browserSection } from './browser';
import { folderSection } from './folder';
import { librarySection } from './library';
import { lighthouseSection } from './lighthouse';
import { parserSection } from './parser';
import { queueSection } from './queue';
import { streamSection } from './stream';
import type { BenchOptions, BenchSection } from './section';

const sections: readonly BenchSection[] = [
  parserSection,
  folderSection,
  streamSection,
  queueSection,
  appSection,
  browserSection,
  librarySection,
  lighthouseSection,
];

function usage(): string {
  return [
    'usage: npm run bench [-- <section>…] [--quick] [--profile]',
    '',
    ...sections.map((s) => `  ${s.name.padEnd(10)} ${s.description}`),
    '',
    '  --quick    fewer runs and sizes, for a look while developing',
    '  --profile  print where the time goes (CPU profile of the heaviest case)',
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage());
    return 0;
  }
  const options: BenchOptions = { quick: argv.includes('--quick'), profile: argv.includes('--profile') };
  const names = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = names.filter((name) => !sections.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(`bench: no section ${unknown.map((n) => `"${n}"`).join(', ')}\n\n${usage()}`);
    return 2;
  }
  const chosen = names.length > 0 ? sections.filter((s) => names.includes(s.name)) : sections;

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const gc =
    typeof (globalThis as { gc?: unknown }).gc === 'function'
      ? 'on'
      : 'off (run with --expose-gc for steadier figures)';
  console.log(`whosaid bench — ${new Date().toISOString()}`);
  console.log(
    `Node ${process.version} on ${platform()}/${arch()}, ${cpus().length} × ${cpu}; forced GC between runs: ${gc}`,
  );
  for (const section of chosen) {
    console.log(`\n== ${section.name}: ${section.description} ==\n`);
    await section.run(options);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
