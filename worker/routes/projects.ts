// GET /projects/{id}: the project card with its progress timeline, source links and campaign.
import { createRoute } from '@hono/zod-openapi';
import { projectUpdates, requireProject } from '../db/queries';
import { parseJsonArray, projectSummaryJson, updateJson } from '../db/rows';
import { idParam, jsonOk, problems } from '../schemas/common';
import { ProjectSchema } from '../schemas/projects';
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

projectRoutes.openapi(getProject, async (c) => {
  const { id } = c.req.valid('param');
  const row = await requireProject(c.env.DB, id);
  const updates = await projectUpdates(c.env.DB, id);
  return c.json(
    {
      ...projectSummaryJson(row),
      orgName: row.org_name ?? '',
      body: row.body,
      links: parseJsonArray<{ title: string; url: string }>(row.links),
      updates: updates.map(updateJson),
    },
    200,
  );
});
