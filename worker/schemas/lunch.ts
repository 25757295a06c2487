// Lunch schools: the public view, the sponsorship write, and the staff (admin) bodies.
import { CampaignFilingFields } from './accountability';
import { GiftRefusalSchema, RecipientSchema } from './campaigns';
import { z } from '@hono/zod-openapi';
import { PaymentSchema, ReturnUrl } from './donations';
import { Currency, DONATION_STATUSES, IsoDate, Money, Slug, Url } from './common';

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable().optional();
const Count = (max: number) => z.number().int().min(1).max(max);
const Fen = z.number().int().min(0).max(10_000_000_000).openapi({ description: 'Minor units (fen for CNY)' });
/** A photo: an http(s) URL, or a path on this service (resolved against the API origin). */
const PhotoUrl = z.union([Url, z.string().regex(/^\/[^/\\\s][^\s]{0,498}$/, 'Use an http(s) URL or a /path')]);

// ── Public ──
export const LunchReportSchema = z
  .object({
    date: z.string(),
    meals: z.number().int().openapi({ description: 'Meals served that day' }),
    spent: z.number().int().openapi({ description: 'Money spent that day (food, the cook’s share), minor units' }),
    menu: z.string().nullable(),
    photoUrl: z.string().nullable(),
  })
  .openapi('LunchReport');

export const LunchSponsorSchema = z
  .object({
    name: z.string().openapi({ description: 'Masked: 张*, L***, or 爱心人士 when anonymous' }),
    anonymous: z.boolean(),
    amount: z.number().int(),
    meals: z.number().int().nullable().openapi({ description: 'Meals bought; null for a plain gift to the campaign' }),
    days: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'School days bought for the whole school, if bought that way' }),
    at: z.string(),
  })
  .openapi('LunchSponsor');

export const LunchSchoolSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    campaignId: z.string(),
    name: z.string(),
    location: z.string().nullable(),
    note: z.string().nullable(),
    childrenCount: z.number().int(),
    mealPrice: z.number().int(),
    currency: z.string(),
    schoolDaysPerWeek: z.number().int(),
    startsOn: z.string(),
    monthlyFixedCost: z.number().int(),
    fixedCostLabel: z.string().nullable(),
    today: z.string().openapi({ description: 'The school’s date (China time) the figures were computed for' }),
    fundedThrough: z.string().nullable().openapi({
      description: 'Last school day the confirmed money pays for in full, walking the calendar from startsOn',
    }),
    fundedDays: z.number().int().openapi({ description: 'School days from startsOn through fundedThrough' }),
    fundedDaysAhead: z.number().int().openapi({ description: 'Of those, the days from today on' }),
    mealsFunded: z.number().int().openapi({ description: 'fundedDays × childrenCount' }),
    mealsServed: z.number().int().openapi({ description: 'Sum of the daily reports' }),
    raisedAmount: z.number().int().openapi({ description: 'Confirmed money' }),
    pendingAmount: z.number().int().openapi({ description: 'Pledged, not yet confirmed' }),
    spentAmount: z.number().int().openapi({ description: 'Sum of the daily reports' }),
    balance: z.number().int().openapi({ description: 'raisedAmount − spentAmount' }),
    dayCost: z
      .number()
      .int()
      .openapi({ description: 'Cost of the next school day: children × meal price + fixed-cost share' }),
    accepting: z.boolean().openapi({
      description: 'Whether sponsorships are accepted (open, with a qualified recipient and a filed plan)',
    }),
    acceptsGifts: z.boolean().openapi({ description: 'The same as accepting, named as on campaigns' }),
    giftRefusal: GiftRefusalSchema,
    coFunding: z
      .object({ name: z.string(), perMeal: z.number().int().nullable(), monthly: z.number().int().nullable() })
      .nullable()
      .openapi({
        description:
          'Who pays part of the lunches besides the donors (per meal, or a monthly sum); fundedThrough counts both',
      }),
    donorMealPrice: z
      .number()
      .int()
      .openapi({ description: 'What a donor pays per meal: mealPrice less the co-funder’s part' }),
    recipient: RecipientSchema.nullable(),
    upcoming: z
      .array(z.object({ date: z.string(), funded: z.boolean() }))
      .openapi({ description: 'The coming school days' }),
    closures: z
      .array(z.object({ startsOn: z.string(), endsOn: z.string(), label: z.string() }))
      .openapi({ description: 'Current and coming closures' }),
    reportCount: z.number().int(),
    reports: z.array(LunchReportSchema).openapi({ description: 'Newest first' }),
    recentSponsors: z.array(LunchSponsorSchema),
  })
  .openapi('LunchSchool');

export const SponsorshipInputSchema = z
  .object({
    meals: Count(1_000_000).optional().openapi({ description: 'Meals to sponsor (amount = meals × mealPrice)' }),
    days: Count(10_000)
      .optional()
      .openapi({ description: 'School days for the whole school (amount = days × children × mealPrice)' }),
    name: z.string().trim().max(50).optional(),
    anonymous: z.boolean().optional(),
    message: z.string().trim().max(200).optional(),
    contact: z.string().trim().max(100).optional().openapi({ description: 'Private: only staff see it' }),
    returnUrl: ReturnUrl,
  })
  .refine((b) => (b.meals === undefined) !== (b.days === undefined), {
    message: 'Give exactly one of meals or days',
    path: ['meals'],
  })
  .openapi('SponsorshipInput');

