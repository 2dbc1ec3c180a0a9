import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { SECURITY_HEADERS } from './scripts/build/csp.ts';
import { cspMetaPlugin, earlyScriptPlugin, spaShellPlugin } from './scripts/build/vite-plugins.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), earlyScriptPlugin(), cspMetaPlugin(), spaShellPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // The manifest tells scripts/build/prerender.ts which chunks each page's route module needs.
    manifest: true,
    rolldownOptions: {
      treeshake: {
        // Feature, shared, route and component modules only define things: importing one
        // export through a feature's index must not load the index's other modules (the
        // reader takes ExportActions from the library, whose index also has Readability
        // and IndexedDB). Worker entries do run code at load, so they keep it. The article
        // modules (schema, slugs, digests) only define things too: `/` takes slugify without the schema.
        moduleSideEffects: (id: string) =>
          /\/src\/(article|features|shared|app\/routes|app\/components)\//.test(id) && !/worker/.test(id)
            ? false
            : undefined,
      },
      output: {
        // src/shared's few small helpers (dates, labels, the palette) are one chunk: the reader and the
        // library pages both need them, and one file costs less than the three the split would make.
        // The library's first read is a chunk of its own: the early script (src/early.ts) loads only it.
        codeSplitting: {
          groups: [
            { name: 'shared', test: /\/src\/shared\// },
            { name: 'first-page', test: /\/src\/features\/library\/lib\/first-page\.ts$/ },
            // Slugs are all `/` needs of src/article at first: the schema (zod) loads when something is validated.
            { name: 'slug', test: /\/src\/article\/slug\.ts$/ },
          ],
        },
      },
    },
  },
  // No CSP header in development: the React refresh preamble is an inline
  // script and Vite injects CSS as <style> elements, both of which it blocks.
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: { ...SECURITY_HEADERS } },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    // Builds lib/ when it is older than src/: the queue and package tests run the built command.
    globalSetup: ['test/support/build-lib.ts'],
    restoreMocks: true,
    // Room for the 4 s waits of test/setup.ts on a loaded machine (the default is 5 s per test).
    testTimeout: 15_000,
  },
});
