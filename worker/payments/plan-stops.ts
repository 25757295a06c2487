// When a campaign stops taking gifts (closed, past its end, unpublished, its recipient without the
// qualification, no filing, outside its filed period: the rule of giving/recipient.ts), its monthly
// plans end. Two steps, because Stripe must never hold up or fail the staff write that closed it:
// 1. In D1, at once: one UPDATE ends every such plan with the reason (end_reason). It runs after
//    every staff write (middleware/staff-write-plans.ts), after Stripe's subscription webhooks,
//    and in the cron, which also catches what the calendar alone ends (a filing or an end date
//    that lapses with nobody touching the campaign).
// 2. At Stripe, afterwards: an ended Stripe plan whose subscription_cancelled_at is NULL is the
//    queue. It is worked off in waitUntil right after step 1 and by every cron run, until Stripe
//    confirms the DELETE; a renewal that still arrives meanwhile is held for a refund (monthly.ts).
import type { Bindings } from '../env';
import { chinaDate } from '../../common/china-time';
import { nowIso } from '../lib/time';
import { campaignRefusalsSql } from '../giving/recipient';
import { type StripeConfig, stripeConfig } from './config';
import { cancelStripeSubscription } from './stripe-checkout';

/** Ends every plan whose campaign takes no gifts on `today` (China date); answers their campaigns. */
export async function endPlansWhereGiftsStopped(
  db: D1Database,
  today = chinaDate(),
  now = nowIso(),
): Promise<string[]> {
  const { results } = await db
    .prepare(
      `UPDATE monthly_plans SET status = 'ended', ended_at = ?2, end_reason = g.refusal
              FROM ${campaignRefusalsSql('?1', '?2')} g
              WHERE g.campaign_id = monthly_plans.campaign_id AND monthly_plans.status <> 'ended' AND g.refusal IS NOT NULL
              RETURNING campaign_id`,
    )
    .bind(today, now)
    .all<{ campaign_id: string }>();
  return [...new Set(results.map((r) => r.campaign_id))];
}

/** How many cancellations one run sends at most (the rest wait for the next run). */
const BATCH = 25;

/**
 * Cancels at Stripe the subscriptions of ended plans not yet cancelled there; a refusal or an
 * unreachable Stripe is left for the next run. Answers how many Stripe confirmed.
 */
export async function cancelEndedSubscriptions(db: D1Database, stripe: StripeConfig | null): Promise<number> {
  const { results } = await db
    .prepare(
      `SELECT id, provider_subscription_id FROM monthly_plans
              WHERE status = 'ended' AND provider = 'stripe' AND provider_subscription_id IS NOT NULL AND subscription_cancelled_at IS NULL
              ORDER BY ended_at LIMIT ?`,
    )
    .bind(BATCH)
    .all<{ id: string; provider_subscription_id: string }>();
  if (results.length && !stripe)
    console.error(`${results.length} Stripe subscription(s) of ended plans wait for Stripe to be configured`);
  if (!results.length || !stripe) return 0;
  let cancelled = 0;
  for (const plan of results) {
    try {
      await cancelStripeSubscription(stripe, plan.provider_subscription_id);
    } catch (e) {
      console.error(
        `cancelling ${plan.provider_subscription_id} at Stripe failed; the cron tries again`,
        e instanceof Error ? e.message : e,
      );
      continue;
    }
    await db
      .prepare(
        'UPDATE monthly_plans SET subscription_cancelled_at = ? WHERE id = ? AND subscription_cancelled_at IS NULL',
      )
      .bind(nowIso(), plan.id)
      .run();
    cancelled += 1;
  }
  return cancelled;
}

/**
 * After a write that may have stopped a campaign's gifts: its plans end now (answers their
 * campaigns, for the caller to purge), and Stripe is told in the background.
 */
export async function stopPlansWhereGiftsStopped(
  env: Bindings,
  db: D1Database,
  waitUntil: (work: Promise<unknown>) => void,
): Promise<string[]> {
  const ended = await endPlansWhereGiftsStopped(db);
  waitUntil(
    cancelEndedSubscriptions(db, stripeConfig(env)).catch((e) => console.error('cancelling subscriptions failed', e)),
  );
  return ended;
}
