import { z } from '@hono/zod-openapi';
import { DONATION_STATUSES, Money } from './common';

export const DonationInputSchema = z
  .object({
    amount: Money,
    name: z.string().trim().max(50).optional(),
    anonymous: z.boolean().optional(),
    message: z.string().trim().max(200).optional(),
    contact: z.string().trim().max(100).optional().openapi({ description: 'Private: only staff see it' }),
  })
  .openapi('DonationInput');

export const PaymentSchema = z
  .object({
    method: z.literal('offline'),
    instructions: z.string(),
    reference: z.string().openapi({ description: 'Code the donor quotes with the transfer', example: 'GY-7K2M9X4Q' }),
  })
  .openapi('Payment');

export const PledgeSchema = z
  .object({
    id: z.string(),
    status: z.literal('pending'),
    amount: z.number().int(),
    currency: z.string(),
    payment: PaymentSchema,
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
    status: z.enum(DONATION_STATUSES),
    createdAt: z.string(),
    confirmedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    refundedAt: z.string().nullable(),
  })
  .openapi('AdminDonation');

export type AdminDonation = z.infer<typeof AdminDonationSchema>;
