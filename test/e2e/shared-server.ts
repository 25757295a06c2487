// The server a whole e2e run may share (global-setup.ts starts it with GONGYI_SHARE_SERVER=1), or,
// without one, a fresh server per file as before.
import { inject } from 'vitest';
import { startLocalServer, type LocalServer, type Runtime } from '../../scripts/local-server.mjs';

export type SharedServer = Pick<LocalServer, 'url' | 'port' | 'adminToken' | 'persistTo'> & {
  runtime?: Runtime;
  pid?: number;
};

declare module 'vitest' {
  export interface ProvidedContext {
    sharedServer?: SharedServer;
  }
}

/** The run's shared server (its stop() leaves it running for the other files), else a fresh one. */
export async function liveServer(): Promise<LocalServer> {
  const shared = inject('sharedServer');
  if (!shared) return startLocalServer();
  return { ...shared, stop: async () => {}, logs: () => '', alive: () => processAlive(shared.pid) };
}

/** Whether the shared server's process still runs (signal 0 only asks). */
function processAlive(pid: number | undefined): boolean {
  if (pid === undefined) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
