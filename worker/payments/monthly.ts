// Monthly plans (月捐), see schema/migrations/0011_monthly_giving.sql and 0012. Each money-moving
// step is one D1 batch with its ledger row, like the one-off settlements (settle.ts):
// - a plan counts (and renews) once its first gift is confirmed (a trigger starts it then);
// - a renewal invoice becomes one confirmed donation, exactly once (unique per invoice); if its
//   campaign no longer takes gifts it is kept for staff to refund instead (needs_refund), uncounted;
// - a failed payment and the end of a subscription are recorded on the plan for staff;
// - each month, every active offline plan puts one pending donation in the staff queue.
// Plans of a campaign that stopped taking gifts are ended by plan-stops.ts.
import type { PlanRow } from '../db/monthly-plans';
import { newId } from '../lib/ids';
import { nowIso } from '../lib/time';
import { campaignRefusalsSql, SQL_NOW, SQL_TODAY } from '../giving/recipient';
import type { LedgerOutcome, SubscriptionEvent } from './events';
import { cancelStripeSubscription } from './stripe-checkout';

export type MonthlySettlement = { outcome: LedgerOutcome; donationId: string | null; campaignId: string | null };

/** The first day of the month after the China date `day` (YYYY-MM-DD). */
export const firstOfNextMonth = (day: string) => {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

const ledger = (
  db: D1Database,
  e: SubscriptionEvent,
  outcome: string,
  donationSql = 'NULL',
  detail: string | null = null,
) =>
  db
    .prepare(
      `INSERT INTO payment_events (id, provider, event_id, event_type, donation_id, order_ref, payment_ref, amount, currency, outcome, detail, received_at)
              SELECT ?1, 'stripe', ?2, ?3, ${donationSql}, ?4, ?5, ?6, ?7, ${outcome}, ?8, ?9
              RETURNING outcome, donation_id`,
    )
    .bind(
      newId('pe'),
      e.eventId,
      e.eventType,
      e.invoiceId ?? e.subscriptionId,
      e.paymentRef,
      e.amount,
      e.currency,
      detail,
      nowIso(),
    );

/** Applies a verified subscription event (or records why not). */
export async function settleSubscriptionEvent(db: D1Database, e: SubscriptionEvent): Promise<MonthlySettlement> {
  const sub = e.subscriptionId;
  if (e.kind === 'renewal') {
    const donationId = newId('dn');
    // One donation per invoice: the unique index makes a re-delivery insert nothing. Counted only
    // while the campaign takes gifts (the rule, on SQLite's clock as its guard trigger reads it);
    // otherwise kept 'cancelled' with the reason its money must go back.
    const insert = db
      .prepare(
        `INSERT INTO donations (id, campaign_id, amount, currency, name, anonymous, message, contact, channel, reference, status,
                                       created_at, confirmed_at, cancelled_at, refund_due, provider, provider_payment_id, provider_invoice_id, plan_id)
                SELECT ?1, mp.campaign_id, mp.amount, mp.currency, mp.name, mp.anonymous, mp.message, mp.contact, 'online', ?2,
                       CASE WHEN g.refusal IS NULL THEN 'confirmed' ELSE 'cancelled' END,
                       ?3, CASE WHEN g.refusal IS NULL THEN ?3 END, CASE WHEN g.refusal IS NOT NULL THEN ?3 END, g.refusal, 'stripe', ?4, ?5, mp.id
                  FROM monthly_plans mp JOIN ${campaignRefusalsSql(SQL_TODAY, SQL_NOW)} g ON g.campaign_id = mp.campaign_id
                 WHERE mp.provider = 'stripe' AND mp.provider_subscription_id = ?6 AND mp.amount = ?7 AND mp.currency = ?8
                ON CONFLICT (provider, provider_invoice_id) WHERE provider_invoice_id IS NOT NULL DO NOTHING`,
      )
      .bind(
        donationId,
        `GY-${donationId.slice(3, 11).toUpperCase()}`,
        nowIso(),
        e.paymentRef,
        e.invoiceId,
        sub,
        e.amount,
        e.currency,
      );
    // ?1 row id, ?2 event id, ?3 type, ?4 invoice, ?5 payment, ?6 amount, ?7 currency, ?8 now, ?9 subscription
    const theGift = `(SELECT status, refund_due FROM donations WHERE provider = 'stripe' AND provider_invoice_id = ?4)`;
    const outcome = `CASE WHEN changes() > 0 THEN (SELECT CASE status WHEN 'confirmed' THEN 'applied' ELSE 'late' END FROM ${theGift})
                          WHEN NOT EXISTS (SELECT 1 FROM monthly_plans WHERE provider = 'stripe' AND provider_subscription_id = ?9) THEN 'unknown_order'
                          WHEN EXISTS (SELECT 1 FROM donations WHERE provider = 'stripe' AND provider_invoice_id = ?4) THEN 'duplicate'
                          WHEN ?7 IS NULL OR ?7 <> (SELECT currency FROM monthly_plans WHERE provider = 'stripe' AND provider_subscription_id = ?9) THEN 'currency_mismatch'
                          ELSE 'amount_mismatch' END`;
    const detail = `CASE WHEN changes() > 0 THEN (SELECT 'the campaign took no gifts (' || refund_due || '): kept as needs_refund, refund it' FROM ${theGift}) END`;
    const row = db
      .prepare(
        `INSERT INTO payment_events (id, provider, event_id, event_type, donation_id, order_ref, payment_ref, amount, currency, outcome, detail, received_at)
                SELECT ?1, 'stripe', ?2, ?3, (SELECT id FROM donations WHERE provider = 'stripe' AND provider_invoice_id = ?4), ?4, ?5, ?6, ?7,
                       ${outcome}, ${detail}, ?8
                RETURNING outcome, donation_id`,
      )
      .bind(newId('pe'), e.eventId, e.eventType, e.invoiceId, e.paymentRef, e.amount, e.currency, nowIso(), sub);
    const [, led] = await db.batch<{ outcome: LedgerOutcome; donation_id: string | null }>([insert, row]);
    const r = led!.results[0]!;
    return { outcome: r.outcome, donationId: r.donation_id, campaignId: await campaignOfPlanBySubscription(db, sub) };
  }
  if (e.kind === 'payment_failed') {
    const [, led] = await db.batch<{ outcome: LedgerOutcome; donation_id: string | null }>([
      db
        .prepare(
          `UPDATE monthly_plans SET failed_payments = failed_payments + 1, last_failure_at = ?1 WHERE provider = 'stripe' AND provider_subscription_id = ?2`,
        )
        .bind(nowIso(), sub),
      ledger(
        db,
        e,
        `CASE WHEN changes() > 0 THEN 'ignored' ELSE 'unknown_order' END`,
        'NULL',
        'monthly payment failed: the plan counts it for staff',
      ),
    ]);
    return { outcome: led!.results[0]!.outcome, donationId: null, campaignId: null };
  }
  if (e.kind === 'plan_started') return startPlan(db, e);
  // subscription_ended: Stripe ended it (failed too often, or cancelled at Stripe, our own
  // cancellation included); a plan already ended stays as it ended, and its cancellation is done.
  const [, , led] = await db.batch<{ outcome: LedgerOutcome; donation_id: string | null }>([
    db
      .prepare(
        `UPDATE monthly_plans SET status = 'ended', ended_at = ?1, ended_by = 'provider'
                WHERE provider = 'stripe' AND provider_subscription_id = ?2 AND status <> 'ended'`,
      )
      .bind(nowIso(), sub),
    db
      .prepare(
        `UPDATE monthly_plans SET subscription_cancelled_at = ?1
                WHERE provider = 'stripe' AND provider_subscription_id = ?2 AND subscription_cancelled_at IS NULL`,
      )
      .bind(nowIso(), sub),
    ledger(db, e, `'ignored'`, 'NULL', 'subscription ended'),
  ]);
  return {
    outcome: led!.results[0]!.outcome,
    donationId: null,
    campaignId: await campaignOfPlanBySubscription(db, sub),
  };
}

/**
 * The plan learns its subscription (checkout completed, or its first invoice paid). It counts only
 * once that first invoice confirmed its gift (the trigger of schema 0012). A plan that ended before
 * it learnt its subscription now has one to cancel at Stripe (plan-stops.ts).
 */
async function startPlan(
  db: D1Database,
  e: { subscriptionId: string; planId: string | null } & Partial<SubscriptionEvent>,
): Promise<MonthlySettlement> {
  if (!e.planId || !e.subscriptionId) return { outcome: 'ignored', donationId: null, campaignId: null };
  const row = await db
    .prepare(
      `UPDATE monthly_plans SET provider_subscription_id = ?1
              WHERE id = ?2 AND provider = 'stripe' AND (provider_subscription_id IS NULL OR provider_subscription_id = ?1)
              RETURNING campaign_id`,
    )
    .bind(e.subscriptionId, e.planId)
    .first<{ campaign_id: string }>();
  return { outcome: row ? 'ignored' : 'unknown_order', donationId: null, campaignId: row?.campaign_id ?? null };
}

/** After the first invoice confirmed the pledge's donation (settle.ts), its plan starts. */
export const startPlanOfFirstInvoice = (db: D1Database, plan: { id: string; subscriptionId: string }) =>
  startPlan(db, { planId: plan.id, subscriptionId: plan.subscriptionId });

async function campaignOfPlanBySubscription(db: D1Database, sub: string): Promise<string | null> {
  const r = await db
    .prepare("SELECT campaign_id FROM monthly_plans WHERE provider = 'stripe' AND provider_subscription_id = ?")
    .bind(sub)
    .first<{ campaign_id: string }>();
  return r?.campaign_id ?? null;
}

/**
 * Each month's pending donation of every active offline plan that is due by `today` (China date),
 * once per plan and month; the plan moves on to the next month in the same batch. Only active
 * plans (their first gift confirmed); a campaign that no longer takes gifts gets no new pledge
 * (its plans are ended by plan-stops.ts, which the cron runs first).
 */
export async function enqueueDueMonthlyGifts(db: D1Database, today: string): Promise<string[]> {
  const [inserted] = await db.batch<{ campaign_id: string }>([
    db
      .prepare(
        `INSERT INTO donations (id, campaign_id, amount, currency, name, anonymous, message, contact, channel, reference, status,
                                       created_at, plan_id, plan_month)
                SELECT 'dn_' || lower(hex(randomblob(6))), p.campaign_id, p.amount, p.currency, p.name, p.anonymous, p.message, p.contact,
                       'offline', 'GY-' || upper(hex(randomblob(4))), 'pending', ?1, p.id, substr(p.next_due_on, 1, 7)
                  FROM monthly_plans p JOIN ${campaignRefusalsSql('?2', '?1')} g ON g.campaign_id = p.campaign_id
                 WHERE p.status = 'active' AND p.provider IS NULL AND p.next_due_on <= ?2 AND g.refusal IS NULL
                ON CONFLICT (plan_id, plan_month) WHERE plan_month IS NOT NULL DO NOTHING
                RETURNING campaign_id`,
      )
      .bind(nowIso(), today),
    db
      .prepare(
        `UPDATE monthly_plans SET next_due_on = date(next_due_on, '+1 month')
                WHERE status = 'active' AND provider IS NULL AND next_due_on <= ?1`,
      )
      .bind(today),
  ]);
  return [...new Set((inserted?.results ?? []).map((r) => r.campaign_id))];
}

/**
 * Ends a plan for the donor or staff: a Stripe subscription is cancelled at Stripe first (so no
 * further month is charged; if Stripe cannot be reached nothing changes and the caller may retry),
 * then the plan is ended. Ending an ended plan changes nothing.
 */
export async function endPlan(
  db: D1Database,
  stripe: { apiBase: string; secretKey: string } | null,
  plan: PlanRow,
  by: 'donor' | 'staff',
) {
  if (plan.status === 'ended') return;
  const subscription = plan.provider === 'stripe' ? plan.provider_subscription_id : null;
  if (subscription) {
    if (!stripe) throw new Error('Stripe is not configured: the subscription cannot be cancelled');
    await cancelStripeSubscription(stripe, subscription);
  }
  const now = nowIso();
  await db
    .prepare(
      `UPDATE monthly_plans SET status = 'ended', ended_at = ?1, ended_by = ?2, subscription_cancelled_at = ?3 WHERE id = ?4 AND status <> 'ended'`,
    )
    .bind(now, by, subscription ? now : null, plan.id)
    .run();
}
