// Lunch schools as stored (snake_case rows), their lookups, and their JSON shapes.
import { notFound } from '../lib/problem';
import type { SchoolCalendar, LunchCosts } from '../lib/school-calendar';
import { PAYMENT_SETTINGS_COLUMNS, type PaymentSettingsRow } from './payment-settings';
import { publicDonationJson, type DonationRow } from './rows';
import { PENDING_SHOWN } from './pending-shown';
import { RECIPIENT_COLUMNS, RECIPIENT_JOIN, type RecipientColumns } from './recipients';

export type LunchSchoolRow = {
  id: string; org_id: string; campaign_id: string; name: string; location: string | null; note: string | null;
  children_count: number; meal_price: number; school_days_per_week: number; starts_on: string;
  monthly_fixed_cost: number; fixed_cost_label: string | null; created_at: string; updated_at: string;
  co_funder_name: string | null; co_funded_per_meal: number; co_funded_monthly: number;
  // joined from the campaign
  currency: string; raised_amount: number; pending_amount: number; campaign_status: 'draft' | 'open' | 'closed';
  ends_at: string | null;
  /** The campaign's whole spending ledger: the daily reports and any other expenditure. */
  spent_amount: number;
  /** Only in the public snapshot (requireSchoolSnapshot). */
  pending_shown?: number;
  /** Its campaign's project's `published`. */
  project_published: number;
} & PaymentSettingsRow & RecipientColumns;
export type ClosureRow = { id: string; school_id: string; starts_on: string; ends_on: string; label: string; created_at: string };
export type ReportRow = {
  id: string; school_id: string; date: string; meals: number; spent: number; menu: string | null; photo_url: string | null;
  created_at: string; updated_at: string;
};
export type SponsorRow = DonationRow & { meals: number | null; days: number | null };

const SCHOOL_COLUMNS = `s.*, c.currency, c.raised_amount, c.pending_amount, c.spent_amount, c.status AS campaign_status, c.ends_at,
  c.payment_instructions, p.published AS project_published, ${PAYMENT_SETTINGS_COLUMNS}, ${RECIPIENT_COLUMNS}`;
const SCHOOL_FROM = `FROM lunch_schools s
  JOIN campaigns c ON c.id = s.campaign_id JOIN projects p ON p.id = c.project_id JOIN organisations o ON o.id = s.org_id
  ${RECIPIENT_JOIN}`;
const SCHOOL = `SELECT ${SCHOOL_COLUMNS} ${SCHOOL_FROM}`;

const schoolById = (db: D1Database, id: string) => db.prepare(`${SCHOOL} WHERE s.id = ?`).bind(id);
/** The same row with the public pending total (only the public view pays for that subquery). */
const publicSchoolById = (db: D1Database, id: string) =>
  db.prepare(`SELECT ${SCHOOL_COLUMNS}, ${PENDING_SHOWN} ${SCHOOL_FROM} WHERE s.id = ?`).bind(id);
const closuresOf = (db: D1Database, id: string) =>
  db.prepare('SELECT * FROM lunch_closures WHERE school_id = ? ORDER BY starts_on, id').bind(id);

export async function requireSchool(db: D1Database, id: string): Promise<LunchSchoolRow> {
  const row = await schoolById(db, id).first<LunchSchoolRow>();
  if (!row) throw notFound('Lunch school', id);
  return row;
}

export async function listSchools(db: D1Database, orgId: string | undefined): Promise<LunchSchoolRow[]> {
  const stmt = orgId ? db.prepare(`${SCHOOL} WHERE s.org_id = ? ORDER BY s.created_at, s.id`).bind(orgId) : db.prepare(`${SCHOOL} ORDER BY s.org_id, s.created_at, s.id`);
  return (await stmt.all<LunchSchoolRow>()).results;
}

export async function schoolClosures(db: D1Database, id: string): Promise<ClosureRow[]> {
  return (await closuresOf(db, id).all<ClosureRow>()).results;
}

export type SchoolSnapshot = {
  school: LunchSchoolRow;
  closures: ClosureRow[];
  reports: ReportRow[];
  totals: { meals_served: number; spent: number; report_count: number };
  sponsors: SponsorRow[];
};

