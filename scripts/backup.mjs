#!/usr/bin/env node
// `npm run backup -- FILE`: an online, consistent copy of the Node host's database
// (${DATA_DIR:-.data}/gongyi.sqlite) while it serves. See node-host/backup.ts.
import { resolve } from 'node:path';
import { ROOT } from './lib.mjs';
import { NODE_SERVER } from './build-node.mjs';

const target = process.argv[2];
if (!target) {
  console.error('usage: npm run backup -- FILE');
  process.exit(2);
}
const source = resolve(ROOT, process.env.DATA_DIR || '.data', 'gongyi.sqlite');
try {
  const { backupDatabase } = await import(NODE_SERVER.replace(/server\.mjs$/, 'backup.mjs'));
  const t = performance.now();
  const { pages } = await backupDatabase(source, resolve(target));
  console.log(
    `Backed up ${source} → ${resolve(target)} (${pages} pages, ${Math.round(performance.now() - t)} ms, integrity ok)`,
  );
} catch (e) {
  console.error(`✖ ${e.message}`);
  process.exit(1);
}
