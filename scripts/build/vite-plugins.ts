/**
 * Vite plugins for the production build and `vite preview`:
 *
 * - `cspMeta`: writes the Content Security Policy into every built page as a
 *   `<meta http-equiv>` (build only: in development the React refresh
 *   preamble is an inline script, which the policy would block).
 * - `spaShell`: `vite preview` answers a page the build did not prerender
 *   (a stored article at /articles/<id>, /search…) with `200.html`, the
 *   empty app shell, instead of `index.html`, which is the prerendered home
 *   page. Static hosts need the same rule (Surge reads 200.html by itself;
 *   elsewhere: rewrite unknown paths to /200.html with status 200).
 * - `earlyScript`: builds `src/early.ts` as an entry of its own (the
 *   prerender loads it first on `/` only, see prerender.ts: the other pages
 *   have no use for it and the reader's first load stays as it was).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { cspMeta } from './csp.ts';

export const SHELL_FILE = '200.html';

export function cspMetaPlugin(): Plugin {
  return {
    name: 'whosaid:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export const EARLY_ENTRY = 'src/early.ts';

export function earlyScriptPlugin(): Plugin {
  return {
    name: 'whosaid:early-script',
    apply: 'build',
    config: (config) =>
      config.build?.ssr
        ? undefined
        : { build: { rolldownOptions: { input: { index: 'index.html', early: EARLY_ENTRY } } } },
  };
}

export function spaShellPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'whosaid:spa-shell',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        const accept = req.headers.accept ?? '';
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !accept.includes('text/html') || !req.url) return next();
        let pathname: string;
        try {
          pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
        } catch {
          return next();
        }
        // A file, or a page the build wrote (`/` → index.html, `/articles/x` → articles/x.html): serve it.
        if (pathname === '/' || /\.[a-z0-9]+$/i.test(pathname)) return next();
        const file = join(outDir, pathname);
        if (!file.startsWith(outDir) || existsSync(`${file}.html`) || existsSync(join(file, 'index.html')))
          return next();
        if (existsSync(join(outDir, SHELL_FILE))) req.url = `/${SHELL_FILE}`;
        next();
      });
    },
  };
}
