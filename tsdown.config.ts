/**
 * `npm run build:lib`: the package's compiled JavaScript in `lib/`, for Node 20
 * and later. `index` and `article` are the library (`whosaid`,
 * `whosaid/article`) with bundled type declarations; `cli` is the `whosaid`
 * command and `parse-worker` its worker thread, plain ES modules, so nothing
 * needs tsx at run time. Dependencies stay external: npm installs them beside
 * the package.
 */
import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/api/index.ts',
    article: 'src/api/article.ts',
    cli: 'src/cli/whosaid.ts',
    'parse-worker': 'src/cli/parse-worker.ts',
  },
  outDir: 'lib',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  dts: true,
  clean: true,
  hash: false,
  // `.js` (the package is "type": "module"), so the command finds `parse-worker.js` beside it.
  fixedExtension: false,
  // Shared chunks get a prefix, so none takes an entry's name (src/article/index.ts would be `index`).
  outputOptions: { chunkFileNames: 'shared-[name].js' },
  logLevel: 'warn',
  checks: { pluginTimings: false },
});
