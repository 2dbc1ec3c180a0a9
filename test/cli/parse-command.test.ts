// @vitest-environment node
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '@/article';
import { main } from '@/cli/parse';
import { captureIo, SHORT_ARTICLE, tempFolder, writeIn } from './helpers';

async function run(argv: string[]) {
  const capture = captureIo();
  const code = await main(argv, capture.io);
  return { code, stdout: capture.stdout(), stderr: capture.stderr() };
}

/** A failure: nothing on stdout, exactly one line on stderr that names the subject. */
function expectOneLineError(result: Awaited<ReturnType<typeof run>>, subject: string, problem: string) {
  expect(result.code).not.toBe(0);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(`whosaid: ${subject}: ${problem}\n`);
}

describe('parse <file>', () => {
  it('prints the seed as 2-space indented, valid Article JSON and nothing else', async () => {
    const result = await run(['seeds/000_8f6650f81ca84753.txt']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const value: unknown = JSON.parse(result.stdout);
    const checked = validateArticle(value);
    expect(checked.ok).toBe(true);
    expect(result.stdout).toBe(`${JSON.stringify(value, null, 2)}\n`);
    if (checked.ok) {
      expect(checked.article.id).toBe('000_8f6650f81ca84753');
      expect(checked.article.published).toBe('2017-01-24T22:40');
    }
  });

  it('resolves relative dates against --published', async () => {
    const path = writeIn(tempFolder(), 'bridge.txt', SHORT_ARTICLE);
    const result = await run([path, '--published', '2017-03-08T10:00']);
    const article = JSON.parse(result.stdout) as { published: string; events: { expression: string; date: string }[] };
    expect(article.published).toBe('2017-03-08T10:00');
    expect(article.events.find((e) => e.expression === 'Monday')?.date).toBe('2017-03-06');
  });

  it('reads a file with a BOM and CRLF line ends like the same file without', async () => {
    const folder = tempFolder();
    const plain = await run([writeIn(folder, 'plain.txt', SHORT_ARTICLE)]);
    const windows = await run([writeIn(folder, 'plain2.txt', `\uFEFF${SHORT_ARTICLE.replace(/\n/g, '\r\n')}`)]);
    expect(windows.code).toBe(0);
    const a = JSON.parse(plain.stdout) as Record<string, unknown>;
    const b = JSON.parse(windows.stdout) as Record<string, unknown>;
    expect({ ...b, id: a.id }).toEqual(a);
    expect(String(b.title)).toBe('Council approves new bridge over the river');
  });

  it('gives unbalanced quotation marks a valid article or one clear line', async () => {
    const path = writeIn(
      tempFolder(),
      'open-quote.txt',
      'Strike ends after talks\n\nThe union said, "We are pleased with the offer.\n\nWorkers return on Monday.\n',
    );
    const result = await run([path]);
    if (result.code === 0) {
      expect(validateArticle(JSON.parse(result.stdout)).ok).toBe(true);
      expect(result.stderr).toBe('');
    } else {
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^whosaid: ${path}: [^\\n]+\\n$`));
    }
  });

  it('names a missing file', async () => {
    expectOneLineError(await run(['nowhere/missing.txt']), 'nowhere/missing.txt', 'no such file');
  });

  it('names an empty file', async () => {
    const path = writeIn(tempFolder(), 'empty.txt', '');
    expectOneLineError(await run([path]), path, 'the file is empty');
  });

  it('names a binary file', async () => {
    const path = writeIn(
      tempFolder(),
      'picture.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]),
    );
    expectOneLineError(await run([path]), path, 'the file is binary, not text (a NUL byte at offset 8)');
  });

  it('names a file that is not UTF-8', async () => {
    const path = writeIn(tempFolder(), 'latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    expectOneLineError(await run([path]), path, 'the file is not valid UTF-8 (first bad byte at offset 3)');
  });

  it('names a file with no recognisable title', async () => {
    const path = writeIn(tempFolder(), 'dashes.txt', '------\n\n*** ***\n');
    const result = await run([path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^whosaid: ${path}: [^\\n]*title[^\\n]*\\n$`));
  });

  it('names a 20 MB file', async () => {
    const path = writeIn(tempFolder(), 'huge.txt', 'Headline\n\n');
    truncateSync(path, 20 * 1024 * 1024);
    expectOneLineError(await run([path]), path, 'the file is too large (20.0 MB; the limit is 10.0 MB)');
  });

  it('refuses an unknown flag with usage status 2', async () => {
    const result = await run(['seeds/000_8f6650f81ca84753.txt', '--colour']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('whosaid: unknown option "--colour" (see --help)\n');
  });

  it('refuses a bad --published value', async () => {
    const result = await run(['seeds/000_8f6650f81ca84753.txt', '--published', 'last Tuesday']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^whosaid: --published: "last Tuesday" is not an ISO 8601 date[^\n]*\n$/);
  });

  it('refuses folder options with a single file', async () => {
    const result = await run(['seeds/000_8f6650f81ca84753.txt', '--out', join(tempFolder(), 'out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^whosaid: seeds\/000_8f6650f81ca84753\.txt: --out is for a folder/);
  });

  it('prints the usage for --help', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run --silent parse -- <file\.txt \| file\.html \| ->/);
  });
});
