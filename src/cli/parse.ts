/**
 * `whosaid parse` and `npm run --silent parse -- <file.txt | folder | -> [options]`:
 * see parseUsage in args.ts. Standard output carries only the Article JSON;
 * every problem is one line (in stream mode, one JSON record) on standard
 * error and a non-zero exit status, never a stack trace.
 */
import { stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { parseCommandLine, parseUsage, type ParseArgs } from './args';
import { CliError, exitCodeOf, formatError, USAGE_EXIT } from './cli-error';
import { parseFolder } from './folder';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from './read-text';
import type { OutputStream } from './stream';

/** Where the command reads and writes; process streams in use, strings in tests. */
export type Io = {
  /** Standard input, for `-`. */
  stdin?: AsyncIterable<Uint8Array | string>;
  stdout: OutputStream;
  stderr: { write(chunk: string): boolean; isTTY?: boolean; columns?: number };
};

/** Reads all of standard input for one article, refusing more than the size limit. */
async function readAll(stdin: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += bytes.length;
    if (size > MAX_ARTICLE_BYTES) {
      throw new CliError(
        `the input is too large (over ${MAX_ARTICLE_BYTES / (1024 * 1024)} MB; for many articles use --jsonl)`,
        {
          subject: '-',
        },
      );
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}

function noStdin(): never {
  throw new CliError('standard input is not available here', { subject: '-' });
}

async function isFolder(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  return info?.isDirectory() ?? false;
}

async function run(args: ParseArgs, io: Io): Promise<number> {
  if (args.jsonlInput) {
    if (args.out !== null || args.jsonl !== null || args.speakersCsv !== null) {
      throw new CliError(
        'stream mode (--jsonl) writes to standard output; --out, --jsonl <file> and --speakers-csv are for a folder',
        {
          exitCode: USAGE_EXIT,
        },
      );
    }
    if (args.input !== '-' && (await isFolder(args.input))) {
      throw new CliError('--jsonl reads a .jsonl file or - (standard input), not a folder', {
        subject: args.input,
        exitCode: USAGE_EXIT,
      });
    }
    const input = args.input === '-' ? (io.stdin ?? noStdin()) : await openFile(args.input);
    const { parseStream } = await import('./stream');
    const summary = await parseStream(input, {
      jobs: args.jobs,
      published: args.published,
      source: args.input,
      stdout: io.stdout,
      stderr: io.stderr,
    });
    return summary.failed > 0 ? 1 : 0;
  }
  if (args.input !== '-' && (await isFolder(args.input))) {
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
  // Loaded here, not above: folder mode's command process parses nothing itself.
  const { articleJson, parseArticleFile, parseArticleText } = await import('./parse-file');
  if (args.input === '-') {
    let text: string;
    try {
      text = decodeArticleBytes(await readAll(io.stdin ?? noStdin()));
    } catch (error) {
      if (error instanceof CliError)
        throw new CliError(error.message.replace('the file', 'the input'), { subject: '-' });
      throw error;
    }
    io.stdout.write(
      articleJson(await parseArticleText(text, 'stdin', { published: args.published, relativeTo: args.relativeTo })),
    );
    return 0;
  }
  const article = await parseArticleFile(args.input, { published: args.published, relativeTo: args.relativeTo });
  io.stdout.write(articleJson(article));
  return 0;
}

/** A file to stream from, opened before anything is read so a missing file is one clear error. */
async function openFile(path: string): Promise<AsyncIterable<Uint8Array>> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new CliError('no such file', { subject: path });
  if (!info.isFile()) throw new CliError('is not a regular file', { subject: path });
  return createReadStream(path);
}

/** Runs the command; resolves to the exit status. Never throws. `command` is how the help names it. */
export async function main(argv: readonly string[], io: Io, command = 'npm run --silent parse --'): Promise<number> {
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.kind === 'help') {
      io.stdout.write(`${parseUsage(command)}\n`);
      return 0;
    }
    return await run(parsed.args, io);
  } catch (error) {
    io.stderr.write(`${formatError(error)}\n`);
    return exitCodeOf(error);
  }
}
