// A free-lunch school, its daily reports and its closures as the admin API answers them
// (worker/schemas/lunch.ts, held to these types by test/types/wire.test-d.ts). Each is also what a
// create or an edit answers. Money is integer minor units; days are the school's (China time).
import type { LunchReport } from './lunch.js';

/** GET /admin/lunch (AdminLunchSchoolSchema): the school's settings, not the public figures. */
export interface AdminLunchSchool {
  id: string;
  orgId: string;
  /** The campaign that funds it. */
  campaignId: string;
  name: string;
  location: string | null;
  note: string | null;
  childrenCount: number;
  /** Per child and meal. */
  mealPrice: number;
  currency: string;
  schoolDaysPerWeek: number;
  startsOn: string;
  /** e.g. the cook, spread over each month's school days. */
  monthlyFixedCost: number;
  fixedCostLabel: string | null;
  /** Who pays part of the lunches besides the donors (e.g. 县财政); its part per meal, or a sum each month. */
  coFunderName: string | null;
  coFundedPerMeal: number;
  coFundedMonthly: number;
  createdAt: string;
  updatedAt: string;
}

/** GET /admin/lunch/{id}/reports (AdminReportSchema): a day's report (公示) as staff correct it. */
export interface AdminLunchReport extends LunchReport {
  id: string;
  schoolId: string;
  createdAt: string;
  updatedAt: string;
}

/** GET /admin/lunch/{id}/closures (AdminClosureSchema): days without lunch (holidays), inclusive. */
export interface AdminLunchClosure {
  id: string;
  schoolId: string;
  startsOn: string;
  endsOn: string;
  label: string;
  createdAt: string;
}
