// GET /orgs/{org} and the organisation's paged project list (the charity column).
import { createRoute, type z } from '@hono/zod-openapi';
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

/** One page of an organisation's project cards; also rendered by the column embed page. */
export async function readProjectPage(db: D1Database, org: string, query: z.infer<typeof ProjectListQuery>) {
  const { category, status, limit, cursor } = query;
  const after = decodeCursor(cursor);
  await requireOrg(db, org);
  const where = ['p.org_id = ?'];
  const args: unknown[] = [org];
  if (category) (where.push('p.category = ?'), args.push(category));
  if (status) (where.push('p.status = ?'), args.push(status));
  if (after) {
    where.push('(p.created_at < ? OR (p.created_at = ? AND p.id < ?))');
    args.push(after.createdAt, after.createdAt, after.id);
  }
  const { results } = await db
    .prepare(`SELECT ${CARD_COLUMNS} FROM ${CARD_FROM} WHERE ${where.join(' AND ')} ORDER BY p.created_at DESC, p.id DESC LIMIT ?`)
    .bind(...args, limit + 1)
    .all<ProjectCardRow>();
  const { items, nextCursor } = page(results, limit);
  return { items: items.map(projectCardJson), nextCursor };
}

orgRoutes.openapi(listProjects, async (c) =>
  c.json(await readProjectPage(c.env.DB, c.req.valid('param').org, c.req.valid('query')), 200),
);
