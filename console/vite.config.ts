// The staff console's build (`vite build --config console/vite.config.ts`, the second step of
// `npm run build`): console/main.ts → dist/admin.js + dist/assets/console/*, served by /admin.
// A bundle of its own with its own copy of lit: sharing chunks with the widgets would change their
// code (chunk exports, minified names) and so what every reader downloads. It runs after the
// widgets' build (vite.config.ts), which empties dist/, and writes beside their files.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { collapseTemplateWhitespace } from '../scripts/collapse-template-whitespace.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: ROOT,
  logLevel: 'warn',
  publicDir: false,
  // Lit's production build, as for the widgets.
  resolve: { conditions: ['module', 'browser', 'production'] },
  plugins: [collapseTemplateWhitespace()],
  build: {
    outDir: 'dist',
    emptyOutDir: false, // the widgets are already there
    target: 'es2022',
    minify: true,
    lib: { entry: { admin: 'console/main.ts' }, formats: ['es'] },
    rolldownOptions: {
      output: {
        minify: true,
        entryFileNames: '[name].js',
        // Not under /admin/: that path is the worker's (run_worker_first), not the assets'.
        chunkFileNames: 'assets/console/[name]-[hash].js',
      },
    },
  },
});
