// GET /lunch/{school}: a free-lunch school's figures (funded through, meals funded and served,
// balance), the coming school days, the daily disclosure and recent masked sponsors.
import { createRoute } from '@hono/zod-openapi';

import { idParam, jsonOk, problems } from '../schemas/common';
import { LunchSchoolSchema } from '../schemas/lunch';
import { readSchool } from '../read-models/school';
import { router } from './factory';

export const lunchRoutes = router();

const getSchool = createRoute({
  method: 'get',
  path: '/lunch/{school}',
  tags: ['Public'],
  summary: 'A free-lunch school: funded through, meals, balance, daily reports, recent sponsors',
  request: { params: idParam('school') },
  responses: { 200: jsonOk(LunchSchoolSchema, 'The school'), ...problems(404) },
});

lunchRoutes.openapi(getSchool, async (c) => c.json(await readSchool(c.env.DB, c.req.valid('param').school), 200));
