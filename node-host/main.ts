// The Node host's command line (bundled to node-host/dist/server.mjs by scripts/build-node.mjs):
//   node node-host/dist/server.mjs [--seed]
// PORT, HOST, DATA_DIR and the settings of config.ts come from the environment. SIGTERM / SIGINT:
// stop accepting, finish in-flight requests and background work, close the database, exit 0.
import { startNodeHost } from './server';

const root = process.env.GONGYI_ROOT ?? process.cwd();
try {
  const host = await startNodeHost({ root, seed: process.argv.includes('--seed') });
  console.log(`Gongyi on Node listening on ${host.url} (database ${host.config.databaseFile})`);
  let signalled = false;
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.on(sig, () => {
      if (signalled) return;
      signalled = true;
      console.log(`${sig}: finishing in-flight requests, then closing the database`);
      host.close().then(
        () => process.exit(0),
        (e) => {
          console.error('shutdown failed', e);
          process.exit(1);
        },
      );
    });
  }
} catch (e) {
  console.error(`✖ ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
