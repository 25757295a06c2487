// GET /projects/{id}: the project card with its progress timeline, source links and campaign.
import { createRoute } from '@hono/zod-openapi';

import { idParam, jsonOk, problems } from '../schemas/common';
import { ProjectSchema } from '../schemas/projects';
import { readProject } from '../read-models/project';
import { router } from './factory';

export const projectRoutes = router();

const getProject = createRoute({
  method: 'get',
  path: '/projects/{id}',
  tags: ['Public'],
  summary: 'A project with updates, links and campaignId',
  request: { params: idParam('id') },
  responses: { 200: jsonOk(ProjectSchema, 'The project'), ...problems(404) },
});

projectRoutes.openapi(getProject, async (c) => c.json(await readProject(c.env.DB, c.req.valid('param').id), 200));
