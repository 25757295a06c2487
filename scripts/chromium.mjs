// The one place that says which Chromium the tests drive and how: Debian's build (CHROME_PATH
// overrides), headless, with the background services off (this machine has no network for them).
//
// Debian's chromium-headless-shell first: the same Chromium (same version, same Blink, same fonts)
// without the desktop browser around it, and a third of the CPU per page — a new tab costs ~170 ms
// instead of ~490 ms on a 2-core machine, which across the suite's ~300 fresh pages is minutes.
// Its full `chromium` package is the fallback (the pages are drawn by the same engine either way).
import { existsSync } from 'node:fs';

export const CHROME_PATH =
  process.env.CHROME_PATH ||
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => existsSync(p)) ||
  '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
