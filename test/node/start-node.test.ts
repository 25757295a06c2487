// `npm run start:node` as a person runs it (here with --skip-build: the suite built dist/ and the
// Node host already): it reuses or creates .dev.vars with ADMIN_TOKEN, prepares the SQLite file in
// DATA_DIR with the migrations and demo data, and serves everything `npm start` serves on PORT.
// Started twice on the same data: the demo data is not loaded twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, freePort, readVar, waitForHttp } from '../../scripts/lib.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'gongyi-start-node-'));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function startNode(port: number) {
  child = spawn(process.execPath, [join(ROOT, 'scripts/start-node.mjs'), '--skip-build'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, { timeoutMs: 90_000 });
  return { output: () => out, stop: async () => (child!.kill('SIGTERM'), exited) };
}

describe('npm run start:node', () => {
  it('serves the demo article, the API, /admin, /embed.js, /docs/, /img and the pages, with the .dev.vars token', async () => {
    const port = await freePort();
    const run = await startNode(port);
    const base = `http://127.0.0.1:${port}`;
    for (const path of [
      '/',
      '/embed.js',
      '/admin',
      '/docs/',
      '/api/docs',
      '/p/gaoping-lunch',
      '/embed/progress/gaoping-lunch',
      '/img/progress/gaoping-lunch.svg',
      '/yiyang',
    ]) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(200);
      await res.arrayBuffer();
    }
    const campaign = (await (await fetch(`${base}/api/v1/campaigns/gaoping-lunch`)).json()) as {
      raisedAmount: number;
      donorCount: number;
    };
    expect(campaign.donorCount).toBeGreaterThan(0);
    const token = readVar(join(ROOT, '.dev.vars'), 'ADMIN_TOKEN');
    expect(token).toBeTruthy();
    const orgs = await fetch(`${base}/api/v1/admin/orgs`, { headers: { Authorization: `Bearer ${token}` } });
    expect(orgs.status).toBe(200);
    expect(run.output()).toMatch(/ADMIN_TOKEN (?:from|in)/);
    expect(await run.stop()).toBe(0);

    // Again on the same database: migrations and demo data are idempotent.
    const again = await startNode(port);
    const same = (await (await fetch(`${base}/api/v1/campaigns/gaoping-lunch`)).json()) as typeof campaign;
    expect(same).toMatchObject({ raisedAmount: campaign.raisedAmount, donorCount: campaign.donorCount });
    expect(await again.stop()).toBe(0);
  });
});
