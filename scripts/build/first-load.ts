/**
 * What a page loads before it is interactive, read from the built HTML: the
 * entry script, every `modulepreload` (the entry's static imports and, on a
 * prerendered page, its route module) and classic scripts (theme.js) as
 * JavaScript; stylesheets as CSS. Sizes raw, gzip (level 9) and brotli
 * (quality 11), as a server would send them compressed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Sizes = { raw: number; gzip: number; brotli: number };
export type Asset = Sizes & { file: string; type: 'js' | 'css' };
export type FirstLoad = { page: string; assets: Asset[]; js: Sizes; css: Sizes };

export function compressedSizes(bytes: Buffer): Sizes {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const sum = (assets: readonly Asset[]): Sizes => ({
  raw: assets.reduce((n, a) => n + a.raw, 0),
  gzip: assets.reduce((n, a) => n + a.gzip, 0),
  brotli: assets.reduce((n, a) => n + a.brotli, 0),
});

/** The same-origin files a page's HTML loads up front. */
export function firstLoadFiles(html: string): { file: string; type: 'js' | 'css' }[] {
  const files: { file: string; type: 'js' | 'css' }[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url?.startsWith('/')) continue;
    if (tag.startsWith('<script') && !/type="application\/json"/.test(tag)) files.push({ file: url, type: 'js' });
    else if (/rel="modulepreload"/.test(tag)) files.push({ file: url, type: 'js' });
    else if (/rel="stylesheet"/.test(tag)) files.push({ file: url, type: 'css' });
  }
  return [...new Map(files.map((f) => [f.file, f])).values()];
}

/** First-load JavaScript and CSS of one built page (`index.html`, `articles/x.html`). */
export async function firstLoad(dist: string, page: string): Promise<FirstLoad> {
  const html = await readFile(join(dist, page), 'utf8');
  const assets = await Promise.all(
    firstLoadFiles(html).map(async ({ file, type }) => ({
      file,
      type,
      ...compressedSizes(await readFile(join(dist, decodeURIComponent(file)))),
    })),
  );
  return {
    page,
    assets,
    js: sum(assets.filter((a) => a.type === 'js')),
    css: sum(assets.filter((a) => a.type === 'css')),
  };
}
