// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

function run(args: string[]) {
  return execFileSync(tsx, ['src/cli/eval-time.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('the eval:time command', () => {
  it('scores a folder of .tml files on DATE and DURATION and prints the measures', () => {
    const out = run(['test/fixtures/timeml']);
    expect(out).toMatch(/1 documents, DATE and DURATION: 4 gold/);
    expect(out).toMatch(/\| relaxed extent \| [\d.]+ \| [\d.]+ \| [\d.]+ \|/);
    expect(out).toMatch(/\| strict extent \|/);
    expect(out).toMatch(/\| value \| \| \| [\d.]+ \|/);
    expect(out).toMatch(/type accuracy [\d.]+/);
  }, 30_000);

  it('fails with a one-line message when the folder holds no .tml file', () => {
    expect(() => run(['test/eval'])).toThrow(/no \.tml files under "test\/eval"/);
  }, 30_000);
});
