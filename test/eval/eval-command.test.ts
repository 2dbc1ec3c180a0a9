// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

function run(args: string[]) {
  return execFileSync(tsx, ['src/cli/eval.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('the eval command', () => {
  it('scores a brat folder against the first annotator, prints a table and writes the JSON report', () => {
    const report = join(mkdtempSync(join(tmpdir(), 'whosaid-eval-')), 'report.json');
    const out = run(['test/fixtures/brat', '--split', 'dev', '--report', report, '--errors', '2']);
    expect(out).toMatch(/PolNeAR dev: 1 articles/);
    expect(out).toMatch(/content @0\.5/);
    expect(out).toMatch(/speaker accuracy/);
    const json = JSON.parse(readFileSync(report, 'utf8'));
    // mayor_4b22 (3 scored attributions, one more in the title) is chosen over mayor_d473 (1).
    expect(json.overall.content.at50.gold).toBe(3);
    expect(json.overall.titleGold).toBe(1);
    expect(json.splits[0].split).toBe('dev');
    expect(json.overall.articles).toBe(1);
    // Beside it, the two annotators of mayor scored against each other: the
    // council's statement is the one attribution both marked (1 of 3 one way, 1 of 1 the other).
    expect(out).toMatch(/pairwise agreement on the 1 articles several people annotated \(2 ordered pairs/);
    expect(out).toMatch(/content F1 @0\.5 +\d\.\d{3} +0\.500/);
    expect(json.annotators).toMatchObject({ articles: 1, pairs: 2 });
    expect(json.annotators.content.at50).toMatchObject({ matched: 2, gold: 4, predicted: 4 });
  }, 30_000);

  it('fails with a one-line message when the folder holds no PolNeAR data', () => {
    expect(() => run(['test/eval', '--split', 'dev'])).toThrow(/no PolNeAR data under/);
  }, 30_000);
});
