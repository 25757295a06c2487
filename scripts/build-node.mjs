#!/usr/bin/env node
// Bundles the Node host (node-host/main.ts and the worker app it serves) into
// node-host/dist/server.mjs with esbuild: Node 20 runs no TypeScript. Dependencies stay in
// node_modules (better-sqlite3 is a native addon).
import { build } from 'esbuild';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

export const NODE_SERVER = join(ROOT, 'node-host', 'dist', 'server.mjs');

export async function buildNodeHost() {
  await build({
    // server.mjs: the server; backup.mjs: `npm run backup` / `npm run restore`.
    entryPoints: { server: join(ROOT, 'node-host', 'main.ts'), backup: join(ROOT, 'node-host', 'backup.ts') },
    outdir: join(ROOT, 'node-host', 'dist'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return NODE_SERVER;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildNodeHost();
  console.log(`Node host bundled: ${NODE_SERVER}`);
}
