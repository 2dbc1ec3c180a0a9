/** Temp folders and a short article for the command-line tests. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A short, valid news article. */
export const SHORT_ARTICLE = `Council approves new bridge over the river

25/01/2017 09:00 by Jane Roe

The city council on Monday approved plans for a new bridge.

"This is a great day for the city," Mayor Ann Lee said.
`;

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop() ?? '', { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test. */
export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
  made.push(folder);
  return folder;
}

/** Writes `content` to `<folder>/<name>` and returns the path. */
export function writeIn(folder: string, name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

/** An Io that records what the command writes. */
export function captureIo(isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (chunk: string) => out.push(chunk) > 0 },
      stderr: { write: (chunk: string) => err.push(chunk) > 0, isTTY },
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
