// The one place that says which Chromium the tests drive and how: Debian's build (CHROME_PATH
// overrides), headless, with the background services off (this machine has no network for them).
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
