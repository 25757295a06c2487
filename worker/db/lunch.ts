// Lunch schools as stored (snake_case rows), their lookups, their JSON shapes, and what staff write.
import type { z } from '@hono/zod-openapi';
import { notFound } from '../lib/problem';
import type { SchoolCalendar, LunchCosts } from '../lunch/school-calendar';
import type { LunchSchoolCreate, LunchSchoolPatch } from '../schemas/lunch';
import { patchStatement } from './patch';
import { PAYMENT_SETTINGS_COLUMNS, type PaymentSettingsRow } from './payment-settings';
import { publicDonationJson, type DonationRow } from './rows';
import { PENDING_SHOWN } from './pending-shown';
import { RECIPIENT_COLUMNS, RECIPIENT_JOIN, type RecipientColumns } from './recipients';

export type LunchSchoolRow = {
  id: string;
  org_id: string;
  campaign_id: string;
  name: string;
  location: string | null;
  note: string | null;
  children_count: number;
  meal_price: number;
  school_days_per_week: number;
  starts_on: string;
  monthly_fixed_cost: number;
  fixed_cost_label: string | null;
  created_at: string;
  updated_at: string;
  co_funder_name: string | null;
  co_funded_per_meal: number;
  co_funded_monthly: number;
  // joined from the campaign
  currency: string;
  raised_amount: number;
  pending_amount: number;
  campaign_status: 'draft' | 'open' | 'closed';
  ends_at: string | null;
  /** The campaign's whole spending ledger: the daily reports and any other expenditure. */
  spent_amount: number;
  /** Only in the public snapshot (requireSchoolSnapshot). */
  pending_shown?: number;
  /** Its campaign's project's `published`. */
  project_published: number;
} & PaymentSettingsRow &
  RecipientColumns;
export type ClosureRow = {
  id: string;
  school_id: string;
  starts_on: string;
  ends_on: string;
  label: string;
  created_at: string;
};
export type ReportRow = {
  id: string;
  school_id: string;
  date: string;
  meals: number;
  spent: number;
  menu: string | null;
  photo_url: string | null;
  created_at: string;
  updated_at: string;
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
  const stmt = orgId
    ? db.prepare(`${SCHOOL} WHERE s.org_id = ? ORDER BY s.created_at, s.id`).bind(orgId)
    : db.prepare(`${SCHOOL} ORDER BY s.org_id, s.created_at, s.id`);
  return (await stmt.all<LunchSchoolRow>()).results;
}

export async function schoolClosures(db: D1Database, id: string): Promise<ClosureRow[]> {
  return (await closuresOf(db, id).all<ClosureRow>()).results;
}

/** The school a campaign funds already, if any (a campaign funds one school at most). */
export const schoolOfCampaign = (db: D1Database, campaignId: string) =>
  db.prepare('SELECT id FROM lunch_schools WHERE campaign_id = ?').bind(campaignId).first<{ id: string }>();

