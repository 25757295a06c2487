import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { buildManifest } from './scripts/custom-elements-manifest.mjs';
import { renderDocs } from './scripts/docs-site.mjs';
import { shareCardPng } from './scripts/share-card.mjs';
import { embedCode } from './worker/lib/embed-code';
import { SHARE_CARD } from './worker/lib/share-card';

/** Response headers for the static assets (Cloudflare `_headers` format). */
const HEADERS = `/embed.js
  Access-Control-Allow-Origin: *
  Cache-Control: public, max-age=300, stale-while-revalidate=86400
  X-Content-Type-Options: nosniff

/admin.js
  Cache-Control: no-cache
  X-Content-Type-Options: nosniff

/assets/*
  Access-Control-Allow-Origin: *
  Cache-Control: public, max-age=31536000, immutable
  X-Content-Type-Options: nosniff

/custom-elements.json
  Access-Control-Allow-Origin: *
  Cache-Control: public, max-age=300
  X-Content-Type-Options: nosniff

/docs/*
  Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'; frame-ancestors 'none'
  X-Frame-Options: DENY
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Copies demo/** (owned by the platform engineer) as-is into dist/ and writes dist/_headers. */
function staticFiles(): Plugin {
  return {
    name: 'gongyi-static',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: HEADERS });
      if (!existsSync('demo')) return;
      for (const f of files('demo')) {
        this.emitFile({ type: 'asset', fileName: relative('demo', f).split('\\').join('/'), source: readFileSync(f) });
      }
    },
  };
}

/**
 * dist/custom-elements.json from the elements' JSDoc, and the documentation site (dist/docs/) from
 * that manifest: one source for editors, linters and readers.
 */
function elementDocs(): Plugin {
  return {
    name: 'gongyi-element-docs',
    generateBundle() {
      const manifest = buildManifest(process.cwd());
      this.emitFile({ type: 'asset', fileName: 'custom-elements.json', source: JSON.stringify(manifest, null, 2) + '\n' });
      for (const [fileName, source] of Object.entries(renderDocs(manifest, embedCode))) this.emitFile({ type: 'asset', fileName, source });
      this.emitFile({ type: 'asset', fileName: 'docs/docs.css', source: readFileSync('scripts/docs-site.css') });
    },
  };
}

/** dist/share-card.png: the share pages' og:image when a project has no raster cover (scripts/share-card.mjs). */
function shareCard(): Plugin {
  return {
    name: 'gongyi-share-card',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SHARE_CARD.path.slice(1), source: shareCardPng(SHARE_CARD.size) });
    },
  };
}

/**
 * The minifier keeps template literals verbatim, so Lit's html`` and css`` templates still carry
 * their source indentation. Newline + indentation is never significant in them (HTML and CSS
 * collapse it; no template puts it inside a white-space: pre element), and minified code has no
 * other newlines, so collapse it to one space (which gzips better than a newline among spaces).
 */
function collapseTemplateWhitespace(): Plugin {
  return {
    name: 'gongyi-collapse-template-whitespace',
    renderChunk(code) {
      return { code: code.replace(/\n\s+/g, ' '), map: null };
    },
  };
}

/** Minifies the CSS inside css`` templates of widgets/src/**\/*.styles.ts (pure CSS, no JS in them). */
function minifyLitCss(): Plugin {
  const min = (c: string) =>
    c
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/\s+!important/g, '!important')
      // 0.75em → .75em (a 0 after a digit or a dot is part of a number: 10.5, 1.05)
      .replace(/([^\d.])0\.(\d)/g, '$1.$2')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'gongyi-minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/widgets[\\/]src[\\/].*styles\.ts$/.test(id)) return null;
      return { code: code.replace(/css`([^`]*)`/g, (_, body: string) => 'css`' + min(body) + '`'), map: null };
    },
  };
}

/**
 * The staff console (widgets/admin → dist/admin.js + dist/assets/console/*, served by /admin) is
 * built after the widgets as a bundle of its own, with its own copy of lit: sharing chunks with the
 * widgets would change their code (chunk exports, minified names) and so what every reader downloads.
 */
function staffConsole(): Plugin {
  return {
    name: 'gongyi-staff-console',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        resolve: { conditions: ['module', 'browser', 'production'] },
        plugins: [collapseTemplateWhitespace()],
        build: {
          outDir: 'dist',
          emptyOutDir: false, // the widgets were just written there
          target: 'es2022',
          minify: true,
          lib: { entry: { admin: 'widgets/admin/main.ts' }, formats: ['es'] },
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
    },
  };
}

export default defineConfig({
  publicDir: false,
  // Always Lit's production build, even when a test runner sets NODE_ENV=test (dev Lit is 13 KB more).
  resolve: { conditions: ['module', 'browser', 'production'] },
  plugins: [minifyLitCss(), staticFiles(), elementDocs(), shareCard(), collapseTemplateWhitespace(), staffConsole()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    reportCompressedSize: true,
    // Library mode: Vite then leaves dynamic import() alone (no modulepreload helper in the loader,
    // chunks resolve relative to embed.js, which is what a cross-origin embed needs).
    lib: { entry: { embed: 'widgets/src/embed.ts' }, formats: ['es'] },
    rolldownOptions: {
      output: {
        minify: true,
        // No comments in what readers download: the minifier would otherwise keep `/* @__PURE__ */`
        // annotations (a hint for a later bundler; nothing bundles dist/ again).
        comments: false,
        entryFileNames: '[name].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        codeSplitting: {
          groups: [{ name: 'shared', test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|widgets[\\/]src[\\/]lib[\\/]/ }],
        },
      },
    },
  },
});
