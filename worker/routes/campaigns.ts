// GET /campaigns/{id}: progress figures (kept by triggers) and the newest confirmed, masked gifts.
import { createRoute } from '@hono/zod-openapi';

import { CampaignSchema } from '../schemas/campaigns';
import { idParam, jsonOk, problems } from '../schemas/common';
import { readCampaign } from '../read-models/campaign';
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

campaignRoutes.openapi(getCampaign, async (c) => c.json(await readCampaign(c.env.DB, c.req.valid('param').id), 200));
