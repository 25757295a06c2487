// The public campaign view (masked donors); also rendered by the embed and share pages.
import { requireCampaignWithRecent } from '../db/queries';
import { campaignCoreJson, publicDonationJson } from '../db/rows';
import type { Campaign } from '../schemas/campaigns';
import { assertPublicCampaign } from './visibility';

export async function readCampaign(db: D1Database, id: string): Promise<Campaign> {
  const { campaign, recent } = await requireCampaignWithRecent(db, id);
  assertPublicCampaign(campaign, id);
  // Each unconfirmed pledge counts only up to a cap in public (db/pending-shown.ts).
  return { ...campaignCoreJson(campaign), pendingAmount: campaign.pending_shown ?? campaign.pending_amount, recentDonations: recent.map(publicDonationJson) };
}
