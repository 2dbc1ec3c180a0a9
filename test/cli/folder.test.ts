// @vitest-environment node
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '@/article';
import { main } from '@/cli/parse';
import { captureIo, SHORT_ARTICLE, tempFolder, writeIn } from './helpers';

/** A folder with two good articles, one empty file and a file that is not .txt. */
function articlesFolder(): string {
  const folder = tempFolder();
  writeIn(folder, 'bridge.txt', SHORT_ARTICLE);
  writeIn(folder, 'seed story.txt', readFileSync('seeds/000_8f6650f81ca84753.txt'));
  writeIn(folder, 'blank.txt', '');
  writeIn(folder, 'notes.md', '# not an article');
  return folder;
}

async function run(argv: string[]) {
  const capture = captureIo();
  const code = await main(argv, capture.io);
  return { code, stdout: capture.stdout(), stderr: capture.stderr() };
}

describe('parse <folder> --out <folder>', () => {
  it('writes <id>.json for every good .txt, one stderr line per bad one, and exits 1', async () => {
    const folder = articlesFolder();
    const out = join(tempFolder(), 'nested', 'out');
    const result = await run([folder, '--out', out, '--jobs', '1']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`whosaid: ${join(folder, 'blank.txt')}: the file is empty\n`);
    expect(readdirSync(out).sort()).toEqual(['bridge.json', 'seed-story.json']);
    const stored = validateArticle(JSON.parse(readFileSync(join(out, 'seed-story.json'), 'utf8')));
    expect(stored.ok && stored.article.id).toBe('seed-story');
  });

  it('exits 0 when every file parses', async () => {
    const folder = tempFolder();
    writeIn(folder, 'one.txt', SHORT_ARTICLE);
    writeIn(folder, 'two.txt', SHORT_ARTICLE.replace('bridge over', 'tunnel under'));
    const out = join(tempFolder(), 'out');
    const result = await run([folder, '--out', out, '--jobs', '1']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(out).sort()).toEqual(['one.json', 'two.json']);
  });

  it('refuses a second file that would get the same id', async () => {
    const folder = tempFolder();
    writeIn(folder, 'a b.txt', SHORT_ARTICLE);
    writeIn(folder, 'a-b.txt', SHORT_ARTICLE);
    const result = await run([folder, '--out', join(tempFolder(), 'out'), '--jobs', '1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `whosaid: ${join(folder, 'a-b.txt')}: its id "a-b" is already used by ${join(folder, 'a b.txt')}\n`,
    );
  });

  it('writes one JSON Lines file of all articles, in file name order', async () => {
    const folder = articlesFolder();
    const jsonl = join(tempFolder(), 'all.jsonl');
    await run([folder, '--jsonl', jsonl, '--jobs', '1']);
    const lines = readFileSync(jsonl, 'utf8').split('\n');
    expect(lines.at(-1)).toBe('');
    const ids = lines.slice(0, -1).map((line) => {
      const checked = validateArticle(JSON.parse(line));
      return checked.ok ? checked.article.id : 'invalid';
    });
    expect(ids).toEqual(['bridge', 'seed-story']);
  });

  it('writes a speakers CSV with quotes and articles per speaker', async () => {
    const folder = tempFolder();
    writeIn(folder, 'first.txt', readFileSync('seeds/000_8f6650f81ca84753.txt'));
    writeIn(folder, 'second.txt', readFileSync('seeds/000_8f6650f81ca84753.txt'));
    const csv = join(tempFolder(), 'speakers.csv');
    const result = await run([folder, '--speakers-csv', csv, '--jobs', '1']);
    expect(result.code).toBe(0);
    const rows = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    expect(rows[0]).toBe('id,name,role,kind,quotes,articles');
    const spicer = rows.find((row) => row.startsWith('sean-spicer,'));
    const single = JSON.parse((await run(['seeds/000_8f6650f81ca84753.txt'])).stdout) as {
      quotes: { speakerId: string | null }[];
    };
    expect(single.quotes.length).toBeGreaterThan(0);
    const perArticle = single.quotes.filter((q) => q.speakerId === 'sean-spicer').length;
    expect(spicer).toBe(`sean-spicer,Sean Spicer,White House press secretary,person,${perArticle * 2},2`);
  });

  it('needs somewhere to write', async () => {
    const folder = articlesFolder();
    const result = await run([folder]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `whosaid: ${folder}: a folder needs --out <folder> (or --jsonl / --speakers-csv) to write to\n`,
    );
  });

  it('follows a link to an article file and skips a folder named like one and a broken link', async () => {
    const folder = tempFolder();
    const elsewhere = tempFolder();
    writeIn(elsewhere, 'story.txt', SHORT_ARTICLE);
    symlinkSync(join(elsewhere, 'story.txt'), join(folder, 'linked.txt'));
    symlinkSync(join(elsewhere, 'gone.txt'), join(folder, 'broken.txt'));
    mkdirSync(join(folder, 'drafts.txt'));
    writeIn(folder, 'own.txt', SHORT_ARTICLE);
    const out = join(tempFolder(), 'out');
    const result = await run([folder, '--out', out, '--jobs', '1']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(out).sort()).toEqual(['linked.json', 'own.json']);
  });

  it('says so when the folder has no .txt or .html files', async () => {
    const folder = tempFolder();
    writeIn(folder, 'readme.md', 'nothing');
    const out = join(tempFolder(), 'out');
    const result = await run([folder, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`whosaid: ${folder}: no .txt or .html files in the folder\n`);
    expect(existsSync(out)).toBe(false);
  });
});