/** Everything the public view needs, in one D1 round trip (one consistent snapshot). */
export async function requireSchoolSnapshot(db: D1Database, id: string, reportLimit = 10, sponsorLimit = 10): Promise<SchoolSnapshot> {
  const [school, closures, reports, totals, sponsors] = await db.batch<unknown>([
    publicSchoolById(db, id),
    closuresOf(db, id),
    db.prepare('SELECT * FROM lunch_reports WHERE school_id = ? ORDER BY date DESC LIMIT ?').bind(id, reportLimit),
    db.prepare(`SELECT COALESCE(SUM(meals), 0) AS meals_served, COALESCE(SUM(spent), 0) AS spent, COUNT(*) AS report_count
                FROM lunch_reports WHERE school_id = ?`).bind(id),
    // Every confirmed gift to the school's campaign feeds the children; sponsorships also say what they bought.
    db.prepare(`SELECT d.*, sp.meals, sp.days FROM lunch_schools s
                JOIN donations d ON d.campaign_id = s.campaign_id AND d.status = 'confirmed'
                LEFT JOIN lunch_sponsorships sp ON sp.donation_id = d.id
                WHERE s.id = ? ORDER BY d.confirmed_at DESC, d.id DESC LIMIT ?`).bind(id, sponsorLimit),
  ]);
  const row = school?.results[0] as LunchSchoolRow | undefined;
  if (!row) throw notFound('Lunch school', id);
  return {
    school: row,
    closures: (closures?.results ?? []) as ClosureRow[],
    reports: (reports?.results ?? []) as ReportRow[],
    totals: (totals?.results[0] ?? { meals_served: 0, spent: 0, report_count: 0 }) as SchoolSnapshot['totals'],
    sponsors: (sponsors?.results ?? []) as SponsorRow[],
  };
}

export const calendarOf = (s: LunchSchoolRow, closures: ClosureRow[]): SchoolCalendar => ({
  startsOn: s.starts_on,
  daysPerWeek: s.school_days_per_week,
  closures: closures.map((c) => ({ startsOn: c.starts_on, endsOn: c.ends_on })),
});

export const costsOf = (
  s: Pick<LunchSchoolRow, 'children_count' | 'meal_price' | 'monthly_fixed_cost' | 'co_funded_per_meal' | 'co_funded_monthly'>,
): LunchCosts => ({
  childrenCount: s.children_count,
  mealPrice: s.meal_price,
  monthlyFixedCost: s.monthly_fixed_cost,
  coFundedPerMeal: s.co_funded_per_meal,
  coFundedMonthly: s.co_funded_monthly,
});

export const closureJson = (r: ClosureRow) => ({ startsOn: r.starts_on, endsOn: r.ends_on, label: r.label });
export const adminClosureJson = (r: ClosureRow) => ({ id: r.id, schoolId: r.school_id, ...closureJson(r), createdAt: r.created_at });

export const reportJson = (r: ReportRow) => ({ date: r.date, meals: r.meals, spent: r.spent, menu: r.menu, photoUrl: r.photo_url });
export const adminReportJson = (r: ReportRow) => ({
  id: r.id, schoolId: r.school_id, ...reportJson(r), createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Public: masked like every donation, plus what a sponsorship bought. */
export const sponsorJson = (r: SponsorRow) => {
  const { name, anonymous, amount, at } = publicDonationJson(r);
  return { name, anonymous, amount, meals: r.meals ?? null, days: r.days ?? null, at };
};

export const adminSchoolJson = (r: LunchSchoolRow) => ({
  id: r.id, orgId: r.org_id, campaignId: r.campaign_id, name: r.name, location: r.location, note: r.note,
  childrenCount: r.children_count, mealPrice: r.meal_price, currency: r.currency, schoolDaysPerWeek: r.school_days_per_week,
  startsOn: r.starts_on, monthlyFixedCost: r.monthly_fixed_cost, fixedCostLabel: r.fixed_cost_label,
  coFunderName: r.co_funder_name, coFundedPerMeal: r.co_funded_per_meal, coFundedMonthly: r.co_funded_monthly,
  createdAt: r.created_at, updatedAt: r.updated_at,
});

/** The public co-funding block: who pays what part of the lunches besides the donors; null: nobody. */
export const coFundingJson = (r: LunchSchoolRow) =>
  r.co_funder_name && (r.co_funded_per_meal > 0 || r.co_funded_monthly > 0)
    ? { name: r.co_funder_name, perMeal: r.co_funded_per_meal || null, monthly: r.co_funded_monthly || null }
    : null;
