// Bindings as the tests see them (wrangler.toml + test-only miniflare bindings).
import type { D1Migration } from '@cloudflare/vitest-pool-workers';
import type { Bindings } from '../../worker/env';

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      ADMIN_TOKEN: string;
      TEST_MIGRATIONS: D1Migration[];
      TEST_SEED: string[];
    }
    // Types `exports.default` (the worker entry) for `import { exports } from 'cloudflare:workers'`.
    interface GlobalProps {
      mainModule: typeof import('../../worker/index');
    }
  }
}
