// GET /orgs/{org}/disclosure?period as the API sends it (worker/schemas/disclosure.ts
// DisclosureSchema; checked by test/types/wire.test-d.ts): an organisation's disclosure report
// (资金使用公示) for a quarter, a month or a year, counted in China Standard Time days. Money is
// integer minor units; no donor is named or counted by person.
import type { CampaignStatus } from '../statuses.js';

/** Money by the channel it came in through. */
export interface DisclosureChannels {
  total: number;
  /** Transfers and cash confirmed by staff. */
  offline: number;
  wechatpay: number;
  stripe: number;
}

/** The money that moved in the period. */
export interface DisclosureFlows {
  /** Gifts confirmed in the period (by confirmation time), by channel; refunded ones included (see refunds). */
  moneyIn: DisclosureChannels;
  /** Gifts refunded in the period (by refund time), by channel. */
  refunds: DisclosureChannels;
  /** Spending dated in the period (lunch daily reports included). */
  moneyOut: number;
  /** Balance at the start of the period. */
  openingBalance: number;
  /** At the end of the period: confirmed gifts not refunded by then, less spending dated up to then. */
  balance: number;
  /** Gifts confirmed in the period. */
  donors: number;
}

export interface DisclosureCampaign extends DisclosureFlows {
  id: string;
  title: string;
  projectId: string;
  currency: string;
  /** A draft is not reported. */
  status: Exclude<CampaignStatus, 'draft'>;
  recipient: { name: string; creditCode: string; filingNumber: string | null } | null;
  /** The campaign's first day (China time). */
  startedOn: string;
  /** Latest spending or progress update dated up to asOf. */
  lastDisclosedOn: string | null;
  /**
   * Runs more than six months and disclosed no spending or progress in the three months before
   * asOf (Charity Law: every three months).
   */
  overdue: boolean;
}

export interface Disclosure {
  org: { id: string; name: string };
  /** id: 2026-Q4, 2026-12 or 2026; from and to: its first and last day, both included. */
  period: { id: string; kind: 'quarter' | 'month' | 'year'; from: string; to: string };
  /** The earlier of the period's last day and today (China time): the day `overdue` is judged on. */
  asOf: string;
  campaigns: DisclosureCampaign[];
  /** The organisation's sums, one per currency (normally only CNY). */
  totals: (DisclosureFlows & { currency: string; campaigns: number; overdue: number })[];
}