export const SponsorshipSchema = z
  .object({
    id: z
      .string()
      .openapi({ description: 'The donation id: confirm or cancel it with /admin/donations/{id}/confirm|cancel' }),
    status: z.literal('pending'),
    meals: z.number().int(),
    days: z.number().int().nullable(),
    amount: z.number().int(),
    currency: z.string(),
    payment: PaymentSchema,
  })
  .openapi('Sponsorship');

// ── Admin ──
const schoolFields = {
  name: text(200),
  location: optText(200),
  note: optText(500),
  childrenCount: Count(100_000),
  mealPrice: Count(1_000_000).openapi({ description: 'Per child and meal, minor units' }),
  schoolDaysPerWeek: z.number().int().min(1).max(7),
  startsOn: IsoDate,
  monthlyFixedCost: Fen.openapi({ description: 'e.g. the cook, spread over each month’s school days' }),
  fixedCostLabel: optText(100),
  coFunderName: optText(100).openapi({ description: 'Who pays part of the lunches besides the donors, e.g. 县财政' }),
  coFundedPerMeal: Fen.openapi({ description: "The co-funder's part of each meal (less than mealPrice)" }),
  coFundedMonthly: Fen.openapi({ description: 'Or a sum the co-funder pays each month in which lunch is served' }),
};

export const LunchSchoolCreate = z
  .object({
    id: Slug.optional(),
    orgId: z.string().min(1),
    ...schoolFields,
    schoolDaysPerWeek: schoolFields.schoolDaysPerWeek.default(5),
    monthlyFixedCost: schoolFields.monthlyFixedCost.default(0),
    coFundedPerMeal: schoolFields.coFundedPerMeal.default(0),
    coFundedMonthly: schoolFields.coFundedMonthly.default(0),
    campaignId: z
      .string()
      .min(1)
      .optional()
      .openapi({ description: 'An existing campaign of the organisation; else one is created' }),
    goalAmount: Money.optional().openapi({
      description: 'Goal of the created campaign; default: the first year’s cost',
    }),
    currency: Currency.default('CNY'),
    // The created campaign's recipient and filing (without them it shows progress but takes no gifts).
    ...CampaignFilingFields,
  })
  .openapi('LunchSchoolCreate');
export const LunchSchoolPatch = z.object(schoolFields).partial().openapi('LunchSchoolPatch');

export const AdminLunchSchoolSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    campaignId: z.string(),
    name: z.string(),
    location: z.string().nullable(),
    note: z.string().nullable(),
    childrenCount: z.number().int(),
    mealPrice: z.number().int(),
    currency: z.string(),
    schoolDaysPerWeek: z.number().int(),
    startsOn: z.string(),
    monthlyFixedCost: z.number().int(),
    fixedCostLabel: z.string().nullable(),
    coFunderName: z.string().nullable(),
    coFundedPerMeal: z.number().int(),
    coFundedMonthly: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('AdminLunchSchool');

export const ClosureCreate = z
  .object({ id: Slug.optional(), startsOn: IsoDate, endsOn: IsoDate, label: text(100) })
  .refine((b) => b.endsOn >= b.startsOn, { message: 'endsOn is before startsOn', path: ['endsOn'] })
  .openapi('LunchClosureCreate');
export const ClosurePatch = z
  .object({ startsOn: IsoDate, endsOn: IsoDate, label: text(100) })
  .partial()
  .openapi('LunchClosurePatch');
export const AdminClosureSchema = z
  .object({
    id: z.string(),
    schoolId: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    label: z.string(),
    createdAt: z.string(),
  })
  .openapi('AdminLunchClosure');

export const ReportCreate = z
  .object({
    id: Slug.optional(),
    date: IsoDate,
    meals: Count(100_000),
    spent: Money,
    menu: optText(500),
    photoUrl: PhotoUrl.nullable().optional(),
  })
  .openapi('LunchReportCreate');
export const ReportPatch = ReportCreate.omit({ id: true, date: true }).partial().openapi('LunchReportPatch');
export const AdminReportSchema = LunchReportSchema.extend({
  id: z.string(),
  schoolId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('AdminLunchReport');

export const AdminSponsorshipSchema = z
  .object({
    id: z.string(),
    schoolId: z.string(),
    campaignId: z.string(),
    meals: z.number().int(),
    days: z.number().int().nullable(),
    amount: z.number().int(),
    currency: z.string(),
    name: z.string().nullable(),
    anonymous: z.boolean(),
    message: z.string().nullable(),
    contact: z.string().nullable(),
    reference: z.string(),
    status: z.enum(DONATION_STATUSES),
    createdAt: z.string(),
    confirmedAt: z.string().nullable(),
  })
  .openapi('AdminLunchSponsorship');
