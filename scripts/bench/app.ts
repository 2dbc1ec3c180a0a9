/**
 * App size: builds the app (`npm run build`, which also prerenders and checks
 * the budgets), then prints each prerendered page's first-load JavaScript
 * and CSS, raw, gzip and brotli, file by file, against the issue's 90 KB
 * target, and the framework floor: a bundle with nothing but React 19,
 * react-dom and React Router 8's data router.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { BUDGETS } from '../build/budget';
import { compressedSizes, firstLoad, type Sizes } from '../build/first-load';
import { formatBytes, table, verdict, type BenchSection } from './section';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');

/** The target for the reader's first-load JavaScript, gzip. */
const TARGET_JS_GZIP = 90_000;

const FLOOR_ENTRY = `
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
const router = createBrowserRouter([{ path: '/', Component: () => null }]);
hydrateRoot(document.getElementById('root'), createElement(RouterProvider, { router }));
`;

/** The smallest bundle that hydrates a React Router data router: what any page of this app costs at least. */
async function frameworkFloor(): Promise<Sizes> {
  const folder = join(root, 'node_modules/.cache/whosaid-floor');
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'floor.js'), FLOOR_ENTRY);
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: join(folder, 'out'),
      emptyOutDir: true,
      lib: false,
      rolldownOptions: { input: join(folder, 'floor.js') },
    },
  });
  const assets = join(folder, 'out/assets');
  const files = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  const sizes = await Promise.all(files.map(async (name) => compressedSizes(await readFile(join(assets, name)))));
  return sizes.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

async function run(): Promise<void> {
  const started = performance.now();
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  console.log(
    `npm run build (with prerender and budget check): ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );

  const floor = await frameworkFloor();
  const pages = [
    { label: '/', page: 'index.html' },
    ...BUDGETS.filter((b) => b.page.startsWith('articles/')).map((b) => ({ label: b.label, page: b.page })),
  ];
  const summary: string[][] = [];
  for (const { label, page } of pages) {
    const load = await firstLoad(dist, page);
    console.log(`${label} (dist/${page}):`);
    console.log(
      table(
        ['file', 'raw', 'gzip', 'brotli'],
        load.assets.map((a) => [a.file, formatBytes(a.raw), formatBytes(a.gzip), formatBytes(a.brotli)]),
      ),
    );
    console.log('');
    const budget = BUDGETS.find((b) => b.page === page);
    summary.push([
      label,
      formatBytes(load.js.raw),
      formatBytes(load.js.gzip),
      formatBytes(load.js.brotli),
      formatBytes(load.css.gzip),
      formatBytes(load.css.brotli),
      formatBytes(load.js.gzip - floor.gzip),
      budget ? `${formatBytes(budget.js)} / ${formatBytes(budget.css)}` : '–',
    ]);
  }
  summary.push([
    'framework floor',
    formatBytes(floor.raw),
    formatBytes(floor.gzip),
    formatBytes(floor.brotli),
    '–',
    '–',
    '–',
    '–',
  ]);
  console.log('First load, all files (the HTML lists them: entry, modulepreloads, stylesheet, theme.js):');
  console.log(
    table(
      ['page', 'JS raw', 'JS gzip', 'JS brotli', 'CSS gzip', 'CSS brotli', 'JS gzip over floor', 'budget JS / CSS'],
      summary,
    ),
  );

  const reader = await firstLoad(dist, pages[1]?.page ?? 'index.html');
  console.log(
    `\nTarget: the reader's first-load JS under ${formatBytes(TARGET_JS_GZIP)} gzip: ${verdict(reader.js.gzip <= TARGET_JS_GZIP)} ` +
      `(${formatBytes(reader.js.gzip)}; React 19 + react-dom + React Router 8 alone are ${formatBytes(floor.gzip)}, ` +
      `${(floor.gzip / TARGET_JS_GZIP).toFixed(2)}× the target; whosaid's own code adds ${formatBytes(reader.js.gzip - floor.gzip)}).`,
  );
}

export const appSection: BenchSection = {
  name: 'app',
  description: 'production build: first-load JS and CSS of / and the reader, gzip and brotli, and the framework floor',
  run,
};
