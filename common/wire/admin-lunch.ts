// A free-lunch school, its daily reports, closures and sponsorships as the admin API answers them
// (worker/schemas/lunch.ts, held to these types by test/types/wire.test-d.ts). A school, report or
// closure is also what its create or edit answers. Money is integer minor units; days are the
// school's (China time).
import type { DonationStatus } from '../statuses.js';
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

/** GET /admin/lunch/{id}/sponsorships (AdminSponsorshipSchema): a sponsorship, with the sponsor's contact. */
export interface AdminLunchSponsorship {
  /** The donation's id: staff confirm or cancel it as a gift (/admin/donations/{id}/…). */
  id: string;
  schoolId: string;
  campaignId: string;
  meals: number;
  /** School days bought for the whole school, if bought that way. */
  days: number | null;
  amount: number;
  currency: string;
  name: string | null;
  anonymous: boolean;
  message: string | null;
  contact: string | null;
  /** The GY- reference the sponsor quotes on a transfer. */
  reference: string;
  status: DonationStatus;
  createdAt: string;
  confirmedAt: string | null;
}
