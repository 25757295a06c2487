// GET /orgs/{org} and the organisation's paged project list (the charity column).
import { createRoute } from '@hono/zod-openapi';

import { requireOrg } from '../db/queries';
import { orgJson } from '../db/rows';
import { idParam, jsonOk, problems } from '../schemas/common';
import { OrgSchema } from '../schemas/orgs';
import { ProjectListQuery, ProjectPageSchema } from '../schemas/projects';
import { readProjectPage } from '../read-models/project-page';
import { router } from './factory';

export const orgRoutes = router();

const getOrg = createRoute({
  method: 'get',
  path: '/orgs/{org}',
  tags: ['Public'],
  summary: 'An organisation',
  request: { params: idParam('org') },
  responses: { 200: jsonOk(OrgSchema, 'The organisation'), ...problems(404) },
});

orgRoutes.openapi(getOrg, async (c) => {
  const { org } = c.req.valid('param');
  return c.json(orgJson(await requireOrg(c.env.DB, org)), 200);
});

const listProjects = createRoute({
  method: 'get',
  path: '/orgs/{org}/projects',
  tags: ['Public'],
  summary: "An organisation's projects, newest first, keyset-paged",
  request: { params: idParam('org'), query: ProjectListQuery },
  responses: { 200: jsonOk(ProjectPageSchema, 'A page of project summaries'), ...problems(400, 404) },
});

orgRoutes.openapi(listProjects, async (c) =>
  c.json(await readProjectPage(c.env.DB, c.req.valid('param').org, c.req.valid('query')), 200),
);
