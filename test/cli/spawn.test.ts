// @vitest-environment node
/** The real command in a child process: exit status, and stdout that is exactly the JSON. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '@/article';
import { generateArticle } from '../support/generate-article';
import { SHORT_ARTICLE, tempFolder, writeIn } from './helpers';

function parse(...args: string[]) {
  return parseInput('', ...args);
}

function parseInput(input: string, ...args: string[]) {
  return parseWith(input, {}, ...args);
}

function parseWith(input: string, env: Record<string, string>, ...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/whosaid.ts', 'parse', ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, ...env },
    // Generous: on a loaded machine each worker thread compiles the TypeScript sources through tsx.
    timeout: 110_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npx tsx src/cli/whosaid.ts parse', { timeout: 120_000 }, () => {
  it('exits 0 and prints exactly one valid Article JSON document', () => {
    const result = parse('seeds/000_8f6650f81ca84753.txt');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(validateArticle(JSON.parse(result.stdout)).ok).toBe(true);
  });

  it('exits 1 with one line and no stack trace for a bad file', () => {
    const path = writeIn(tempFolder(), 'bad.txt', new Uint8Array([0xff, 0xfe, 0x00, 0x41]));
    const result = parse(path);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`whosaid: ${path}: the file is binary, not text (a NUL byte at offset 2)\n`);
  });

  it('parses a folder on two cores (two child processes)', () => {
    const folder = tempFolder();
    for (const name of ['a', 'b', 'c', 'd']) writeIn(folder, `${name}.txt`, SHORT_ARTICLE);
    writeIn(folder, 'e.txt', '\n\n');
    const out = join(tempFolder(), 'out');
    const jsonl = join(tempFolder(), 'all.jsonl');
    const result = parse(folder, '--out', out, '--jsonl', jsonl, '--jobs', '2');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`whosaid: ${join(folder, 'e.txt')}: the file is empty (nothing but blank space)\n`);
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.json', 'c.json', 'd.json']);
    expect(readFileSync(jsonl, 'utf8').trimEnd().split('\n')).toHaveLength(4);
  });

  it('gives byte for byte the same outputs, errors and exit status on three processes as on one', () => {
    const folder = tempFolder();
    // 40 articles: batches of 1 on three processes (ceil(40 / 48)), so every process takes several.
    for (let i = 0; i < 40; i += 1) {
      writeIn(
        folder,
        `story-${String(i).padStart(2, '0')}.txt`,
        generateArticle({ seed: 500 + i, targetLength: 1_500 }).text,
      );
    }
    writeIn(folder, 'story-05b.txt', '\n\n');
    writeIn(folder, 'story 07.txt', SHORT_ARTICLE); // the id "story-07" of the file after it
    writeIn(folder, 'story-07.txt', SHORT_ARTICLE.replace('bridge over', 'tunnel under'));
    const outputsOf = (jobs: string) => {
      const root = tempFolder();
      const out = join(root, 'out');
      const result = parse(
        folder,
        '--out',
        out,
        '--jsonl',
        join(root, 'all.jsonl'),
        '--speakers-csv',
        join(root, 'speakers.csv'),
        '--jobs',
        jobs,
      );
      const files = readdirSync(out).sort();
      return {
        status: result.status,
        stderr: result.stderr.split('\n').filter(Boolean).sort(),
        left: readdirSync(root).sort(),
        jsonl: readFileSync(join(root, 'all.jsonl'), 'utf8'),
        csv: readFileSync(join(root, 'speakers.csv'), 'utf8'),
        files: files.map((name) => [name, readFileSync(join(out, name), 'utf8')]),
      };
    };
    const one = outputsOf('1');
    const three = outputsOf('3');
    expect(one.status).toBe(1);
    expect(one.stderr).toHaveLength(2); // the blank file and the second "story-07"
    expect(one.files).toHaveLength(40);
    expect(one.jsonl.trimEnd().split('\n')).toHaveLength(40);
    // No part files left beside the output.
    expect(three.left).toEqual(['all.jsonl', 'out', 'speakers.csv']);
    expect(three).toEqual(one);
  });

  it("reads an .html page in a child process, and with WHOSAID_TIMELINE=1 writes the run's timeline", () => {
    const folder = tempFolder();
    writeIn(folder, 'a.txt', SHORT_ARTICLE);
    writeIn(
      folder,
      'b.html',
      '<html><body><article><h1>Mayor opens bridge</h1><p>The new bridge opened on Monday after two years of work.</p>' +
        '<p>"It is a great day for the city," Mayor Jane Doe said at the ceremony on the river bank.</p></article></body></html>',
    );
    const out = join(tempFolder(), 'out');
    const result = parseWith('', { WHOSAID_TIMELINE: '1' }, folder, '--out', out, '--jobs', '2');
    expect(result.status).toBe(0);
    const page = JSON.parse(readFileSync(join(out, 'b.json'), 'utf8')) as { title: string; quotes: { text: string }[] };
    expect(page.title).toBe('Mayor opens bridge');
    expect(page.quotes.map((quote) => quote.text)).toContain('It is a great day for the city');
    // Every line of standard error is a timeline event: `timeline <ms since the epoch> <pid> <event>`.
    const events = result.stderr
      .trimEnd()
      .split('\n')
      .map((line) => line.split(' '));
    expect(events.every(([word, ms]) => word === 'timeline' && Number(ms) > 1.7e12)).toBe(true);
    const named = (event: string) => events.filter((e) => e[3] === event);
    const pidsOf = (event: string) => new Set(named(event).map((e) => e[2]));
    // The command process starts two children and hands out the two batches (one file each); whichever child
    // ran a batch loaded the parser first (one that was still starting when the work ran out may not have).
    expect(named('spawned')).toHaveLength(2);
    expect(named('task-end')).toHaveLength(2);
    for (const pid of pidsOf('task-end')) expect(pidsOf('parser-loaded')).toContain(pid);
    expect(pidsOf('folder-done')).toEqual(pidsOf('spawned'));
    expect(pidsOf('task-end')).not.toContain([...pidsOf('spawned')][0]);
  });

  it('streams on two worker threads holding two lines each: every line once, in input order', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `line-${11 - i}`);
    const lines = ids.map((id, i) => (i === 4 ? '{"id": "bad"' : JSON.stringify({ id, text: SHORT_ARTICLE })));
    const result = parseInput(`${lines.join('\n')}\n`, '-', '--jsonl', '--jobs', '2');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"line":5');
    const out = result.stdout.trimEnd().split('\n');
    expect(out.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(ids.filter((_, i) => i !== 4));
    expect(out.every((line) => validateArticle(JSON.parse(line)).ok)).toBe(true);
  });
});
