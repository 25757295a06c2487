// GET /campaigns/{id}: progress figures (kept by triggers) and the newest confirmed, masked gifts.
import { createRoute } from '@hono/zod-openapi';
import { requireCampaignWithRecent } from '../db/queries';
import { campaignCoreJson, publicDonationJson } from '../db/rows';
import { CampaignSchema, type Campaign } from '../schemas/campaigns';
import { idParam, jsonOk, problems } from '../schemas/common';
import { router } from './factory';

export const campaignRoutes = router();

const getCampaign = createRoute({
  method: 'get',
  path: '/campaigns/{id}',
  tags: ['Public'],
  summary: 'Campaign progress and recent masked donations',
  request: { params: idParam('id') },
  responses: { 200: jsonOk(CampaignSchema, 'The campaign'), ...problems(404) },
});

/** The public campaign view (masked donors); also rendered by the embed and share pages. */
export async function readCampaign(db: D1Database, id: string): Promise<Campaign> {
  const { campaign, recent } = await requireCampaignWithRecent(db, id);
  return { ...campaignCoreJson(campaign), recentDonations: recent.map(publicDonationJson) };
}

campaignRoutes.openapi(getCampaign, async (c) => c.json(await readCampaign(c.env.DB, c.req.valid('param').id), 200));
