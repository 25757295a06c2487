#!/usr/bin/env node
// `npm start`: build the widgets, make sure a local admin token and donor-link secret exist,
// prepare the local D1 database (migrations + demo data, both idempotent) and serve everything
// from one wrangler dev process on http://localhost:${PORT:-8787}.
//
// Flags: --skip-build (reuse dist/), --skip-db (do not touch the database).
import { spawn } from 'node:child_process';
import { relative } from 'node:path';
import { ROOT, WRANGLER, buildWidgets, ensureDevVars, wranglerEnv } from './lib.mjs';
import { prepareDatabase } from './local-server.mjs';

const argv = new Set(process.argv.slice(2));
const port = Number(process.env.PORT || 8787);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a TCP port number, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}
const step = (s) => console.log(`\n\x1b[1m▸ ${s}\x1b[0m`);

try {
  if (!argv.has('--skip-build')) {
    step('Building the widgets (npm run build → dist/)');
    await buildWidgets();
  }

  const { file, token, created } = ensureDevVars();
  const where = relative(process.cwd(), file) || file;
  step(
    created.length
      ? `Added a random ${created.join(' and ')} to ${where}`
      : `Using ADMIN_TOKEN and DONOR_LINK_SECRET from ${where}`,
  );

  if (!argv.has('--skip-db')) {
    step('Applying D1 migrations and loading the demo data (local database in .wrangler/state)');
    await prepareDatabase();
  }

  const base = `http://localhost:${port}`;
  step(`Starting wrangler dev on ${base}`);
  console.log(`
  Demo article     ${base}/
  Embed examples   ${base}/embed-examples.html
  Loader           ${base}/embed.js
  API docs         ${base}/api/docs
  Admin token      ADMIN_TOKEN in ${file}
                   curl -H "Authorization: Bearer ${token.slice(0, 6)}…" ${base}/api/v1/admin/orgs
`);

  const child = spawn(
    WRANGLER,
    ['dev', '--port', String(port), ...(process.env.HOST ? ['--ip', process.env.HOST] : [])],
    {
      cwd: ROOT,
      env: wranglerEnv(),
      stdio: 'inherit',
    },
  );
  // Forward Ctrl-C / termination to wrangler and leave with its status.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
} catch (e) {
  console.error(`\n✖ ${e.message}`);
  process.exit(1);
}
