#!/usr/bin/env node
// `npm run seed`: apply the D1 migrations and load the demo data (schema/seed/*.sql, in order) into the local database
// (.wrangler/state, the one `npm start` serves; --persist-to DIR for another). Idempotent.
import { prepareDatabase } from './local-server.mjs';

const i = process.argv.indexOf('--persist-to');
const persistTo = i > 0 ? process.argv[i + 1] : undefined;
try {
  await prepareDatabase({ persistTo });
  console.log('Local D1 database ready' + (persistTo ? ` (${persistTo})` : ' (.wrangler/state)'));
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
