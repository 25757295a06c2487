#!/usr/bin/env node
// `npm run start:node`: the self-hosted runtime (Node + SQLite) of the same service `npm start`
// runs on wrangler dev. Builds the widgets and the Node host (unless --skip-build), makes sure a
// local admin token exists in .dev.vars (as `npm start` does), and serves everything on
// http://localhost:${PORT:-8787} from one Node process; the database is ${DATA_DIR:-.data}/gongyi.sqlite,
// migrated and loaded with the demo data on every start (idempotent).
//
// Flags: --skip-build (reuse dist/ and node-host/dist/), --no-seed (migrations only, no demo data).
import { spawn } from 'node:child_process';
import { relative } from 'node:path';
import { ROOT, buildWidgets, ensureDevVars } from './lib.mjs';
import { NODE_SERVER } from './build-node.mjs';

const argv = new Set(process.argv.slice(2));
const step = (s) => console.log(`\n\x1b[1m▸ ${s}\x1b[0m`);

try {
  if (!argv.has('--skip-build')) {
    step('Building the widgets (npm run build → dist/) and the Node host (node-host/dist/server.mjs)');
    await buildWidgets(); // npm run build: vite build, then scripts/build-node.mjs
  }
  const { file, token, created } = ensureDevVars();
  const where = relative(process.cwd(), file) || file;
  step(created ? `Created ${where} with a random ADMIN_TOKEN` : `Using ADMIN_TOKEN from ${where}`);

  const port = Number(process.env.PORT || 8787);
  const base = `http://localhost:${port}`;
  step(`Starting the Node host on ${base} (SQLite in ${process.env.DATA_DIR || '.data'}/gongyi.sqlite)`);
  console.log(`
  Demo article     ${base}/
  Loader           ${base}/embed.js
  API docs         ${base}/api/docs
  Staff console    ${base}/admin
  Admin token      ADMIN_TOKEN in ${file}
                   curl -H "Authorization: Bearer ${token.slice(0, 6)}…" ${base}/api/v1/admin/orgs
`);
  const child = spawn(process.execPath, [NODE_SERVER, ...(argv.has('--no-seed') ? [] : ['--seed'])], {
    cwd: ROOT,
    env: { ...process.env, GONGYI_ROOT: ROOT },
    stdio: 'inherit',
  });
  // Ctrl-C / termination go to the server, which finishes its requests and closes the database.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(sig, () => child.kill(sig === 'SIGHUP' ? 'SIGTERM' : sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
} catch (e) {
  console.error(`\n✖ ${e.message}`);
  process.exit(1);
}
