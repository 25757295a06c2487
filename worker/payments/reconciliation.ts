// Reconciliation: per day (China Standard Time, as bureaus keep their books) and provider, what
// verified callbacks confirmed and refunded against what the donation records say, and every
// item that does not match — ledger entries that applied nothing and need a look, and online
// donations confirmed or refunded without a callback (e.g. by hand in the admin API).
import { NEEDS_ATTENTION } from './events';
import { CHINA_SQL_OFFSET, chinaDayStart, nextDay } from '../../common/china-time';

export const DAY_OFFSET = CHINA_SQL_OFFSET;

export type Figures = {
  confirmedCount: number;
  confirmedAmount: number;
  refundedCount: number;
  refundedAmount: number;
};
const zero = (): Figures => ({ confirmedCount: 0, confirmedAmount: 0, refundedCount: 0, refundedAmount: 0 });

type Key = { day: string; provider: string; currency: string };
type SumRow = Key & { kind: 'confirmed' | 'refunded'; n: number; amount: number };

const ORG = (alias: string, on: boolean) => (on ? ` AND ${alias}.org_id = ?4` : '');
const JOIN = `LEFT JOIN campaigns c ON c.id = d.campaign_id LEFT JOIN projects p ON p.id = c.project_id`;

export async function reconcile(db: D1Database, from: string, to: string, orgId: string | undefined) {
  const args = [chinaDayStart(from), chinaDayStart(nextDay(to)), DAY_OFFSET, ...(orgId ? [orgId] : [])];
  const org = !!orgId;
  const attention = NEEDS_ATTENTION.map((o) => `'${o}'`).join(',');
  const [callbacks, totals, events, donations] = await db.batch<Record<string, unknown>>([
    // What verified callbacks applied (the ledger). The refund of a renewal held for one (refund_due)
    // gives back money the totals never counted: it is in neither side.
    db
      .prepare(
        `SELECT date(e.received_at, ?3) AS day, e.provider, d.currency,
                       CASE e.outcome WHEN 'applied' THEN 'confirmed' ELSE 'refunded' END AS kind, COUNT(*) AS n, SUM(d.amount) AS amount
                FROM payment_events e JOIN donations d ON d.id = e.donation_id ${JOIN}
                WHERE e.outcome IN ('applied', 'refund_applied') AND d.refund_due IS NULL
                  AND e.received_at >= ?1 AND e.received_at < ?2${ORG('p', org)}
                GROUP BY 1, 2, 3, 4`,
      )
      .bind(...args),
    // What the donation records (and so the campaign totals) say for online donations.
    db
      .prepare(
        `SELECT date(d.confirmed_at, ?3) AS day, d.provider, d.currency, 'confirmed' AS kind, COUNT(*) AS n, SUM(d.amount) AS amount
                FROM donations d ${JOIN}
                WHERE d.provider IS NOT NULL AND d.status IN ('confirmed', 'refunded') AND d.confirmed_at >= ?1 AND d.confirmed_at < ?2${ORG('p', org)}
                GROUP BY 1, 2, 3
                UNION ALL
                SELECT date(d.refunded_at, ?3), d.provider, d.currency, 'refunded', COUNT(*), SUM(d.amount)
                FROM donations d ${JOIN}
                WHERE d.provider IS NOT NULL AND d.status = 'refunded' AND d.refunded_at >= ?1 AND d.refunded_at < ?2${ORG('p', org)}
                GROUP BY 1, 2, 3`,
      )
      .bind(...args),
    db
      .prepare(
        `SELECT date(e.received_at, ?3) AS day, e.*, COALESCE(e.currency, d.currency) AS any_currency
                FROM payment_events e LEFT JOIN donations d ON d.id = e.donation_id ${JOIN}
                WHERE e.outcome IN (${attention}) AND e.received_at >= ?1 AND e.received_at < ?2${ORG('p', org)}
                ORDER BY e.received_at, e.id`,
      )
      .bind(...args),
    db
      .prepare(
        `SELECT date(COALESCE(d.refunded_at, d.confirmed_at), ?3) AS day, d.id, d.provider, d.status, d.amount, d.currency,
                       CASE WHEN d.paid_event_id IS NULL THEN 'confirmed_without_callback' ELSE 'refunded_without_callback' END AS reason
                FROM donations d ${JOIN}
                WHERE d.provider IS NOT NULL AND (
                  (d.status IN ('confirmed', 'refunded') AND d.paid_event_id IS NULL AND d.confirmed_at >= ?1 AND d.confirmed_at < ?2)
                  OR (d.status = 'refunded' AND d.refund_event_id IS NULL AND d.paid_event_id IS NOT NULL AND d.refunded_at >= ?1 AND d.refunded_at < ?2))
                  ${ORG('p', org)}
                ORDER BY d.confirmed_at, d.id`,
      )
      .bind(...args),
  ]);

  const rows = new Map<string, Key & { callbacks: Figures; totals: Figures }>();
  const add = (r: SumRow, side: 'callbacks' | 'totals') => {
    const k = `${r.day}|${r.provider}|${r.currency}`;
    let row = rows.get(k);
    if (!row)
      rows.set(
        k,
        (row = { day: r.day, provider: r.provider, currency: r.currency, callbacks: zero(), totals: zero() }),
      );
    row[side][`${r.kind}Count`] += r.n;
    row[side][`${r.kind}Amount`] += r.amount;
  };
  for (const r of callbacks!.results as SumRow[]) add(r, 'callbacks');
  for (const r of totals!.results as SumRow[]) add(r, 'totals');

  const days = [...rows.values()]
    .sort(
      (a, b) =>
        a.day.localeCompare(b.day) || a.provider.localeCompare(b.provider) || a.currency.localeCompare(b.currency),
    )
    .map(({ day, provider, currency, callbacks: cb, totals: t }) => {
      const difference = {
        confirmedCount: t.confirmedCount - cb.confirmedCount,
        confirmedAmount: t.confirmedAmount - cb.confirmedAmount,
        refundedCount: t.refundedCount - cb.refundedCount,
        refundedAmount: t.refundedAmount - cb.refundedAmount,
      };
      return {
        date: day,
        provider,
        currency,
        callbacks: cb,
        totals: t,
        difference,
        balanced: Object.values(difference).every((v) => v === 0),
      };
    });
  const unmatched = [
    ...events!.results.map((e) => ({
      kind: 'event' as const,
      date: e.day as string,
      provider: e.provider as string,
      eventId: e.id as string,
      providerEventId: e.event_id as string | null,
      eventType: e.event_type as string | null,
      outcome: e.outcome as string,
      donationId: e.donation_id as string | null,
      orderRef: e.order_ref as string | null,
      amount: e.amount as number | null,
      currency: e.any_currency as string | null,
      receivedAt: e.received_at as string,
      detail: e.detail as string | null,
    })),
    ...donations!.results.map((d) => ({
      kind: 'donation' as const,
      date: d.day as string,
      provider: d.provider as string,
      donationId: d.id as string,
      status: d.status as string,
      amount: d.amount as number,
      currency: d.currency as string,
      reason: d.reason as string,
    })),
  ];
  return { from, to, days, unmatched };
}
