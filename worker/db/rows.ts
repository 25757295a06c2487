// Row types (snake_case, as stored) and their camelCase JSON shapes.
import { maskName, scrubContacts } from '../privacy/mask';
import type { Org } from '../schemas/orgs';
import type { ProjectSummary } from '../schemas/projects';
import type { AdminDonation } from '../schemas/donations';
import type { DONATION_STATUSES, REFUND_REASONS } from '../schemas/common';
import type { RecipientColumns } from './recipients';
import type { TokenRole } from '../../common/roles';

export type OrgRow = {
  id: string;
  name: string;
  region: string | null;
  brand: string | null;
  logo_url: string | null;
  website: string | null;
  created_at: string;
  updated_at: string;
};
export type SiteRow = { id: string; org_id: string; origin: string; created_at: string };
export type ProjectRow = {
  id: string;
  org_id: string;
  title: string;
  summary: string;
  body: string;
  cover_url: string | null;
  category: ProjectSummary['category'];
  location: string | null;
  beneficiaries: string | null;
  status: ProjectSummary['status'];
  links: string;
  created_at: string;
  updated_at: string;
  /** 0: taken off the public pages by staff. */
  published: number;
  campaign_id?: string | null;
  org_name?: string;
};
export type UpdateRow = {
  id: string;
  project_id: string;
  date: string;
  title: string;
  body: string;
  state: 'done' | 'doing' | 'planned';
  position: number;
  created_at: string;
};
export type CampaignRow = {
  id: string;
  project_id: string;
  title: string;
  currency: string;
  goal_amount: number;
  raised_amount: number;
  pending_amount: number;
  donor_count: number;
  ends_at: string | null;
  status: 'draft' | 'open' | 'closed';
  tiers: string;
  payment_instructions: string | null;
  created_at: string;
  updated_at: string;
  org_id?: string;
  /** Its project's `published`, where the query asked. */
  project_published?: number;
  /** The pending total as the public sees it (db/pending-shown.ts), where the query asked. */
  pending_shown?: number;
  /** The lunch school this campaign funds, where the query asked. */
  school_id?: string | null;
  /** Maintained by the expenditure triggers. */
  spent_amount: number;
  /** Maintained by the match allocation triggers (0009_matching.sql). */
  matched_amount: number;
  monthly_allowed: number;
  /** Active monthly plans (0011_monthly_giving.sql triggers). */
  monthly_donors: number;
} & Partial<RecipientColumns>;

export type ExpenditureRow = {
  id: string;
  campaign_id: string;
  date: string;
  amount: number;
  purpose: string;
  payee: string | null;
  receipt_url: string | null;
  lunch_report_id: string | null;
  created_at: string;
  updated_at: string;
};

/** Public spending: the payee and purpose are free text staff typed, so contacts are scrubbed. */
export const publicExpenditureJson = (r: ExpenditureRow) => ({
  date: r.date,
  amount: r.amount,
  purpose: scrubContacts(r.purpose, []) ?? '',
  payee: scrubContacts(r.payee, []),
  receiptUrl: r.receipt_url,
});

