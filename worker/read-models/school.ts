// The public school view (masked sponsors); also rendered by the lunch embed page.
import {
  calendarOf,
  closureJson,
  coFundingJson,
  costsOf,
  reportJson,
  requireSchoolSnapshot,
  sponsorJson,
} from '../db/lunch';
import { lunchFigures } from '../lunch/lunch-figures';
import { donorMealPrice, schoolToday } from '../lunch/school-calendar';
import { giftRefusal, recipientJson } from '../giving/recipient';
import { assertPublicSchool } from './visibility';

export async function readSchool(db: D1Database, id: string) {
  const { school: s, closures, reports, totals, sponsors } = await requireSchoolSnapshot(db, id);
  assertPublicSchool(s, id);
  const today = schoolToday(Date.now());
  // Sponsorships are gifts too: the campaign's rule (giving/recipient.ts).
  const refusal = giftRefusal({ ...s, status: s.campaign_status });
  const accepting = refusal === null;
  const costs = costsOf(s);
  const figures = lunchFigures({
    calendar: calendarOf(s, closures),
    costs,
    raised: s.raised_amount,
    // The campaign's one ledger: its daily reports, plus anything else staff recorded for it.
    spent: s.spent_amount,
    mealsServed: totals.meals_served,
    today,
  });
  return {
    id: s.id,
    orgId: s.org_id,
    campaignId: s.campaign_id,
    name: s.name,
    location: s.location,
    note: s.note,
    childrenCount: s.children_count,
    mealPrice: s.meal_price,
    currency: s.currency,
    schoolDaysPerWeek: s.school_days_per_week,
    startsOn: s.starts_on,
    monthlyFixedCost: s.monthly_fixed_cost,
    fixedCostLabel: s.fixed_cost_label,
    today,
    ...figures,
    raisedAmount: s.raised_amount,
    pendingAmount: s.pending_shown ?? s.pending_amount, // each unconfirmed pledge only up to a cap (db/pending-shown.ts)
    accepting,
    acceptsGifts: accepting,
    giftRefusal: refusal,
    recipient: recipientJson(s),
    coFunding: coFundingJson(s),
    donorMealPrice: donorMealPrice(costs),
    closures: closures.filter((x) => x.ends_on >= today).map(closureJson),
    reportCount: totals.report_count,
    reports: reports.map(reportJson),
    recentSponsors: sponsors.map(sponsorJson),
  };
}
