/**
 * The PolNeAR folder an error-analysis script may read. Error analysis is
 * tuning, so only train and dev are allowed: the test split is scored once,
 * by `npm run eval`, never looked into. Anything else ends the script with
 * one line and exit status 1.
 */
import { join } from 'node:path';

export function analysisFolder(script: string, root: string, split: string): string {
  if (split !== 'train' && split !== 'dev') {
    process.stderr.write(
      `${script}: --split must be train or dev (got ${split}); the test split is not for error analysis\n`,
    );
    process.exit(1);
  }
  return join(root, 'data', split);
}