/** A new school's own project (category meals) and campaign: run them in the school's batch. */
export function newSchoolProjectAndCampaign(
  db: D1Database,
  ids: { projectId: string; campaignId: string },
  b: z.infer<typeof LunchSchoolCreate>,
  goalAmount: number,
): D1PreparedStatement[] {
  const { projectId, campaignId } = ids;
  return [
    db
      .prepare(
        `INSERT INTO projects (id, org_id, title, summary, category, location, beneficiaries, status)
                VALUES (?, ?, ?, ?, 'meals', ?, ?, 'in_progress')`,
      )
      .bind(
        projectId,
        b.orgId,
        `${b.name}免费午餐`,
        `为${b.name}的${b.childrenCount}名孩子提供免费午餐。`,
        b.location ?? null,
        `${b.childrenCount}名孩子`,
      ),
    db
      .prepare(
        `INSERT INTO campaigns (id, project_id, title, currency, goal_amount, recipient_id, filing_number, filing_url, filed_from,
                  filed_until, platform, platform_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        campaignId,
        projectId,
        `${b.name}免费午餐`,
        b.currency,
        goalAmount,
        b.recipientId ?? null,
        b.filingNumber ?? null,
        b.filingUrl ?? null,
        b.filedFrom ?? null,
        b.filedUntil ?? null,
        b.platform ?? null,
        b.platformUrl ?? null,
      ),
  ];
}

/** The school's own row, funded by `campaignId` (last in the batch that may create that campaign). */
export const insertSchool = (db: D1Database, id: string, campaignId: string, b: z.infer<typeof LunchSchoolCreate>) =>
  db
    .prepare(
      `INSERT INTO lunch_schools (id, org_id, campaign_id, name, location, note, children_count, meal_price,
                school_days_per_week, starts_on, monthly_fixed_cost, fixed_cost_label, co_funder_name, co_funded_per_meal,
                co_funded_monthly) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      id,
      b.orgId,
      campaignId,
      b.name,
      b.location ?? null,
      b.note ?? null,
      b.childrenCount,
      b.mealPrice,
      b.schoolDaysPerWeek,
      b.startsOn,
      b.monthlyFixedCost,
      b.fixedCostLabel ?? null,
      b.coFunderName ?? null,
      b.coFundedPerMeal,
      b.coFundedMonthly,
    );

export async function updateSchool(db: D1Database, id: string, body: z.infer<typeof LunchSchoolPatch>): Promise<void> {
  const stmt = patchStatement(db, 'lunch_schools', id, body, {
    name: { column: 'name' },
    location: { column: 'location' },
    note: { column: 'note' },
    childrenCount: { column: 'children_count' },
    mealPrice: { column: 'meal_price' },
    schoolDaysPerWeek: { column: 'school_days_per_week' },
    startsOn: { column: 'starts_on' },
    monthlyFixedCost: { column: 'monthly_fixed_cost' },
    fixedCostLabel: { column: 'fixed_cost_label' },
    coFunderName: { column: 'co_funder_name' },
    coFundedPerMeal: { column: 'co_funded_per_meal' },
    coFundedMonthly: { column: 'co_funded_monthly' },
  });
  if (stmt) await stmt.run();
}

export type SponsorshipRow = {
  donation_id: string;
  school_id: string;
  meals: number;
  days: number | null;
  campaign_id: string;
  amount: number;
  currency: string;
  name: string | null;
  anonymous: number;
  message: string | null;
  contact: string | null;
  reference: string;
  status: DonationRow['status'];
  created_at: string;
  confirmed_at: string | null;
};

/** A school's sponsorships with the donor's contact, newest first (at most 500), of one status if given. */
export async function listSponsorships(
  db: D1Database,
  schoolId: string,
  status: string | undefined,
): Promise<SponsorshipRow[]> {
  const { results } = await db
    .prepare(
      `SELECT sp.*, d.campaign_id, d.amount, d.currency, d.name, d.anonymous, d.message, d.contact, d.reference, d.status,
              d.created_at, d.confirmed_at
         FROM lunch_sponsorships sp JOIN donations d ON d.id = sp.donation_id
        WHERE sp.school_id = ? AND (? IS NULL OR d.status = ?) ORDER BY d.created_at DESC, d.id DESC LIMIT 500`,
    )
    .bind(schoolId, status ?? null, status ?? null)
    .all<SponsorshipRow>();
  return results;
}

/** A public sponsorship's own row (which school, what it bought), in the pledge's batch. */
export const insertSponsorship = (
  db: D1Database,
  donationId: string,
  schoolId: string,
  meals: number,
  days: number | null,
) =>
  db
    .prepare('INSERT INTO lunch_sponsorships (donation_id, school_id, meals, days) VALUES (?, ?, ?, ?)')
    .bind(donationId, schoolId, meals, days);

export type SchoolSnapshot = {
  school: LunchSchoolRow;
  closures: ClosureRow[];
  reports: ReportRow[];
  totals: { meals_served: number; spent: number; report_count: number };
  sponsors: SponsorRow[];
};

/** Everything the public view needs, in one D1 round trip (one consistent snapshot). */
export async function requireSchoolSnapshot(
  db: D1Database,
  id: string,
  reportLimit = 10,
  sponsorLimit = 10,
): Promise<SchoolSnapshot> {
  const [school, closures, reports, totals, sponsors] = await db.batch<unknown>([
    publicSchoolById(db, id),
    closuresOf(db, id),
    db.prepare('SELECT * FROM lunch_reports WHERE school_id = ? ORDER BY date DESC LIMIT ?').bind(id, reportLimit),
    db
      .prepare(
        `SELECT COALESCE(SUM(meals), 0) AS meals_served, COALESCE(SUM(spent), 0) AS spent, COUNT(*) AS report_count
                FROM lunch_reports WHERE school_id = ?`,
      )
      .bind(id),
    // Every confirmed gift to the school's campaign feeds the children; sponsorships also say what they bought.
    db
      .prepare(
        `SELECT d.*, sp.meals, sp.days FROM lunch_schools s
                JOIN donations d ON d.campaign_id = s.campaign_id AND d.status = 'confirmed'
                LEFT JOIN lunch_sponsorships sp ON sp.donation_id = d.id
                WHERE s.id = ? ORDER BY d.confirmed_at DESC, d.id DESC LIMIT ?`,
      )
      .bind(id, sponsorLimit),
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
  s: Pick<
    LunchSchoolRow,
    'children_count' | 'meal_price' | 'monthly_fixed_cost' | 'co_funded_per_meal' | 'co_funded_monthly'
  >,
): LunchCosts => ({
  childrenCount: s.children_count,
  mealPrice: s.meal_price,
  monthlyFixedCost: s.monthly_fixed_cost,
  coFundedPerMeal: s.co_funded_per_meal,
  coFundedMonthly: s.co_funded_monthly,
});

export const closureJson = (r: ClosureRow) => ({ startsOn: r.starts_on, endsOn: r.ends_on, label: r.label });
export const adminClosureJson = (r: ClosureRow) => ({
  id: r.id,
  schoolId: r.school_id,
  ...closureJson(r),
  createdAt: r.created_at,
});

export const reportJson = (r: ReportRow) => ({
  date: r.date,
  meals: r.meals,
  spent: r.spent,
  menu: r.menu,
  photoUrl: r.photo_url,
});
export const adminReportJson = (r: ReportRow) => ({
  id: r.id,
  schoolId: r.school_id,
  ...reportJson(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Public: masked like every donation, plus what a sponsorship bought. */
export const sponsorJson = (r: SponsorRow) => {
  const { name, anonymous, amount, at } = publicDonationJson(r);
  return { name, anonymous, amount, meals: r.meals ?? null, days: r.days ?? null, at };
};

export const adminSchoolJson = (r: LunchSchoolRow) => ({
  id: r.id,
  orgId: r.org_id,
  campaignId: r.campaign_id,
  name: r.name,
  location: r.location,
  note: r.note,
  childrenCount: r.children_count,
  mealPrice: r.meal_price,
  currency: r.currency,
  schoolDaysPerWeek: r.school_days_per_week,
  startsOn: r.starts_on,
  monthlyFixedCost: r.monthly_fixed_cost,
  fixedCostLabel: r.fixed_cost_label,
  coFunderName: r.co_funder_name,
  coFundedPerMeal: r.co_funded_per_meal,
  coFundedMonthly: r.co_funded_monthly,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The public co-funding block: who pays what part of the lunches besides the donors; null: nobody. */
export const coFundingJson = (r: LunchSchoolRow) =>
  r.co_funder_name && (r.co_funded_per_meal > 0 || r.co_funded_monthly > 0)
    ? { name: r.co_funder_name, perMeal: r.co_funded_per_meal || null, monthly: r.co_funded_monthly || null }
    : null;
