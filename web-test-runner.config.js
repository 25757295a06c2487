// Widget tests: TypeScript via esbuild, bare imports via node resolution, headless Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner';
import { CHROME_PATH, CHROMIUM_ARGS } from './scripts/chromium.mjs';

export default {
  // The widgets' tests, and the staff console's (its shared pieces, in the browser too).
  files: ['test/widgets/**/*.test.ts', 'test/console/**/*.test.ts'],
  nodeResolve: true,
  // One set of compiler options for both (console/tsconfig.json has the same ones).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'widgets/tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // One page at a time: a second, background page gets no requestAnimationFrame (count-up animations).
  concurrency: 1,
  testFramework: { config: { timeout: 8000 } },
  testsFinishTimeout: 120000,
};
