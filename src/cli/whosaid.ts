#!/usr/bin/env node
/**
 * The `whosaid` command (the package's bin, built to `lib/cli.js`):
 *
 *   whosaid parse <file.txt | folder | file.jsonl | -> [options]   see parseUsage in args.ts
 *   whosaid queue <add | status | results> … --redis <url>          see queue/command.ts
 *   whosaid worker --redis <url> [--concurrency n]
 *
 * Every problem is one line on standard error and a non-zero exit status.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, exitCodeOf, formatError, USAGE_EXIT } from './cli-error';
import { enableCompileCache } from './compile-cache';
import { main as parseMain, type Io } from './parse';
import type { QueueIo } from './queue/command';

export const USAGE = `usage: whosaid <command> [options]

Reads English news articles and finds who said what: every quote, direct and
reported, with its speaker, as Article JSON.

  whosaid parse <file.txt | ->                     one article's Article JSON
  whosaid parse <file.jsonl | -> --jsonl           JSON Lines in, JSON Lines out, on every core
  whosaid parse <folder> --out <folder>            every .txt in a folder, on every core
  whosaid queue add <folder | file.jsonl | -> --redis <url>
  whosaid worker --redis <url> [--concurrency n]   on as many machines as you like
  whosaid queue status --redis <url>
  whosaid queue results --jsonl <file> --redis <url>

  whosaid <command> --help    the command's options
  whosaid --version           the version`;

function version(): string {
  try {
    const url = new URL(import.meta.url.endsWith('.js') ? '../package.json' : '../../package.json', import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export type CliIo = Io & QueueIo;

/** Runs the command line; resolves to the exit status. Never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return command === undefined ? USAGE_EXIT : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    if (command === 'parse') return await parseMain(rest, io, 'whosaid parse');
    // The queue's modules (BullMQ, ioredis) load only for the queue commands.
    if (command === 'queue') return await (await import('./queue/command')).queueCommand(rest, io);
    if (command === 'worker') return await (await import('./queue/command')).worker(rest, io);
    throw new CliError(`no command "${command}": use parse, queue or worker (see --help)`, { exitCode: USAGE_EXIT });
  } catch (error) {
    io.stderr.write(`${formatError(error)}\n`);
    return exitCodeOf(error);
  }
}

/** Whether this module is the program being run (through npm's bin link too). */
function isEntry(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(fileURLToPath(import.meta.url)) === realpathSync(resolve(script));
  } catch {
    return false;
  }
}

if (isEntry()) {
  enableCompileCache();
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  process.on('uncaughtException', (error) => {
    process.stderr.write(`${formatError(error)}\n`);
    process.exit(1);
  });
  const untilStopped = () =>
    new Promise<void>((done) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          process.stderr.write(`whosaid: stopping after the jobs in hand (${signal} again to stop at once)\n`);
          process.once(signal, () => process.exit(130));
          done();
        });
      }
    });
  void run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    untilStopped,
  }).then((code) => {
    process.exitCode = code;
  });
}
