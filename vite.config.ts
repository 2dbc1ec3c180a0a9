import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { SECURITY_HEADERS } from './scripts/build/csp.ts';
import { cspMetaPlugin, spaShellPlugin } from './scripts/build/vite-plugins.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), cspMetaPlugin(), spaShellPlugin()],
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
        // and IndexedDB). Worker entries do run code at load, so they keep it.
        moduleSideEffects: (id: string) =>
          /\/src\/(features|shared|app\/routes|app\/components)\//.test(id) && !/worker/.test(id) ? false : undefined,
      },
      output: {
        // src/shared's few small helpers (dates, labels, the palette) are one chunk: the reader and the
        // library pages both need them, and one file costs less than the three the split would make.
        codeSplitting: { groups: [{ name: 'shared', test: /\/src\/shared\// }] },
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
  },
});
