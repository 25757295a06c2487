// Worker entry: the Hono app handles /api/*, the pages and the console; everything else falls
// through to static assets. Each request gets its own D1 session (db/request-db.ts).
// The cron trigger (wrangler.toml [triggers]) expires pending online payments whose window closed,
// ends the monthly plans of campaigns that stopped taking gifts (the calendar can stop them: a
// filing or an end date lapses), puts each month's offline monthly gifts in the staff queue,
// cancels at Stripe the subscriptions of ended plans that Stripe has not confirmed cancelled yet,
// and deletes contacts past retention.
import { createApp } from './app';
import { requestDb, sessionConstraint, withBookmark } from './db/request-db';
import type { Bindings } from './env';
import { purgeTags } from './cache/purge';
import { tagsOfCampaign } from './cache/tags';
import { expireOverdue } from './payments/expiry';
import { enqueueDueMonthlyGifts } from './payments/monthly';
import { cancelEndedSubscriptions, endPlansWhereGiftsStopped } from './payments/plan-stops';
import { stripeConfig } from './payments/config';
import { chinaDate } from '../common/china-time';
import { forgetExpiredContacts } from './db/contact-retention';

const app = createApp();

export default {
  async fetch(request, env, ctx) {
    const db = requestDb(env.DB, await sessionConstraint(env, request));
    const res = await app.fetch(request, { ...env, DB: db }, ctx);
    return withBookmark(env, request, res, db);
  },
  async scheduled(_controller: ScheduledController, env: Bindings, ctx: ExecutionContext) {
    const db = requestDb(env.DB, 'first-primary');
    ctx.waitUntil(
      (async () => {
        const expired = await expireOverdue(db);
        if (expired.length) console.log(`expired ${expired.length} pending online payment(s)`);
        const today = chinaDate();
        const stopped = await endPlansWhereGiftsStopped(db, today);
        // Each month's offline monthly gifts join the staff queue (once per plan and month).
        const monthly = await enqueueDueMonthlyGifts(db, today);
        const cancelled = await cancelEndedSubscriptions(db, stripeConfig(env));
        if (cancelled) console.log(`cancelled ${cancelled} Stripe subscription(s) of ended plans`);
        // Contacts are kept 180 days after their gift or wish is settled (what the forms promise).
        const forgotten = await forgetExpiredContacts(db);
        if (forgotten.donations || forgotten.claims)
          console.log(`deleted ${forgotten.donations + forgotten.claims} expired contact(s)`);
        const campaigns = [...expired, ...stopped, ...monthly];
        if (campaigns.length === 0) return;
        const tags = await Promise.all([...new Set(campaigns)].map((id) => tagsOfCampaign(db, id)));
        await purgeTags(tags.flat(), ctx);
      })(),
    );
  },
} satisfies ExportedHandler<Bindings>;
