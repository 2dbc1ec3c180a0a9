/**
 * The `parse` command's arguments, read without touching the file system:
 *
 *   parse <file.txt | file.html | -> [--published <ISO date-time>] [--relative-to <date>]
 *   parse <file.jsonl | -> --jsonl [--jobs <n>] [--published <…>]
 *   parse <folder> --out <folder> [--jsonl <file>] [--speakers-csv <file>] [--jobs <n>] [--published <…>]
 *
 * Options take their value as the next argument or after `=`. `--jsonl` is
 * the one exception: followed by nothing, by another option or by `-`, it is a
 * flag that says the input is JSON Lines; followed by a file name, it names
 * folder mode's JSON Lines output.
 */
// The pattern alone, not the schema: the command that hands files to child processes never loads zod.
import { ISO_DATE_TIME } from '@/article/iso-date-time';
import { CliError, USAGE_EXIT } from './cli-error';

export type ParseArgs = {
  /** The .txt or .html file, the folder of them, a .jsonl file, or `-` for standard input. */
  input: string;
  /** The input is JSON Lines, one article per line (`--jsonl` as a flag). */
  jsonlInput: boolean;
  /** Folder that receives `<id>.json` per article (folder mode). */
  out: string | null;
  /** One JSON Lines file of every article (folder mode). */
  jsonl: string | null;
  /** CSV report of speakers across the articles (folder mode). */
  speakersCsv: string | null;
  /** Publication date-time that overrides what the articles print. */
  published: string | null;
  /** `YYYY-MM-DD` relative dates resolve against when an article gives no date (its `published` stays null). */
  relativeTo: string | null;
  /** Worker threads for folder and stream mode; null means one per CPU core. */
  jobs: number | null;
};

export type ParsedCommand = { kind: 'help' } | { kind: 'parse'; args: ParseArgs };

/** The parse command's help; `command` is how it is run (`whosaid parse` or `npm run --silent parse --`). */
export function parseUsage(command: string): string {
  return `usage: ${command} <file.txt | file.html | -> [--published <ISO date-time>] [--relative-to <date>]
       ${command} <file.jsonl | -> --jsonl [--jobs <n>] [--published <ISO date-time>]
       ${command} <folder> --out <folder> [--jsonl <file>] [--speakers-csv <file>] [--jobs <n>]

Prints the Article JSON of one article (a file, or - for standard input) on
standard output; streams JSON Lines articles to JSON Lines Articles; or parses
every .txt and .html in a folder into <out>/<id>.json. An .html page is reduced
to its article first, as the app does. Streams and folders use every CPU core.

  --jsonl                stream mode: the input (a file, or - for standard input) has one
                         article a line, {"id", "title", "text" or "html", "published", "url"};
                         one Article a line goes to standard output, in input order. A bad
                         line is one JSON error record on standard error, with its line number
  --published <date>     publication date-time to resolve relative dates against,
                         ISO 8601 such as 2017-01-24 or 2017-01-24T22:40
  --relative-to <date>   when an article gives no date: the date (YYYY-MM-DD) relative
                         dates resolve against; its published date stays unknown
  --out <folder>         folder mode: write one <id>.json per article
  --jsonl <file>         folder mode: also write every article as one JSON Lines file
  --speakers-csv <file>  folder mode: also write speakers (id, name, role, kind, quotes, articles)
  --jobs <n>             folder and stream mode: how many parse at once (default: one per CPU core);
                         a folder uses n child processes, each parsing its own batches of files;
                         a stream uses n worker threads
  -h, --help             show this help`;
}

export const USAGE = parseUsage('npm run --silent parse --');

const VALUE_OPTIONS = ['--out', '--jsonl', '--speakers-csv', '--published', '--relative-to', '--jobs'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

function usageError(message: string): CliError {
  return new CliError(`${message} (see --help)`, { exitCode: USAGE_EXIT });
}

/** Whether a (trimmed) value is ISO 8601 as the schema accepts it, and a real date and time. */
export function isPublished(value: string): boolean {
  if (!ISO_DATE_TIME.test(value)) return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match ?? [];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const realDate =
    date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
  return realDate && Number(h) <= 23 && Number(mi) <= 59 && Number(s) <= 59;
}

/** Checks a --published value: ISO 8601 as the schema accepts it, and a real date and time. */
export function checkPublished(value: string): string {
  const trimmed = value.trim();
  if (!isPublished(trimmed)) {
    throw usageError(
      `--published: "${value}" is not an ISO 8601 date or date-time (such as 2017-01-24 or 2017-01-24T22:40)`,
    );
  }
  return trimmed;
}

function checkRelativeTo(value: string): string {
  const checked = checkPublished(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(checked))
    throw usageError(`--relative-to: "${value}" is not a calendar date such as 2017-01-24`);
  return checked;
}

function checkJobs(value: string): number {
  const jobs = Number(value);
  if (!/^\d+$/.test(value) || jobs < 1 || jobs > 256)
    throw usageError(`--jobs: "${value}" is not a number from 1 to 256`);
  return jobs;
}

/** Reads argv (without `node` and the script). Throws a CliError with exit status 2 on a mistake. */
export function parseCommandLine(argv: readonly string[]): ParsedCommand {
  const values = new Map<ValueOption, string>();
  const positional: string[] = [];
  let jsonlInput = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const [name = '', inline] = arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg];
      const option = VALUE_OPTIONS.find((known) => known === name);
      if (!option) throw usageError(`unknown option ${JSON.stringify(name)}`);
      const following = argv[i + 1];
      if (option === '--jsonl' && inline === undefined && (following === undefined || following.startsWith('-'))) {
        if (jsonlInput) throw usageError('--jsonl is given twice');
        jsonlInput = true;
        continue;
      }
      if (values.has(option)) throw usageError(`${option} is given twice`);
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw usageError(`${option} needs a value`);
      }
      if (value === '') throw usageError(`${option} needs a value`);
      if (inline === undefined) i += 1;
      values.set(option, value);
      continue;
    }
    positional.push(arg);
  }
  if (positional.length === 0)
    throw usageError('no input: give a .txt or .html file, a folder, or - for standard input');
  if (positional.length > 1) throw usageError(`one input at a time, got ${positional.length}: ${positional.join(' ')}`);
  const published = values.get('--published');
  const jobs = values.get('--jobs');
  const relativeTo = values.get('--relative-to');
  return {
    kind: 'parse',
    args: {
      input: positional[0] ?? '',
      jsonlInput,
      out: values.get('--out') ?? null,
      jsonl: values.get('--jsonl') ?? null,
      speakersCsv: values.get('--speakers-csv') ?? null,
      published: published === undefined ? null : checkPublished(published),
      relativeTo: relativeTo === undefined ? null : checkRelativeTo(relativeTo),
      jobs: jobs === undefined ? null : checkJobs(jobs),
    },
  };
}
