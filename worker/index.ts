// Worker entry: the Hono app handles /api/*; everything else falls through to static assets.
// The cron trigger (wrangler.toml [triggers]) expires pending online payments whose window closed.
import { createApp } from './app';
import type { Bindings } from './env';
import { expireOverdue } from './payments/expiry';

const app = createApp();

export default {
  fetch: app.fetch,
  async scheduled(_controller: ScheduledController, env: Bindings, ctx: ExecutionContext) {
    ctx.waitUntil(expireOverdue(env.DB).then((n) => void (n && console.log(`expired ${n} pending online payment(s)`))));
  },
} satisfies ExportedHandler<Bindings>;
