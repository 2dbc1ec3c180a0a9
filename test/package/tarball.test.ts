// @vitest-environment node
/**
 * The package as its users get it: `npm pack`, installed into an empty
 * project, run with the system's Node.js (20 on Debian, not the project's 24)
 * through `npx whosaid`, and imported from an ES module script.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateArticle } from '@/article';

const root = resolve('.');
const consumer = mkdtempSync(join(tmpdir(), 'whosaid-consumer-'));

/** PATH without this project's node_modules/.bin, so `node` and `npx` are the system's. */
const systemPath = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((dir) => !dir.includes('node_modules'))
  .join(delimiter);
const env = {
  ...process.env,
  PATH: systemPath,
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};

function inConsumer(command: string, args: readonly string[], input?: string) {
  const result = spawnSync(command, args, { cwd: consumer, env, encoding: 'utf8', input, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, error: result.error };
}

const seed = readFileSync(join(root, 'seeds/000_8f6650f81ca84753.txt'), 'utf8');

beforeAll(() => {
  // lib/ is fresh (the global setup built it); pack it as `npm publish` would.
  const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', consumer], {
    cwd: root,
    encoding: 'utf8',
  });
  const [{ filename }] = JSON.parse(packed) as [{ filename: string }];
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const install = inConsumer('npm', ['install', '--no-package-lock', join(consumer, filename)]);
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
}, 240_000);

// Removing the installed node_modules can take a while on a busy disk.
afterAll(() => rmSync(consumer, { recursive: true, force: true }), 60_000);

describe('the npm package', { timeout: 120_000 }, () => {
  it('runs on the system Node.js, version 20 or later', () => {
    const version = inConsumer('node', ['--version']);
    expect(version.error).toBeUndefined();
    const major = Number(/^v(\d+)/.exec(version.stdout)?.[1]);
    expect(major).toBeGreaterThanOrEqual(20);
    // The point is to check the oldest supported Node.js, which the project's own (24) is not.
    expect(version.stdout.trim()).not.toBe(process.version);
  });

  it('holds the compiled library and command, and no sources or tests', () => {
    const files = execFileSync('find', ['node_modules/whosaid', '-type', 'f'], { cwd: consumer, encoding: 'utf8' });
    expect(files).toContain('node_modules/whosaid/lib/cli.js');
    expect(files).toContain('node_modules/whosaid/lib/index.d.ts');
    expect(files).not.toMatch(/(?<!\.d)\.tsx?\n|\/src\/|\/test\//);
  });

  it('answers npx whosaid --help', () => {
    const help = inConsumer('npx', ['whosaid', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: whosaid <command>/);
    expect(help.stdout).toContain('whosaid queue add');
  });

  it('parses a file with npx whosaid parse', () => {
    writeFileSync(join(consumer, 'seed.txt'), seed);
    const parsed = inConsumer('npx', ['whosaid', 'parse', 'seed.txt']);
    expect(parsed.stderr).toBe('');
    const checked = validateArticle(JSON.parse(parsed.stdout));
    // The seed: 15 statements and 1 thought (Obama's belief).
    expect(checked.ok && checked.article.quotes).toHaveLength(16);
  });

  it('streams JSON Lines on two worker threads, in input order', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `n${i}`);
    const input = ids.map((id) => JSON.stringify({ id, text: seed })).join('\n');
    const streamed = inConsumer('npx', ['whosaid', 'parse', '-', '--jsonl', '--jobs', '2'], input);
    expect(streamed.stderr).toBe('');
    expect(streamed.status).toBe(0);
    const lines = streamed.stdout.trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(ids);
  });

  it('imports the parser and the schema from an ES module script', () => {
    writeFileSync(
      join(consumer, 'use.mjs'),
      [
        "import { readFileSync } from 'node:fs';",
        "import { parseArticle, ArticleInputError } from 'whosaid';",
        "import { ArticleSchema, validateArticle } from 'whosaid/article';",
        "const article = ArticleSchema.parse(parseArticle(readFileSync('seed.txt', 'utf8'), { id: 'seed' }));",
        'let refused = null;',
        "try { parseArticle('', { id: 'empty' }); } catch (error) { refused = error instanceof ArticleInputError; }",
        'console.log(JSON.stringify({ quotes: article.quotes.length, valid: validateArticle(article).ok, refused }));',
      ].join('\n'),
    );
    const used = inConsumer('node', ['use.mjs']);
    expect(used.stderr).toBe('');
    expect(JSON.parse(used.stdout)).toEqual({ quotes: 16, valid: true, refused: true });
  });

  it('gives TypeScript users the types of both entry points', () => {
    writeFileSync(
      join(consumer, 'check.ts'),
      [
        "import { parseArticle, type Article } from 'whosaid';",
        "import { ArticleSchema, type Quote } from 'whosaid/article';",
        "const article: Article = ArticleSchema.parse(parseArticle('Title\\n\\nText.', { id: 'x' }));",
        'const quotes: Quote[] = article.quotes;',
        '// @ts-expect-error: the id is required',
        "parseArticle('Title', {});",
        'export { quotes };',
      ].join('\n'),
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    expect(existsSync(tsc)).toBe(true);
    const checked = inConsumer('node', [
      tsc,
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck',
      'check.ts',
    ]);
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  });
});
