// Accountability bodies: the charities that receive the money, the spending ledger, the audit trail.
import { z } from '@hono/zod-openapi';
import { IsoDate, Money, Slug, Url } from './common';

const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullable().optional();

// Recipients (the licensed charities an organisation raises money for)
/** 统一社会信用代码: 18 characters, digits and capitals without I, O, Z, S, V. */
export const CreditCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/,
    'A 统一社会信用代码 has 18 characters: digits and capitals except I, O, Z, S, V',
  )
  .openapi({ example: '53430000MJJ0000000' });

export const RecipientCreate = z
  .object({
    id: Slug.optional(),
    orgId: z.string().min(1),
    name: text(200),
    creditCode: CreditCode,
    qualification: optText(200).openapi({
      description: 'Its public-fundraising qualification (公募资格) as certified; null = none',
    }),
    website: Url.nullable().optional(),
  })
  .openapi('RecipientCreate');
export const RecipientPatch = RecipientCreate.omit({ id: true, orgId: true }).partial().openapi('RecipientPatch');
export const AdminRecipientSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string(),
    creditCode: z.string(),
    qualification: z.string().nullable(),
    website: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('AdminRecipient');

/** The campaign's filing, settable on campaign create and patch. */
export const CampaignFilingFields = {
  recipientId: z.string().min(1).nullable().optional().openapi({ description: "One of the organisation's recipients" }),
  filingNumber: optText(64).openapi({ description: '募捐方案备案编号 (慈善中国)' }),
  filingUrl: Url.nullable().optional(),
  filedFrom: IsoDate.nullable().optional(),
  filedUntil: IsoDate.nullable().optional(),
  platform: optText(100).openapi({ description: 'The designated online platform where it is also listed' }),
  platformUrl: Url.nullable().optional(),
};

// Expenditures (资金使用公示)
export const ExpenditureCreate = z
  .object({
    date: IsoDate,
    amount: Money,
    purpose: text(200),
    payee: optText(200).openapi({ description: 'The organisation paid' }),
    receiptUrl: Url.nullable().optional().openapi({ description: 'Receipt (票据) or photo' }),
  })
  .openapi('ExpenditureCreate');
export const ExpenditurePatch = ExpenditureCreate.partial().openapi('ExpenditurePatch');
export const AdminExpenditureSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    date: z.string(),
    amount: z.number().int(),
    purpose: z.string(),
    payee: z.string().nullable(),
    receiptUrl: z.string().nullable(),
    lunchReportId: z
      .string()
      .nullable()
      .openapi({ description: "Set when the row is a lunch daily report's spending (edit the report)" }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('AdminExpenditure');

// Audit trail
export const AuditQuery = z.object({
  orgId: z.string().optional(),
  object: z.string().max(200).optional().openapi({ description: 'type:id, e.g. donation:dn_… (or just the type)' }),
  actor: z.string().max(100).optional().openapi({ description: 'A token id, or "super" for the super-admin' }),
  action: z.string().max(100).optional().openapi({ example: 'donation.confirm' }),
  from: IsoDate.optional(),
  to: IsoDate.optional().openapi({ description: 'Inclusive (China time days, like the reports)' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(100)
    .openapi({ type: 'integer', minimum: 1, maximum: 500, default: 100 }),
  cursor: z.string().max(40).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});
export const AuditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    orgId: z.string().nullable(),
    tokenId: z.string().nullable(),
    actor: z.string(),
    role: z.string(),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string().nullable(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    requestId: z.string(),
  })
  .openapi('AuditEntry');
export const AuditPageSchema = z
  .object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() })
  .openapi('AuditPage');
