// `npm run checks`: the static checks of `npm test` (eslint, prettier, the typecheck projects), two
// at a time. Each is one single-threaded process, so on a 2-core machine two at a time take half
// the time of one after another (more cores, more at a time). A failing check's output is printed in full once it ends; the
// run fails if any check failed. Plain Node ESM, no dependencies.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

/** Longest first, so the last one to start is a short one. */
const CHECKS = [
  ['eslint', [bin('eslint'), '.']],
  ['types: worker', [bin('tsc'), '-p', 'test/worker']],
  ['types: node host', [bin('tsc'), '-p', 'test/node']],
  ['prettier', [bin('prettier'), '--check', '.', '--log-level', 'warn']],
  ['types: widgets', [bin('tsc'), '-p', 'widgets/tsconfig.json']],
  ['types: e2e', [bin('tsc'), '-p', 'test/e2e/tsconfig.json']],
  ['types: console', [bin('tsc'), '-p', 'console/tsconfig.json']],
  ['types: common', [bin('tsc'), '-p', 'common']],
];

function runCheck([name, [cmd, ...args]]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${secs} s)`);
      if (code !== 0) console.log(out.trimEnd() + '\n');
      resolve(code === 0);
    });
  });
}

const queue = [...CHECKS];
const lanes = Math.max(2, availableParallelism());
const results = await Promise.all(
  Array.from({ length: lanes }, async () => {
    const ok = [];
    for (let c = queue.shift(); c; c = queue.shift()) ok.push(await runCheck(c));
    return ok.every(Boolean);
  }),
);
process.exit(results.every(Boolean) ? 0 : 1);
