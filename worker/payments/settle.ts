// Settling a callback: every delivery leaves one row in payment_events; a verified "paid" or
// "refunded" event moves one donation (and, through the triggers, the campaign totals) at most
// once. Each settlement is ONE D1 batch — the conditional UPDATE, then the ledger row whose
// outcome is computed in SQL from the donation as the UPDATE left it — so there is no window
// between deciding and writing, and two racing deliveries cannot both apply.
import { newId } from '../lib/ids';
import { nowIso } from '../lib/time';
import type { CallbackEvent, CallbackRefusal, EventMatch, LedgerOutcome } from './events';
import type { OnlineProviderName } from './provider';

const matchSql = (m: EventMatch) => ('donationId' in m ? 'd.id = ?1' : 'd.provider_payment_id = ?1');
const matchValue = (m: EventMatch) => ('donationId' in m ? m.donationId : m.paymentRef);

// ?1 match value, ?2 provider, ?3 ledger row id, ?4 now, ?5 amount, ?6 currency, ?7 payment ref
const TRANSITIONS = {
  paid: {
    update: `UPDATE donations AS d SET status = 'confirmed', confirmed_at = ?4, provider_payment_id = ?7, paid_event_id = ?3
             WHERE MATCH AND d.provider = ?2 AND d.status = 'pending' AND d.amount = ?5 AND d.currency = ?6`,
    outcome: `CASE WHEN d.id IS NULL THEN 'unknown_order'
                   WHEN d.paid_event_id = ?3 THEN 'applied'
                   WHEN ?6 IS NULL OR d.currency <> ?6 THEN 'currency_mismatch'
                   WHEN ?5 IS NULL OR d.amount <> ?5 THEN 'amount_mismatch'
                   WHEN d.status IN ('confirmed', 'refunded') THEN 'duplicate'
                   WHEN d.status = 'cancelled' THEN 'late'
                   ELSE 'not_confirmed' END`,
  },
  refunded: {
    // Refund notifications from WeChat carry no currency (?6 NULL): the donation's own stands.
    // A renewal held for a refund (refund_due, never counted) only has its refund recorded.
    update: `UPDATE donations AS d SET status = CASE WHEN d.status = 'confirmed' THEN 'refunded' ELSE d.status END,
                                       refunded_at = ?4, refund_event_id = ?3
             WHERE MATCH AND d.provider = ?2 AND (d.status = 'confirmed' OR (d.refund_due IS NOT NULL AND d.refunded_at IS NULL))
               AND d.amount = ?5 AND (?6 IS NULL OR d.currency = ?6)`,
    outcome: `CASE WHEN d.id IS NULL THEN 'unknown_order'
                   WHEN d.refund_event_id = ?3 THEN 'refund_applied'
                   WHEN ?6 IS NOT NULL AND d.currency <> ?6 THEN 'currency_mismatch'
                   WHEN ?5 IS NULL OR d.amount <> ?5 THEN 'amount_mismatch'
                   WHEN d.status = 'refunded' OR d.refunded_at IS NOT NULL THEN 'duplicate'
                   WHEN d.status = 'pending' THEN 'out_of_order'
                   ELSE 'not_confirmed' END`,
  },
  expired: {
    update: `UPDATE donations AS d SET status = 'cancelled', cancelled_at = ?4, cancel_reason = 'expired'
             WHERE MATCH AND d.provider = ?2 AND d.status = 'pending'`,
    outcome: `CASE WHEN d.id IS NULL THEN 'unknown_order' WHEN d.status = 'cancelled' THEN 'expiry_applied' ELSE 'ignored' END`,
  },
  ignored: { update: null, outcome: `'ignored'` },
} as const;

const ledgerInsert = (outcomeSql: string, match: string) => `
  INSERT INTO payment_events (id, provider, event_id, event_type, donation_id, order_ref, payment_ref, amount, currency, outcome, received_at)
  SELECT ?3, ?2, ?8, ?9, d.id, ?10, ?7, ?5, ?6, ${outcomeSql}, ?4
  FROM (SELECT 1) LEFT JOIN donations d ON ${match} AND d.provider = ?2 LIMIT 1
  RETURNING outcome, donation_id`;

/** SQLite counts parameters up to the highest ?N used; bind exactly that many. */
const bindAll = (stmt: D1PreparedStatement, sql: string, args: unknown[]) =>
  stmt.bind(...args.slice(0, Math.max(...[...sql.matchAll(/\?(\d+)/g)].map((m) => Number(m[1])))));