export const adminExpenditureJson = (r: ExpenditureRow) => ({
  id: r.id,
  campaignId: r.campaign_id,
  date: r.date,
  amount: r.amount,
  purpose: r.purpose,
  payee: r.payee,
  receiptUrl: r.receipt_url,
  lunchReportId: r.lunch_report_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
export type DonationRow = {
  id: string;
  campaign_id: string;
  amount: number;
  currency: string;
  name: string | null;
  anonymous: number;
  message: string | null;
  contact: string | null;
  channel: string;
  reference: string;
  status: (typeof DONATION_STATUSES)[number];
  created_at: string;
  confirmed_at: string | null;
  cancelled_at: string | null;
  refunded_at: string | null;
  org_id?: string;
  // 0005_payments
  provider?: 'wechatpay' | 'stripe' | null;
  expires_at?: string | null;
  cancel_reason?: 'expired' | null;
  // 0012: a renewal that arrived when its campaign took no gifts (kept 'cancelled', never counted)
  refund_due?: (typeof REFUND_REASONS)[number] | null;
};

/** The status staff see: a gift held for a refund is needs_refund until its refund is recorded. */
export const staffStatus = (r: Pick<DonationRow, 'status' | 'refund_due' | 'refunded_at'>): AdminDonation['status'] =>
  r.refund_due ? (r.refunded_at ? 'refunded' : 'needs_refund') : r.status;

export const orgJson = (r: OrgRow): Org => ({
  id: r.id,
  name: r.name,
  region: r.region,
  brand: r.brand,
  logoUrl: r.logo_url,
  website: r.website,
});

export const siteJson = (r: SiteRow) => ({ id: r.id, orgId: r.org_id, origin: r.origin, createdAt: r.created_at });

export const projectSummaryJson = (r: ProjectRow): ProjectSummary => ({
  id: r.id,
  orgId: r.org_id,
  title: r.title,
  summary: r.summary,
  coverUrl: r.cover_url,
  category: r.category,
  location: r.location,
  beneficiaries: r.beneficiaries,
  status: r.status,
  campaignId: r.campaign_id ?? null,
});

export const updateJson = (r: UpdateRow) => ({ date: r.date, title: r.title, body: r.body, state: r.state });

export const parseJsonArray = <T>(text: string): T[] => {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
};

export const campaignCoreJson = (r: CampaignRow) => ({
  id: r.id,
  projectId: r.project_id,
  title: r.title,
  currency: r.currency,
  goalAmount: r.goal_amount,
  raisedAmount: r.raised_amount,
  pendingAmount: r.pending_amount,
  donorCount: r.donor_count,
  endsAt: r.ends_at,
  status: r.status,
  tiers: parseJsonArray<{ amount: number; label: string }>(r.tiers),
  spentAmount: r.spent_amount,
  balance: r.raised_amount - r.spent_amount,
  matchedAmount: r.matched_amount,
  monthlyAllowed: r.monthly_allowed === 1,
  monthlyDonors: r.monthly_donors,
});

/** The only public view of a donation: masked name, contact-free message, no contact. */
export const publicDonationJson = (r: DonationRow) => ({
  name: maskName(r.name, r.anonymous === 1),
  anonymous: r.anonymous === 1 || !r.name?.trim(),
  amount: r.amount,
  message: scrubContacts(r.message, [r.name]),
  at: r.confirmed_at ?? r.created_at,
});

export const adminDonationJson = (r: DonationRow): AdminDonation => ({
  id: r.id,
  campaignId: r.campaign_id,
  orgId: r.org_id ?? '',
  amount: r.amount,
  currency: r.currency,
  name: r.name,
  anonymous: r.anonymous === 1,
  message: r.message,
  contact: r.contact,
  channel: r.channel,
  reference: r.reference,
  status: staffStatus(r),
  createdAt: r.created_at,
  confirmedAt: r.confirmed_at,
  cancelledAt: r.cancelled_at,
  refundedAt: r.refunded_at,
  provider: r.provider ?? null,
  expiresAt: r.expires_at ?? null,
  cancelReason: r.cancel_reason ?? null,
  refundDue: r.refund_due ?? null,
});

// ── Admin shapes (timestamps, private fields) ──
export type TokenRow = {
  id: string;
  token_hash: string;
  org_id: string;
  label: string | null;
  role: TokenRole;
  minted_by: string | null;
  created_at: string;
  revoked_at: string | null;
  expires_at: string | null;
};

export const adminOrgJson = (r: OrgRow) => ({ ...orgJson(r), createdAt: r.created_at, updatedAt: r.updated_at });

export const adminProjectJson = (r: ProjectRow) => ({
  ...projectSummaryJson(r),
  body: r.body,
  links: parseJsonArray<{ title: string; url: string }>(r.links),
  published: r.published === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const adminUpdateJson = (r: UpdateRow) => ({
  id: r.id,
  projectId: r.project_id,
  date: r.date,
  title: r.title,
  body: r.body,
  state: r.state,
  position: r.position,
});

export const adminCampaignJson = (r: CampaignRow) => ({
  ...campaignCoreJson(r),
  orgId: r.org_id ?? '',
  paymentInstructions: r.payment_instructions,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const tokenJson = (r: TokenRow) => ({
  id: r.id,
  orgId: r.org_id,
  label: r.label,
  role: r.role,
  mintedBy: r.minted_by,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  expiresAt: r.expires_at,
});
