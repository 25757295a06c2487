// Matching funds (配捐): the matcher (an organisation, never a person's contact) and its funds.
import { z } from '@hono/zod-openapi';
import { Currency, IsoDateTime, Slug, Url } from './common';

const text = (max: number) => z.string().trim().min(1).max(max);

export const MatcherCreate = z
  .object({
    id: Slug.optional(),
    orgId: z.string().min(1),
    name: text(200),
    logoUrl: Url.nullable().optional(),
    website: Url.nullable().optional(),
  })
  .openapi('MatcherCreate');
export const MatcherPatch = MatcherCreate.omit({ id: true, orgId: true }).partial().openapi('MatcherPatch');
export const AdminMatcherSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string(),
    logoUrl: z.string().nullable(),
    website: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('AdminMatcher');

const FundFields = {
  ratioPercent: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .openapi({ description: 'Match per 100 given: 100 = 1:1 (10 元 becomes 20 元), 200 = 1:2', example: 100 }),
  capPerGift: z
    .number()
    .int()
    .min(1)
    .max(10_000_000_000)
    .nullable()
    .optional()
    .openapi({ description: 'At most this much match per gift (minor units)' }),
  totalCap: z.number().int().min(1).max(1_000_000_000_000).openapi({ description: 'The whole fund (minor units)' }),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  campaignIds: z
    .array(z.string().min(1))
    .min(1)
    .max(50)
    .openapi({ description: "The organisation's campaigns it matches" }),
};
export const MatchFundCreate = z
  .object({ id: Slug.optional(), matcherId: z.string().min(1), currency: Currency.default('CNY'), ...FundFields })
  .refine((f) => f.endsAt > f.startsAt, { message: 'endsAt is before startsAt', path: ['endsAt'] })
  .openapi('MatchFundCreate');
export const MatchFundPatch = z.object(FundFields).partial().openapi('MatchFundPatch');
export const AdminMatchFundSchema = z
  .object({
    id: z.string(),
    matcherId: z.string(),
    orgId: z.string(),
    ratioPercent: z.number().int(),
    capPerGift: z.number().int().nullable(),
    totalCap: z.number().int(),
    currency: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    matchedAmount: z.number().int(),
    remaining: z.number().int(),
    campaignIds: z.array(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('AdminMatchFund');

/** What a reader sees of a fund running on a campaign. */
export const PublicMatchFundSchema = z
  .object({
    id: z.string(),
    matcher: z.object({ name: z.string(), logoUrl: z.string().nullable() }),
    ratioPercent: z.number().int().openapi({ description: '100 = each 1 元 given becomes 2 元' }),
    capPerGift: z.number().int().nullable(),
    remaining: z.number().int().openapi({ description: 'What the fund still holds (minor units)' }),
    endsAt: z.string(),
  })
  .openapi('PublicMatchFund');