const isAppliedTwice = (e: unknown) =>
  /UNIQUE constraint failed: payment_events/.test(
    e instanceof Error ? `${e.message} ${e.cause instanceof Error ? e.cause.message : ''}` : String(e),
  );

export type Settlement = { outcome: LedgerOutcome; donationId: string | null };

/** Outcomes after which a donation, and so its campaign's public figures, changed. */
export const CHANGED_A_DONATION: readonly LedgerOutcome[] = ['applied', 'refund_applied', 'expiry_applied'];

/** Applies a verified event (or records why not); answers the ledger outcome and the donation it matched. */
export async function settleEvent(
  db: D1Database,
  provider: OnlineProviderName,
  event: CallbackEvent,
): Promise<Settlement> {
  const ledgerId = newId('pe');
  const now = nowIso();
  const t = TRANSITIONS[event.match ? event.kind : 'ignored'];
  // With no match (an event type we do not handle) join nothing: d.id stays NULL.
  const match = event.match ? matchSql(event.match) : '0';
  const args = [
    event.match ? matchValue(event.match) : null,
    provider,
    ledgerId,
    now,
    event.amount,
    event.currency,
    event.paymentRef,
    event.eventId,
    event.eventType,
    event.orderRef,
  ];
  const insertSql = ledgerInsert(t.outcome, match);
  const statements = [bindAll(db.prepare(insertSql), insertSql, args)];
  if (t.update) {
    const updateSql = t.update.replace('MATCH', match);
    statements.unshift(bindAll(db.prepare(updateSql), updateSql, args));
  }
  try {
    const results = await db.batch<{ outcome: LedgerOutcome; donation_id: string | null }>(statements);
    const row = results[results.length - 1]!.results[0]!;
    return { outcome: row.outcome, donationId: row.donation_id };
  } catch (e) {
    // A second delivery of an event that was already applied (the partial unique index refused it).
    if (!isAppliedTwice(e)) throw e;
    await recordDelivery(db, provider, { ...event, outcome: 'duplicate', detail: 'event already applied' });
    return { outcome: 'duplicate', donationId: null };
  }
}

/** A delivery that changed nothing and is only recorded: refused (bad signature, stale, malformed) or a duplicate. */
export async function recordDelivery(
  db: D1Database,
  provider: OnlineProviderName,
  d: Partial<CallbackEvent> & { outcome: LedgerOutcome; detail?: string },
): Promise<LedgerOutcome> {
  await db
    .prepare(
      `INSERT INTO payment_events (id, provider, event_id, event_type, order_ref, payment_ref, amount, currency, outcome, detail, received_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      newId('pe'),
      provider,
      d.eventId ?? null,
      d.eventType ?? null,
      d.orderRef ?? null,
      d.paymentRef ?? null,
      d.amount ?? null,
      d.currency ?? null,
      d.outcome,
      d.detail ?? null,
      nowIso(),
    )
    .run();
  return d.outcome;
}

/**
 * Refused deliveries are evidence for staff (a certificate not yet installed, a clock off), but
 * anyone can send them: at most REFUSALS_KEPT per provider in any REFUSAL_WINDOW_MS are recorded,
 * so a flood of forged callbacks adds a bounded number of rows (the count and the first ones stay
 * visible). One statement: the check and the insert cannot be split by a concurrent delivery.
 */
export const REFUSALS_KEPT = 20;
export const REFUSAL_WINDOW_MS = 10 * 60_000;

export async function recordRefusal(
  db: D1Database,
  provider: OnlineProviderName,
  r: CallbackRefusal,
  now = new Date(),
): Promise<LedgerOutcome> {
  const since = new Date(now.getTime() - REFUSAL_WINDOW_MS).toISOString();
  await db
    .prepare(
      `INSERT INTO payment_events (id, provider, outcome, detail, received_at)
              SELECT ?1, ?2, ?3, ?4, ?5
              WHERE (SELECT COUNT(*) FROM payment_events
                     WHERE provider = ?2 AND outcome IN ('bad_signature', 'stale_timestamp', 'malformed') AND received_at > ?6) < ?7`,
    )
    .bind(newId('pe'), provider, r.refused, r.detail.slice(0, 500), now.toISOString(), since, REFUSALS_KEPT)
    .run();
  return r.refused;
}
