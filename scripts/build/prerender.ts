/**
 * Prerenders the app after `vite build`: `/` into dist/index.html and each
 * bundled article into dist/articles/<id>.html (which `vite preview` and most
 * static hosts serve for /articles/<id>), with the same routes and loaders the
 * browser runs, so the article text and its highlighted quotes are in the
 * HTML the server sends. The untouched build page becomes dist/200.html, the
 * shell for every other path (see vite-plugins.ts).
 *
 * Each page gets its route module preloaded (from Vite's manifest) and the
 * loader data in a JSON data block the client hydrates from (see
 * src/app/hydration.ts). `/` also gets the early script (src/early.ts),
 * first in its head, so the library's rows are read while the app loads.
 */
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { ROUTE_DATA_ID } from '@/app/hydration';
import type { RenderedPage } from '@/app/render-static';
import { patterns } from '@/app/paths';
import { EARLY_ENTRY, SHELL_FILE } from './vite-plugins';

/** The route module each prerendered route path loads lazily (see src/app/router.tsx). */
const ROUTE_MODULES: Readonly<Record<string, string>> = {
  [patterns.home]: 'src/app/routes/home.tsx',
  [patterns.article]: 'src/app/routes/article.tsx',
};

type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

const CONTENT_TYPES: Readonly<Record<string, string>> = { '.json': 'application/json', '.html': 'text/html' };

/** `fetch` for the loaders at build time: answers from the built files, like `vite preview` would. */
function fetchFromDist(dist: string): typeof fetch {
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const file = resolve(dist, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(dist + sep)) return new Response('Not Found', { status: 404 });
    try {
      const body = await readFile(file);
      const type = CONTENT_TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
      return new Response(body, { headers: { 'content-type': type } });
    } catch {
      return new Response('Not Found', { status: 404 });
    }
  };
}

/** Chunk files (and their CSS) a module needs, beyond those the entry already loads. */
function chunkFiles(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`prerender: ${key} is not in Vite's manifest (renamed? update ROUTE_MODULES)`);
  if (chunk.isEntry) return [];
  return [chunk.file, ...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap((k) => chunkFiles(manifest, k, seen))];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The early script and what it imports, as tags for the head (async: it runs as soon as it arrives). */
function earlyTags(manifest: Manifest): string {
  const entry = manifest[EARLY_ENTRY];
  if (!entry?.isEntry) throw new Error(`prerender: no entry built from ${EARLY_ENTRY} in Vite's manifest`);
  const imports = (entry.imports ?? []).map((key) => manifest[key]?.file ?? key);
  return [
    `<script type="module" async crossorigin src="/${entry.file}"></script>`,
    ...imports.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
  ].join('\n    ');
}

function pageHtml(template: string, page: RenderedPage, preloads: string[], early: string | null): string {
  const links = preloads
    .filter((file) => !`${template}${early ?? ''}`.includes(`"/${file}"`))
    .map((file) =>
      file.endsWith('.css')
        ? `<link rel="stylesheet" crossorigin href="/${file}">`
        : `<link rel="modulepreload" crossorigin href="/${file}">`,
    )
    .join('\n    ');
  let html = template;
  const replace = (pattern: string | RegExp, value: string) => {
    const next = html.replace(pattern, () => value);
    if (next === html) throw new Error(`prerender: index.html has no ${String(pattern)}`);
    html = next;
  };
  // Right after the charset (the Content Security Policy is above it), before the app's own files.
  if (early) replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${early}`);
  if (page.title !== null) replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`);
  if (links) replace('</head>', `  ${links}\n  </head>`);
  replace(
    '<div id="root"></div>',
    `<div id="root">${page.html}</div>\n    <script type="application/json" id="${ROUTE_DATA_ID}">${page.data}</script>`,
  );
  return html;
}

export type PrerenderResult = { path: string; file: string; bytes: number };

export async function prerender(root: string): Promise<PrerenderResult[]> {
  const dist = join(root, 'dist');
  const ssrOut = join(root, 'node_modules/.cache/whosaid-ssr');
  await build({
    root,
    logLevel: 'warn',
    build: {
      ssr: 'src/app/render-static.tsx',
      outDir: ssrOut,
      emptyOutDir: true,
      copyPublicDir: false,
      manifest: false,
    },
  });
  const { renderPage } = (await import(pathToFileURL(join(ssrOut, 'render-static.js')).href)) as {
    renderPage: (pathname: string) => Promise<RenderedPage>;
  };

  const template = await readFile(join(dist, 'index.html'), 'utf8');
  const manifest = JSON.parse(await readFile(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  await copyFile(join(dist, 'index.html'), join(dist, SHELL_FILE));

  const catalog = JSON.parse(await readFile(join(dist, 'articles/index.json'), 'utf8')) as {
    articles: { id: string }[];
  };
  const pages = [
    { path: '/', file: 'index.html' },
    ...catalog.articles.map(({ id }) => ({ path: `/articles/${encodeURIComponent(id)}`, file: `articles/${id}.html` })),
  ];

  const realFetch = globalThis.fetch;
  globalThis.fetch = fetchFromDist(dist);
  try {
    const results: PrerenderResult[] = [];
    for (const { path, file } of pages) {
      const page = await renderPage(path);
      if (page.status !== 200) throw new Error(`prerender: ${path} rendered with status ${page.status}`);
      const preloads = [
        ...new Set(page.routePaths.flatMap((p) => (ROUTE_MODULES[p] ? chunkFiles(manifest, ROUTE_MODULES[p]) : []))),
      ];
      const html = pageHtml(template, page, preloads, path === '/' ? earlyTags(manifest) : null);
      const out = join(dist, file);
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, html);
      results.push({ path, file, bytes: Buffer.byteLength(html) });
    }
    return results;
  } finally {
    globalThis.fetch = realFetch;
    await rm(join(dist, '.vite'), { recursive: true, force: true });
  }
}
