// The command line and the app's worker read a page into the same Article JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@/cli/parse';
import { runParse } from '@/features/library/lib/parse-job';

const folder = resolve(process.cwd(), 'test/fixtures/pages');
const pages = readdirSync(folder).filter((name) => name.endsWith('.html'));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (chunk: string) => ((stdout += chunk), true) },
    stderr: { write: (chunk: string) => ((stderr += chunk), true) },
  });
  return { code, stdout, stderr };
}

describe('npm run parse -- page.html and the app', () => {
  it.each(pages)('give the same Article for %s', async (name) => {
    const path = resolve(folder, name);
    const fallbackDate = '2024-05-01';
    const command = await cli([path, '--relative-to', fallbackDate]);
    const app = runParse({ text: readFileSync(path, 'utf8'), format: 'html', fallbackDate });
    if (!app.ok) {
      // A page both refuse gets the same message from both.
      expect(command.code).toBe(1);
      expect(command.stderr).toBe(`whosaid: ${path}: ${app.message}\n`);
      return;
    }
    expect(command.code).toBe(0);
    const printed = JSON.parse(command.stdout) as typeof app.article;
    expect({ ...app.article, id: printed.id }).toEqual(printed);
    expect(printed.quotes.length).toBeGreaterThan(0);
  });
});
