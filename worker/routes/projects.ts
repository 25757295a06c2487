// GET /projects/{id}: the project card with its progress timeline, source links and campaign.
import { createRoute } from '@hono/zod-openapi';
import { projectUpdates, requireProject } from '../db/queries';
import { parseJsonArray, projectSummaryJson, updateJson } from '../db/rows';
import { idParam, jsonOk, problems } from '../schemas/common';
import { ProjectSchema, type Project } from '../schemas/projects';
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

/** The public project view; also rendered by the embed and share pages (worker/pages). */
export async function readProject(db: D1Database, id: string): Promise<Project> {
  const row = await requireProject(db, id);
  const updates = await projectUpdates(db, id);
  return {
    ...projectSummaryJson(row),
    orgName: row.org_name ?? '',
    body: row.body,
    links: parseJsonArray<{ title: string; url: string }>(row.links),
    updates: updates.map(updateJson),
  };
}

projectRoutes.openapi(getProject, async (c) => c.json(await readProject(c.env.DB, c.req.valid('param').id), 200));
