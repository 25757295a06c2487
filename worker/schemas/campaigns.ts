import { z } from '@hono/zod-openapi';
import { CAMPAIGN_STATUSES } from './common';

export const TierSchema = z.object({ amount: z.number().int().min(1).max(10_000_000_000), label: z.string().min(1).max(100) });

export const PublicDonationSchema = z
  .object({
    name: z.string().openapi({ description: 'Masked: 张*, L***, or 爱心人士 when anonymous' }),
    anonymous: z.boolean(),
    amount: z.number().int(),
    message: z.string().nullable(),
    at: z.string(),
  })
  .openapi('PublicDonation');

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
  })
  .openapi('Campaign');

export type Campaign = z.infer<typeof CampaignSchema>;
