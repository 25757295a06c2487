// GET /campaigns/{id}: progress figures (kept by triggers) and the newest confirmed, masked gifts.
import { createRoute } from '@hono/zod-openapi';
import { requireCampaignWithRecent } from '../db/queries';
import { campaignCoreJson, publicDonationJson } from '../db/rows';
import { CampaignSchema } from '../schemas/campaigns';
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

campaignRoutes.openapi(getCampaign, async (c) => {
  const { id } = c.req.valid('param');
  const { campaign, recent } = await requireCampaignWithRecent(c.env.DB, id);
  return c.json({ ...campaignCoreJson(campaign), recentDonations: recent.map(publicDonationJson) }, 200);
});
