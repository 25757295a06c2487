// A campaign's spending entry (资金使用公示) as the admin API answers it (GET
// /admin/campaigns/{id}/expenditures, and what a create or an edit answers;
// worker/schemas/accountability.ts AdminExpenditureSchema, held to this type by
// test/types/wire.test-d.ts). Money is integer minor units.
import type { Expenditure } from './campaign.js';

export interface AdminExpenditure extends Expenditure {
  id: string;
  campaignId: string;
  /** Set when a lunch daily report wrote the row (edit the report, not the row). */
  lunchReportId: string | null;
  createdAt: string;
  updatedAt: string;
}
