// The widgets' build: the loader (widgets/src/embed.ts → dist/embed.js), the elements' chunks, and
// dist/'s static files (demo pages, _headers, custom-elements.json, docs, share card). The staff
// console has a build of its own (console/vite.config.ts); `npm run build` runs this one first.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { collapseTemplateWhitespace } from './scripts/collapse-template-whitespace.mjs';
import { buildManifest } from './scripts/custom-elements-manifest.mjs';
import { renderDocs } from './scripts/docs-site.mjs';
import { shareCardPng } from './scripts/share-card.mjs';
import { embedCode } from './worker/embedding/embed-code';
import { SHARE_CARD } from './worker/embedding/share-card';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Copies _headers (the static assets' response headers) and demo/** (owned by the platform engineer) as-is into dist/. */
function staticFiles(): Plugin {
  return {
    name: 'gongyi-static',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: readFileSync('_headers') });
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
      this.emitFile({
        type: 'asset',
        fileName: 'custom-elements.json',
        source: JSON.stringify(manifest, null, 2) + '\n',
      });
      for (const [fileName, source] of Object.entries(renderDocs(manifest, embedCode)))
        this.emitFile({ type: 'asset', fileName, source });
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
 * Lit's production build still carries three developer-facing error messages (css`` and html``
 * misused: about 250 characters, ~100 B gzip in every element's first paint) that a reader's
 * browser never needs. Each becomes the name of what was misused; the throw stays. A message Lit
 * no longer has is a warning here (the size budget test then shows what it costs).
 */
function shortLitErrors(): Plugin {
  return patchLit('gongyi-short-lit-errors', [
    [
      /node_modules[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/,
      [
        ['"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"CSSResult"'],
        [
          `"Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."`,
          '"css: "+t',
        ],
      ],
    ],
    [/node_modules[\\/]lit-html[\\/]lit-html\.js$/, [['"invalid template strings array"', '"html"']]],
  ]);
}

/**
 * Parts of Lit no widget uses, taken out of the shared chunk (~440 B gzip of every element's first
 * paint, issue 27): the hooks for the old Shadow DOM polyfills, SSR hydration and Lit's version
 * registry (nothing on a reader's page sets or reads them); decorators (the elements declare
 * `static properties`); svg`` and mathml`` templates (the share poster draws its SVG by hand);
 * directives (no template binds one, so resolving a value leaves it as it is). eslint.config.mjs
 * forbids importing decorators, directives, svg and mathml in widgets/src, so nothing can start
 * needing them unnoticed. Each piece is matched exactly; one Lit no longer has is a warning.
 */
function unusedLitFeatures(): Plugin {
  return patchLit('gongyi-unused-lit-features', [
    [
      /node_modules[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/,
      [['t.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&', 't.ShadowRoot&&']],
    ],
    [
      /node_modules[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/,
      [
        [',p=a.reactiveElementPolyfillSupport', ''],
        [/,p\?\.\(\{ReactiveElement:y\}\),\(a\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, ''],
        ['Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', ''],
        ['static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', ''],
        [',void 0!==t.l&&(this.l=[...t.l])', ''],
        [
          'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}',
          '',
        ],
        [',this.constructor.l?.forEach(t=>t(this))', ''],
      ],
    ],
    [
      /node_modules[\\/]lit-html[\\/]lit-html\.js$/,
      [
        ['l=2===i?"<svg>":3===i?"<math>":""', 'l=""'],
        ['+(2===i?"</svg>":3===i?"</math>":"")', ''],
        [
          'if(this.el=S.createElement(f,e),P.currentNode=this.el.content,2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}',
          'this.el=S.createElement(f,e),P.currentNode=this.el.content;',
        ],
        [
          'function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}',
          'function M(t,i){return i}',
        ],
        [/,B=t\.litHtmlPolyfillSupport;B\?\.\(S,k\),\(t\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\);/, ';'],
      ],
    ],
    [
      /node_modules[\\/]lit-element[\\/]lit-element\.js$/,
      [
        [',s.litElementHydrateSupport?.({LitElement:i});const o=s.litElementPolyfillSupport;o?.({LitElement:i});', ';'],
        [/\(s\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/, ''],
      ],
    ],
  ]);
}

/** Replaces exact pieces of Lit's production files; a piece a file no longer has is a build warning. */
function patchLit(name: string, files: [RegExp, [string | RegExp, string][]][]): Plugin {
  return {
    name,
    transform(code, id) {
      const file = files.find(([re]) => re.test(id));
      if (!file) return null;
      for (const [piece, by] of file[1]) {
        const found = typeof piece === 'string' ? code.includes(piece) : piece.test(code);
        if (found) code = code.replace(piece, by);
        else this.warn(`Lit's ${String(piece).slice(0, 50)}… is no longer in ${id}`);
      }
      return { code, map: null };
    },
  };
}

export default defineConfig({
  publicDir: false,
  // Always Lit's production build, even when a test runner sets NODE_ENV=test (dev Lit is 13 KB more).
  resolve: { conditions: ['module', 'browser', 'production'] },
  plugins: [
    minifyLitCss(),
    shortLitErrors(),
    unusedLitFeatures(),
    staticFiles(),
    elementDocs(),
    shareCard(),
    collapseTemplateWhitespace(' ', { besideBlocks: true }),
  ],
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
        // Six characters of content hash (36 bits) tell a chunk's versions apart as well as eight,
        // and every chunk name is written in the loader and in the chunks that import it: ~30 B
        // gzip less in each element's first paint.
        chunkFileNames: 'assets/[name]-[hash:6].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        codeSplitting: {
          // common/'s pieces that widgets/src/lib uses join it; the rest of common/ goes where it is used.
          groups: [
            {
              name: 'shared',
              test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|widgets[\\/]src[\\/]lib[\\/]|common[\\/](locale|format|headers)\.ts$/,
            },
          ],
        },
      },
    },
  },
});
