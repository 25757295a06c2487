import { z } from '@hono/zod-openapi';
import { PUBLIC_DONATION_STATES } from '../../common/statuses';
import { Money, REFUND_REASONS, STAFF_DONATION_STATUSES, Url } from './common';

export const ReturnUrl = Url.optional().openapi({
  description:
    'Page to come back to after a redirect payment (Stripe); must be on the request Origin. Default: the Origin itself.',
  example: 'https://news.example.cn/2026/lunch.html',
});

export const DonationInputSchema = z
  .object({
    amount: Money,
    name: z.string().trim().max(50).optional(),
    anonymous: z.boolean().optional(),
    message: z.string().trim().max(200).optional(),
    contact: z.string().trim().max(100).optional().openapi({ description: 'Private: only staff see it' }),
    returnUrl: ReturnUrl,
    frequency: z
      .enum(['once', 'monthly'])
      .optional()
      .openapi({ description: 'monthly: the same gift each month until stopped (where the campaign allows it)' }),
  })
  .openapi('DonationInput');

const Reference = z
  .string()
  .openapi({ description: 'Code the donor quotes (offline) or support looks up', example: 'GY-7K2M9X4Q' });
const ExpiresAt = z
  .string()
  .openapi({ description: 'When the pending payment expires (ISO 8601 UTC)', example: '2026-11-23T10:30:00.000Z' });

export const PaymentSchema = z
  .discriminatedUnion('method', [
    z.object({
      method: z.literal('offline'),
      instructions: z.string(),
      reference: Reference,
      qrImageUrl: z.string().optional().openapi({ description: "Image of the organisation's static payment QR code" }),
    }),
    z.object({
      method: z.literal('wechatpay'),
      reference: Reference,
      codeUrl: z.string().openapi({
        description: 'WeChat Pay Native code_url: show it as a QR code for the phone',
        example: 'weixin://wxpay/bizpayurl?pr=abc123',
      }),
      expiresAt: ExpiresAt,
    }),
    z.object({
      method: z.literal('stripe'),
      reference: Reference,
      checkoutUrl: z.string().openapi({ description: 'Stripe Checkout page to redirect to' }),
      expiresAt: ExpiresAt,
    }),
  ])
  .openapi('Payment');

export const DonationStatusSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    status: z.enum(PUBLIC_DONATION_STATES),
    amount: z.number().int(),
    currency: z.string(),
    payment: PaymentSchema,
  })
  .openapi('DonationStatus');

export const PledgeSchema = z
  .object({
    id: z.string(),
    status: z.literal('pending'),
    amount: z.number().int(),
    currency: z.string(),
    payment: PaymentSchema,
    frequency: z.enum(['once', 'monthly']).optional(),
    planId: z.string().optional().openapi({ description: 'The monthly plan this pledge starts' }),
    donorUrl: z
      .string()
      .nullable()
      .optional()
      .openapi({ description: "The donor's own page (a signed link): their gifts, and stopping a monthly gift" }),
  })
  .openapi('Pledge');

export const AdminDonationSchema = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    orgId: z.string(),
    amount: z.number().int(),
    currency: z.string(),
    name: z.string().nullable(),
    anonymous: z.boolean(),
    message: z.string().nullable(),
    contact: z.string().nullable(),
    channel: z.string(),
    reference: z.string(),
    status: z.enum(STAFF_DONATION_STATUSES).openapi({
      description:
        'needs_refund: money that arrived (a monthly renewal) when the campaign took no gifts; never counted, to be refunded',
    }),
    createdAt: z.string(),
    confirmedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    refundedAt: z.string().nullable(),
    provider: z
      .enum(['wechatpay', 'stripe'])
      .nullable()
      .openapi({ description: 'Online provider taking the money; null = offline' }),
    expiresAt: z.string().nullable().openapi({ description: 'When a pending online payment expires' }),
    cancelReason: z
      .enum(['expired'])
      .nullable()
      .openapi({ description: '"expired": the online payment window closed unpaid' }),
    refundDue: z
      .enum(REFUND_REASONS)
      .nullable()
      .openapi({ description: 'Why a needs_refund gift must go back (it stays set once refunded)' }),
  })
  .openapi('AdminDonation');
export const AdminDonationPageSchema = z
  .object({ items: z.array(AdminDonationSchema), nextCursor: z.string().nullable() })
  .openapi('AdminDonationPage');

export type AdminDonation = z.infer<typeof AdminDonationSchema>;
