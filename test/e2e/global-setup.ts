// Builds the widgets and demo pages into dist/ once before the e2e run (the worker serves dist/).
// GONGYI_SKIP_BUILD=1 reuses an existing dist/ (e.g. when `npm test` has just built it).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildWidgets } from '../../scripts/lib.mjs';

export default async function setup(): Promise<void> {
  if (process.env.GONGYI_SKIP_BUILD === '1' && existsSync(join(ROOT, 'dist', 'embed.js'))) return;
  await buildWidgets({ quiet: true });
}
