// Before the e2e run: builds the widgets, demo pages and Node host into dist/ and node-host/dist/
// once (the servers serve them; GONGYI_SKIP_BUILD=1 reuses an existing build, e.g. when
// `npm test` has just built it). With GONGYI_SHARE_SERVER=1 it also starts one server of the
// run's runtime (GONGYI_RUNTIME) that every file without servers of its own shares
// (`liveServer()` in browser.ts): one start instead of one per file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, buildWidgets } from '../../scripts/lib.mjs';
import { startLocalServer } from '../../scripts/local-server.mjs';
import type { SharedServer } from './shared-server.js';

export default async function setup(project: TestProject): Promise<void | (() => Promise<void>)> {
  if (!(process.env.GONGYI_SKIP_BUILD === '1' && existsSync(join(ROOT, 'dist', 'embed.js'))))
    await buildWidgets({ quiet: true });
  if (process.env.GONGYI_SHARE_SERVER !== '1') return;
  const server = await startLocalServer();
  const shared: SharedServer = {
    url: server.url,
    port: server.port,
    adminToken: server.adminToken,
    persistTo: server.persistTo,
    runtime: server.runtime,
    pid: server.pid,
  };
  project.provide('sharedServer', shared);
  return () => server.stop();
}
