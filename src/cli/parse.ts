/**
 * `npm run --silent parse -- <file.txt | folder> [options]`: see USAGE in args.ts.
 * Standard output carries only the Article JSON; every problem is one line on
 * standard error and a non-zero exit status, never a stack trace.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLine, USAGE, type ParseArgs } from './args';
import { CliError, exitCodeOf, formatError, USAGE_EXIT } from './cli-error';
import { parseFolder } from './folder';
import { articleJson, parseArticleFile } from './parse-file';

/** Where the command writes; process streams in use, strings in tests. */
export type Io = {
  stdout: { write(chunk: string): boolean };
  stderr: { write(chunk: string): boolean; isTTY?: boolean; columns?: number };
};

async function isFolder(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  return info?.isDirectory() ?? false;
}

async function run(args: ParseArgs, io: Io): Promise<number> {
  if (await isFolder(args.input)) {
    if (args.out === null && args.jsonl === null && args.speakersCsv === null) {
      throw new CliError('a folder needs --out <folder> (or --jsonl / --speakers-csv) to write to', {
        subject: args.input,
        exitCode: USAGE_EXIT,
      });
    }
    const summary = await parseFolder(args.input, { ...args, stderr: io.stderr });
    return summary.failed > 0 ? 1 : 0;
  }
  for (const [flag, value] of [
    ['--out', args.out],
    ['--jsonl', args.jsonl],
    ['--speakers-csv', args.speakersCsv],
    ['--jobs', args.jobs],
  ] as const) {
    if (value !== null) {
      throw new CliError(`${flag} is for a folder of articles; with one file the JSON goes to standard output`, {
        subject: args.input,
        exitCode: USAGE_EXIT,
      });
    }
  }
  const article = await parseArticleFile(args.input, { published: args.published, relativeTo: args.relativeTo });
  io.stdout.write(articleJson(article));
  return 0;
}

/** Runs the command; resolves to the exit status. Never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    if (command.kind === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    return await run(command.args, io);
  } catch (error) {
    io.stderr.write(`${formatError(error)}\n`);
    return exitCodeOf(error);
  }
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isEntry) {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  process.on('uncaughtException', (error) => {
    process.stderr.write(`${formatError(error)}\n`);
    process.exit(1);
  });
  void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
  });
}
