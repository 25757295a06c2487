// GET /orgs/{org} and the organisation's paged project list (the charity column).
import { createRoute } from '@hono/zod-openapi';
import { decodeCursor, page } from '../db/cursor';
import { CARD_COLUMNS, CARD_FROM, projectCardJson, type ProjectCardRow } from '../db/project-cards';
import { requireOrg } from '../db/queries';
import { orgJson } from '../db/rows';
import { idParam, jsonOk, problems } from '../schemas/common';
import { OrgSchema } from '../schemas/orgs';
import { ProjectListQuery, ProjectPageSchema } from '../schemas/projects';
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

orgRoutes.openapi(listProjects, async (c) => {
  const { org } = c.req.valid('param');
  const { category, status, limit, cursor } = c.req.valid('query');
  const after = decodeCursor(cursor);
  await requireOrg(c.env.DB, org);
  const where = ['p.org_id = ?'];
  const args: unknown[] = [org];
  if (category) (where.push('p.category = ?'), args.push(category));
  if (status) (where.push('p.status = ?'), args.push(status));
  if (after) {
    where.push('(p.created_at < ? OR (p.created_at = ? AND p.id < ?))');
    args.push(after.createdAt, after.createdAt, after.id);
  }
  const { results } = await c.env.DB.prepare(
    `SELECT ${CARD_COLUMNS} FROM ${CARD_FROM} WHERE ${where.join(' AND ')} ORDER BY p.created_at DESC, p.id DESC LIMIT ?`,
  )
    .bind(...args, limit + 1)
    .all<ProjectCardRow>();
  const { items, nextCursor } = page(results, limit);
  return c.json({ items: items.map(projectCardJson), nextCursor }, 200);
});
