// The public campaign view (masked donors, who receives the money, where it went, who matches
// gifts); also rendered
// by the embed and share pages.
import { requireCampaignWithRecent } from '../db/queries';
import { campaignCoreJson, publicDonationJson, publicExpenditureJson } from '../db/rows';
import type { Campaign } from '../schemas/campaigns';
import { giftRefusal, recipientJson } from '../giving/recipient';
import { assertPublicCampaign } from './visibility';

export async function readCampaign(db: D1Database, id: string): Promise<Campaign> {
  const { campaign, recent, spending, funds } = await requireCampaignWithRecent(db, id);
  assertPublicCampaign(campaign, id);
  const refusal = giftRefusal(campaign);
  return {
    ...campaignCoreJson(campaign),
    // Each unconfirmed pledge counts only up to a cap in public (db/pending-shown.ts).
    pendingAmount: campaign.pending_shown ?? campaign.pending_amount,
    recentDonations: recent.map(publicDonationJson),
    recipient: recipientJson(campaign),
    acceptsGifts: refusal === null,
    giftRefusal: refusal,
    expenditures: spending.map(publicExpenditureJson),
    matchFunds: funds.map((f) => ({
      id: f.id,
      matcher: { name: f.matcher_name, logoUrl: f.matcher_logo_url },
      ratioPercent: f.ratio_percent,
      capPerGift: f.cap_per_gift,
      remaining: f.remaining,
      endsAt: f.ends_at,
    })),
  };
}
