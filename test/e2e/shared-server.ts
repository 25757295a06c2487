// The server a whole e2e run may share (global-setup.ts starts it with GONGYI_SHARE_SERVER=1), or,
// without one, a fresh server per file as before.
import { inject } from 'vitest';
import { startLocalServer, type LocalServer, type Runtime } from '../../scripts/local-server.mjs';

export type SharedServer = Pick<LocalServer, 'url' | 'port' | 'adminToken' | 'persistTo'> & { runtime?: Runtime };

declare module 'vitest' {
  export interface ProvidedContext {
    sharedServer?: SharedServer;
  }
}

/** The run's shared server (its stop() leaves it running for the other files), else a fresh one. */
export async function liveServer(): Promise<LocalServer> {
  const shared = inject('sharedServer');
  if (!shared) return startLocalServer();
  return { ...shared, stop: async () => {}, logs: () => '' };
}
