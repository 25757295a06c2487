#!/usr/bin/env node
// `npm run restore -- FILE`: with the server stopped, replace the Node host's database
// (${DATA_DIR:-.data}/gongyi.sqlite) with a backup made by `npm run backup`. See node-host/backup.ts.
import { resolve } from 'node:path';
import { ROOT } from './lib.mjs';
import { NODE_SERVER } from './build-node.mjs';

const source = process.argv[2];
if (!source) {
  console.error('usage: npm run restore -- FILE   (stop the server first)');
  process.exit(2);
}
const target = resolve(ROOT, process.env.DATA_DIR || '.data', 'gongyi.sqlite');
try {
  const { restoreDatabase } = await import(NODE_SERVER.replace(/server\.mjs$/, 'backup.mjs'));
  await restoreDatabase(resolve(source), target);
  console.log(`Restored ${resolve(source)} → ${target}`);
} catch (e) {
  console.error(`✖ ${e.message}`);
  process.exit(1);
}
