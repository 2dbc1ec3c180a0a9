/**
 * Vitest global setup: builds the package's `lib/` (`npm run build:lib`) when
 * it is missing or older than the sources, so the tests that run the built
 * `whosaid` command (queue workers, the tarball) run today's code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'lib/cli.js';

function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

export default function setup(): void {
  const sources = Math.max(newest('src'), newest('tsdown.config.ts'), newest('package.json'));
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs > sources) return;
  execFileSync('npx', ['tsdown', '--logLevel', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
