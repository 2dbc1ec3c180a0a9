// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkPublished, parseCommandLine } from '@/cli/args';
import { CliError } from '@/cli/cli-error';

function failure(argv: string[]): CliError {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('parseCommandLine', () => {
  it('reads one file with --published in either form', () => {
    const spaced = parseCommandLine(['a.txt', '--published', '2017-01-24T22:40']);
    const joined = parseCommandLine(['--published=2017-01-24T22:40', 'a.txt']);
    expect(spaced).toEqual(joined);
    expect(spaced).toEqual({
      kind: 'parse',
      args: {
        input: 'a.txt',
        jsonlInput: false,
        out: null,
        jsonl: null,
        speakersCsv: null,
        published: '2017-01-24T22:40',
        relativeTo: null,
        jobs: null,
      },
    });
  });

  it('reads the folder options', () => {
    const command = parseCommandLine([
      'seeds',
      '--out',
      'out',
      '--jsonl',
      'all.jsonl',
      '--speakers-csv',
      's.csv',
      '--jobs',
      '3',
    ]);
    expect(command).toEqual({
      kind: 'parse',
      args: {
        input: 'seeds',
        jsonlInput: false,
        out: 'out',
        jsonl: 'all.jsonl',
        speakersCsv: 's.csv',
        published: null,
        relativeTo: null,
        jobs: 3,
      },
    });
  });

  it.each([
    [['-', '--jsonl'], '-'],
    [['--jsonl', '-'], '-'],
    [['articles.jsonl', '--jsonl', '--jobs', '2'], 'articles.jsonl'],
  ])('reads --jsonl with no file after it as the stream flag: %j', (argv, input) => {
    const command = parseCommandLine(argv);
    expect(command.kind === 'parse' && command.args).toMatchObject({ input, jsonlInput: true, jsonl: null });
  });

  it('answers --help', () => {
    expect(parseCommandLine(['x', '--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['a.txt', '--bogus'], 'unknown option "--bogus"'],
    [['a.txt', '--published'], '--published needs a value'],
    [['a.txt', '--out', '--jsonl', 'x'], '--out needs a value'],
    [[], 'no input'],
    [['a.txt', 'b.txt'], 'one input at a time'],
    [['a.txt', '--jobs', '0'], '--jobs: "0" is not a number'],
    [['a.txt', '--out', 'x', '--out', 'y'], '--out is given twice'],
  ])('refuses %j with a usage error', (argv, message) => {
    const error = failure(argv);
    expect(error.message).toContain(message);
    expect(error.exitCode).toBe(2);
  });
});

describe('checkPublished', () => {
  it.each(['2017-01-24', '2017-01-24T22:40', '2017-01-24T22:40:05Z', '2016-02-29T00:00+05:30'])(
    'accepts %s',
    (value) => {
      expect(checkPublished(value)).toBe(value);
    },
  );

  it.each(['yesterday', '24/01/2017', '2017-13-01', '2017-02-30', '2017-01-24T25:00', '2017-01-24 22:40'])(
    'refuses %s, naming the option and the value',
    (value) => {
      expect(() => checkPublished(value)).toThrow(`--published: "${value}" is not an ISO 8601 date`);
    },
  );
});
