// The donor's own page (reached by the signed link in the pledge's answer, giving/donor-link.ts):
// the pledge's gifts (with a monthly plan, every month's) with the reference to quote, the project
// and organisation they went to, how to pay one still pending offline, and the plan. Amounts,
// campaigns, references, dates and states only: no name, message or contact, because a link can
// be forwarded.
import type { PlanRow } from '../db/monthly-plans';
import { PAYMENT_SETTINGS_COLUMNS, type PaymentSettingsRow } from '../db/payment-settings';
import { type DonationRow, staffStatus } from '../db/rows';
import { ProblemError } from '../lib/problem';
import { paymentSettingsOf } from '../payments/choice';
import { offlinePayment } from '../payments/offline';
import { offlineDetailsTold } from '../payments/status';

type GiftRow = PaymentSettingsRow &
  Pick<DonationRow, 'status' | 'refund_due' | 'refunded_at'> & {
    id: string;
    campaign_id: string;
    title: string;
    amount: number;
    currency: string;
    created_at: string;
    confirmed_at: string | null;
    plan_id: string | null;
    reference: string;
    provider: string | null;
    project_id: string;
    org_name: string;
    org_website: string | null;
    recipient_name: string | null;
    offline_payment: string | null;
  };

export type DonorView = Awaited<ReturnType<typeof readDonor>>;

export async function readDonor(db: D1Database, donationId: string) {
  const [gifts, plans] = await db.batch<unknown>([
    db
      .prepare(
        `SELECT d.id, d.campaign_id, c.title, d.amount, d.currency, d.status, d.refund_due, d.refunded_at, d.offline_payment, d.created_at, d.confirmed_at, d.plan_id,
                       d.reference, d.provider, c.project_id, o.name AS org_name, o.website AS org_website, r.name AS recipient_name,
                       c.payment_instructions,
                       ${PAYMENT_SETTINGS_COLUMNS}
                FROM donations d JOIN campaigns c ON c.id = d.campaign_id JOIN projects p ON p.id = c.project_id
                JOIN organisations o ON o.id = p.org_id LEFT JOIN recipients r ON r.id = c.recipient_id
                WHERE d.id = ?1 OR d.plan_id = (SELECT plan_id FROM donations WHERE id = ?1)
                ORDER BY d.created_at DESC, d.id DESC LIMIT 240`,
      )
      .bind(donationId),
    db.prepare('SELECT p.* FROM monthly_plans p JOIN donations d ON d.plan_id = p.id WHERE d.id = ?').bind(donationId),
  ]);
  const rows = (gifts?.results ?? []) as GiftRow[];
  if (!rows.some((g) => g.id === donationId)) throw new ProblemError(404, 'not_found', 'No such gift');
  const plan = ((plans?.results ?? []) as PlanRow[])[0] ?? null;
  const first = rows.find((g) => g.id === donationId)!;
  return {
    gifts: rows.map((g) => ({
      // A renewal that came after its campaign stopped taking gifts: needs_refund, then refunded.
      id: g.id,
      campaignId: g.campaign_id,
      campaignTitle: g.title,
      amount: g.amount,
      currency: g.currency,
      status: staffStatus(g),
      at: g.confirmed_at ?? g.created_at,
      monthly: g.plan_id !== null,
      reference: g.reference,
    })),
    project: {
      id: first.project_id,
      orgName: first.org_name,
      orgWebsite: first.org_website,
      recipientName: first.recipient_name,
    },
    // How to pay the link's gift while it waits for an offline payment (an online one has its
    // provider's page): as the donor was told when pledging, like the status poll (payments/status.ts).
    payment:
      first.status === 'pending' && !first.provider
        ? offlinePayment(offlineDetailsTold(first.offline_payment, paymentSettingsOf(first)), first.reference)
        : null,
    plan: plan && {
      id: plan.id,
      campaignId: plan.campaign_id,
      amount: plan.amount,
      currency: plan.currency,
      status: plan.status,
      method: plan.provider === 'stripe' ? ('stripe' as const) : ('offline' as const),
      startedAt: plan.created_at,
      nextDueOn: plan.status === 'active' ? plan.next_due_on : null,
      endedAt: plan.ended_at,
      endedBy: plan.ended_by,
      endReason: plan.end_reason,
    },
  };
}

/** The plan row behind a donor's link, for stopping it. */
export async function planOfDonation(db: D1Database, donationId: string): Promise<PlanRow | null> {
  return db
    .prepare('SELECT p.* FROM monthly_plans p JOIN donations d ON d.plan_id = p.id WHERE d.id = ?')
    .bind(donationId)
    .first<PlanRow>();
}
