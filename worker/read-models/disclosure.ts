// The public disclosure report of an organisation for a period: per campaign what came in (by
// channel), went back, went out, and is left, and when it last disclosed spending or progress;
// rendered by the API and the printable page alike, so both always show the same figures.
import { readLedger, type DisclosureCampaignRow } from '../db/disclosure';
import { chinaDate } from '../../common/china-time';
import { notFound } from '../lib/problem';
import type { Disclosure, DisclosureCampaign, DisclosureChannels, Period } from '../schemas/disclosure';

const CHANNELS = ['offline', 'wechatpay', 'stripe'] as const;
const channels = (): DisclosureChannels => ({ total: 0, offline: 0, wechatpay: 0, stripe: 0 });

/** `day` moved by whole months, the day of month kept where the month has it (else its last day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/**
 * The Charity Law's rhythm for a long project: one that has run over six months discloses at
 * least every three months. Judged on `asOf`; a campaign that never disclosed counts as silent.
 */
export const isOverdue = (startedOn: string, lastDisclosedOn: string | null, asOf: string) =>
  startedOn < addMonths(asOf, -6) && (lastDisclosedOn === null || lastDisclosedOn < addMonths(asOf, -3));

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

export async function readDisclosure(
  db: D1Database,
  orgId: string,
  period: Period,
  now = Date.now(),
): Promise<Disclosure> {
  const today = chinaDate(now);
  const asOf = period.to < today ? period.to : today;
  const ledger = await readLedger(db, orgId, period, asOf);
  if (!ledger.org) throw notFound('Organisation', orgId);
  const spending = new Map(ledger.spending.map((s) => [s.campaign_id, s]));
  const updates = new Map(ledger.updates.map((u) => [u.project_id, u.last_update]));

  const campaigns = ledger.campaigns.map((c: DisclosureCampaignRow): DisclosureCampaign => {
    const moneyIn = channels();
    const refunds = channels();
    let donors = 0,
      heldBefore = 0,
      heldEnd = 0;
    for (const g of ledger.gifts) {
      if (g.campaign_id !== c.id) continue;
      moneyIn[g.channel] += g.money_in;
      refunds[g.channel] += g.refunds;
      donors += g.gifts;
      heldBefore += g.held_before;
      heldEnd += g.held_end;
    }
    moneyIn.total = CHANNELS.reduce((n, k) => n + moneyIn[k], 0);
    refunds.total = CHANNELS.reduce((n, k) => n + refunds[k], 0);
    const s = spending.get(c.id);
    const lastDisclosedOn = later(s?.last_spent ?? null, updates.get(c.project_id) ?? null);
    return {
      id: c.id,
      title: c.title,
      projectId: c.project_id,
      currency: c.currency,
      status: c.status,
      recipient:
        c.recipient_name && c.recipient_credit_code
          ? { name: c.recipient_name, creditCode: c.recipient_credit_code, filingNumber: c.filing_number }
          : null,
      moneyIn,
      refunds,
      moneyOut: s?.money_out ?? 0,
      openingBalance: heldBefore - (s?.spent_before ?? 0),
      balance: heldEnd - (s?.spent_end ?? 0),
      donors,
      startedOn: c.started_on,
      lastDisclosedOn,
      overdue: isOverdue(c.started_on, lastDisclosedOn, asOf),
    };
  });
  // A campaign begun after the period has nothing to report for it (unless the ledger says otherwise).
  const shown = campaigns.filter((c) => c.startedOn <= period.to || c.moneyIn.total || c.refunds.total || c.moneyOut);
  return {
    org: ledger.org,
    period: { id: period.id, kind: period.kind, from: period.from, to: period.to },
    asOf,
    campaigns: shown,
    totals: totalsByCurrency(shown),
  };
}

function totalsByCurrency(campaigns: DisclosureCampaign[]): Disclosure['totals'] {
  const byCurrency = new Map<string, Disclosure['totals'][number]>();
  for (const c of campaigns) {
    let t = byCurrency.get(c.currency);
    if (!t) {
      t = {
        currency: c.currency,
        campaigns: 0,
        overdue: 0,
        moneyIn: channels(),
        refunds: channels(),
        moneyOut: 0,
        openingBalance: 0,
        balance: 0,
        donors: 0,
      };
      byCurrency.set(c.currency, t);
    }
    t.campaigns += 1;
    t.overdue += c.overdue ? 1 : 0;
    for (const k of ['total', ...CHANNELS] as const) {
      t.moneyIn[k] += c.moneyIn[k];
      t.refunds[k] += c.refunds[k];
    }
    t.moneyOut += c.moneyOut;
    t.openingBalance += c.openingBalance;
    t.balance += c.balance;
    t.donors += c.donors;
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
