/**
 * Folder mode of `npm run parse`: articles per second on one core and on all
 * cores (worker threads), over a folder of generated articles of news length.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFolder } from '../../src/cli/folder';
import { generateArticle } from '../../test/support/generate-article';
import { table, type BenchSection } from './section';

/** Discards the progress and error lines folder mode writes; a failed file is counted from the summary. */
const silent = { write: () => true, isTTY: false };

async function writeArticles(folder: string, count: number): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    // News-length articles (about 5 KB) with varied seeds, as a researcher's folder would hold.
    const { text } = generateArticle({ seed: 1000 + i, targetLength: 5_000 });
    bytes += Buffer.byteLength(text);
    await writeFile(join(folder, `article-${String(i).padStart(4, '0')}.txt`), text);
  }
  return bytes;
}

async function timeFolder(
  input: string,
  out: string,
  jobs: number,
): Promise<{ seconds: number; parsed: number; failed: number }> {
  const start = performance.now();
  const summary = await parseFolder(input, {
    out,
    jsonl: null,
    speakersCsv: null,
    published: null,
    jobs,
    stderr: silent,
  });
  return { seconds: (performance.now() - start) / 1000, ...summary };
}

export const folderSection: BenchSection = {
  name: 'folder',
  description: 'parse folder mode: articles per second on one core and on all cores',
  async run({ quick }) {
    const count = quick ? 60 : 1500;
    const cores = availableParallelism();
    const root = await mkdtemp(join(tmpdir(), 'whosaid-bench-'));
    try {
      const input = join(root, 'in');
      await mkdir(input);
      const bytes = await writeArticles(input, count);
      const one = await timeFolder(input, join(root, 'out-1'), 1);
      const all = await timeFolder(input, join(root, 'out-all'), cores);
      const rate = (r: { seconds: number; parsed: number }) => r.parsed / r.seconds;
      console.log(`${count} generated articles, ${(bytes / count / 1000).toFixed(1)} KB each on average`);
      console.log(
        table(
          ['threads', 'time', 'articles/s', 'failed'],
          [
            ['1', `${one.seconds.toFixed(2)} s`, rate(one).toFixed(1), String(one.failed)],
            [String(cores), `${all.seconds.toFixed(2)} s`, rate(all).toFixed(1), String(all.failed)],
          ],
        ),
      );
      console.log(
        `\nspeed-up on ${cores} cores: ${(rate(all) / rate(one)).toFixed(2)}× (ideal ${cores}×; worker start-up and a shared machine take their share)`,
      );
      // Other work on the machine takes cores from the workers: the load says how much there was.
      console.log(`load average during the run: ${loadavg()[0]?.toFixed(2)}`);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};
