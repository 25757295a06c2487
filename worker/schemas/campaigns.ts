import { z } from '@hono/zod-openapi';
import { GIFT_REFUSALS } from '../../common/gift-refusals';
import { CAMPAIGN_STATUSES } from './common';
import { PublicMatchFundSchema } from './matching';

export const TierSchema = z.object({
  amount: z.number().int().min(1).max(10_000_000_000),
  label: z.string().min(1).max(100),
});

export const PublicDonationSchema = z
  .object({
    name: z.string().openapi({ description: 'Masked: 张*, L***, or 爱心人士 when anonymous' }),
    anonymous: z.boolean(),
    amount: z.number().int(),
    message: z.string().nullable(),
    at: z.string(),
  })
  .openapi('PublicDonation');

export const RecipientSchema = z
  .object({
    name: z
      .string()
      .openapi({ description: 'The charity that receives the money (not the bureau that embeds the widget)' }),
    creditCode: z.string().openapi({ description: '统一社会信用代码' }),
    qualification: z
      .string()
      .nullable()
      .openapi({ description: 'Its public-fundraising qualification (公募资格); null = none' }),
    filingNumber: z
      .string()
      .nullable()
      .openapi({ description: "The filed fundraising plan's record number on 慈善中国" }),
    filingUrl: z.string().nullable(),
    platform: z.string().nullable().openapi({ description: 'The designated online platform where it is also listed' }),
    platformUrl: z.string().nullable(),
    filedFrom: z.string().nullable(),
    filedUntil: z.string().nullable(),
  })
  .openapi('Recipient');

export const PublicExpenditureSchema = z
  .object({
    date: z.string(),
    amount: z.number().int(),
    purpose: z.string(),
    payee: z.string().nullable(),
    receiptUrl: z.string().nullable(),
  })
  .openapi('PublicExpenditure');

export const GiftRefusalSchema = z.enum(GIFT_REFUSALS).nullable().openapi({
  description: 'Why acceptsGifts is false, as the problem code a gift would get (null: it takes gifts)',
});

export const CampaignSchema = z
  .object({
    id: z.string(),
    projectId: z.string(),
    title: z.string(),
    currency: z.string(),
    goalAmount: z.number().int(),
    raisedAmount: z.number().int().openapi({ description: 'Confirmed money' }),
    pendingAmount: z.number().int().openapi({ description: 'Pledged, not yet confirmed' }),
    donorCount: z.number().int().openapi({ description: 'Confirmed donations' }),
    endsAt: z.string().nullable(),
    status: z.enum(CAMPAIGN_STATUSES),
    tiers: z.array(TierSchema),
    recentDonations: z.array(PublicDonationSchema),
    spentAmount: z
      .number()
      .int()
      .openapi({ description: 'Money spent (the expenditures, lunch daily reports included), minor units' }),
    balance: z.number().int().openapi({ description: 'raisedAmount − spentAmount' }),
    expenditures: z
      .array(PublicExpenditureSchema)
      .openapi({ description: 'The newest spending (at most 5), newest first' }),
    recipient: RecipientSchema.nullable(),
    acceptsGifts: z.boolean().openapi({
      description:
        'Open, with a qualified recipient and a filed plan, inside its filed period (China time): only then show a give button',
    }),
    giftRefusal: GiftRefusalSchema,
    matchedAmount: z
      .number()
      .int()
      .openapi({ description: 'What matching funds added to confirmed gifts (minor units), besides raisedAmount' }),
    matchFunds: z
      .array(PublicMatchFundSchema)
      .openapi({ description: 'Funds matching new gifts now (running, with money left)' }),
    monthlyAllowed: z.boolean().openapi({ description: 'The pledge form may offer "monthly"' }),
    monthlyDonors: z.number().int().openapi({ description: 'Monthly plans active now' }),
  })
  .openapi('Campaign');

export type Campaign = z.infer<typeof CampaignSchema>;
