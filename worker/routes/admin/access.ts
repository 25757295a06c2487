// Authorise before validating: which organisation an admin request acts on is settled here, from
// the path's object or the new object's parent in the body, before any route validates its body.
// An organisation token aimed at another organisation gets 403 whatever else is wrong with the
// request (a 400 listing the missing fields would already tell it about someone else's data);
// an unknown object is 404. Handlers still check the rows they load: this is the first gate.
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../../env';
import { ProblemError } from '../../lib/problem';
import { assertOrgAccess, assertOwner, assertSuper } from '../../middleware/admin-auth';
import type { OpenAPIHono } from '@hono/zod-openapi';

type Owner = (db: D1Database, id: string) => Promise<string | null>;

const ownerBy = (sql: string): Owner => async (db, id) => (await db.prepare(sql).bind(id).first<{ org_id: string }>())?.org_id ?? null;

const OWNER = {
  org: ownerBy('SELECT id AS org_id FROM organisations WHERE id = ?'),
  project: ownerBy('SELECT org_id FROM projects WHERE id = ?'),
  campaign: ownerBy('SELECT p.org_id FROM campaigns c JOIN projects p ON p.id = c.project_id WHERE c.id = ?'),
  donation: ownerBy(
    'SELECT p.org_id FROM donations d JOIN campaigns c ON c.id = d.campaign_id JOIN projects p ON p.id = c.project_id WHERE d.id = ?',
  ),
  school: ownerBy('SELECT org_id FROM lunch_schools WHERE id = ?'),
  site: ownerBy('SELECT org_id FROM sites WHERE id = ?'),
  token: ownerBy('SELECT org_id FROM admin_tokens WHERE id = ?'),
  wish: ownerBy('SELECT org_id FROM wishes WHERE id = ?'),
} satisfies Record<string, Owner>;
type Kind = keyof typeof OWNER;

const notFound = (kind: Kind, id: string) => new ProblemError(404, 'not_found', `No ${kind} "${id}"`);

async function assertObjectInOrg(c: Parameters<MiddlewareHandler<Env>>[0], kind: Kind, id: string) {
  const org = await OWNER[kind](c.env.DB, id);
  if (org === null) throw notFound(kind, id);
  assertOrgAccess(c, org);
}

/** The object named by the path parameter `param` belongs to the caller's organisation. */
const pathObject = (kind: Kind, param: string): MiddlewareHandler<Env> => async (c, next) => {
  if (c.get('principal').kind === 'org') await assertObjectInOrg(c, kind, c.req.param(param) ?? '');
  await next();
};

/**
 * A create names its parent in the body (`orgId`, or `projectId` for a campaign): that parent
 * belongs to the caller. The body is read as text (Hono keeps it for the validator); a body that
 * is not JSON or lacks the field is left to the validator's 400.
 */
const bodyParent = (kind: Kind, field: string): MiddlewareHandler<Env> => async (c, next) => {
  if (c.req.method === 'POST' && c.get('principal').kind === 'org') {
    let value: unknown;
    try {
      value = (JSON.parse(await c.req.text()) as Record<string, unknown> | null)?.[field];
    } catch {
      value = undefined;
    }
    if (typeof value === 'string') await assertObjectInOrg(c, kind, value);
  }
  await next();
};

/** Minting and revoking tokens belong to owners (and the super-admin). */
const ownerOnly = (method: string): MiddlewareHandler<Env> => async (c, next) => {
  if (c.req.method === method) assertOwner(c);
  await next();
};

const superOnly = (method: string): MiddlewareHandler<Env> => async (c, next) => {
  if (c.req.method === method) assertSuper(c);
  await next();
};

/** The one table of who may reach which admin object; registered after auth, before the routes. */
export function registerAccess(r: OpenAPIHono<Env>): void {
  r.use('/admin/orgs', superOnly('POST'));
  r.use('/admin/metrics', superOnly('GET'));
  r.use('/admin/projects', bodyParent('org', 'orgId'));
  r.use('/admin/campaigns', bodyParent('project', 'projectId'));
  r.use('/admin/lunch', bodyParent('org', 'orgId'));
  r.use('/admin/sites', bodyParent('org', 'orgId'));
  r.use('/admin/tokens', bodyParent('org', 'orgId'), ownerOnly('POST'));
  r.use('/admin/tokens/:id', ownerOnly('DELETE'));
  r.use('/admin/wishes', bodyParent('org', 'orgId'));
  const objects: [string, Kind, string][] = [
    ['/admin/orgs/:org', 'org', 'org'],
    ['/admin/projects/:id', 'project', 'id'],
    ['/admin/campaigns/:id', 'campaign', 'id'],
    ['/admin/donations/:id', 'donation', 'id'],
    ['/admin/lunch/:id', 'school', 'id'],
    ['/admin/sites/:id', 'site', 'id'],
    ['/admin/tokens/:id', 'token', 'id'],
    ['/admin/wishes/:id', 'wish', 'id'],
  ];
  for (const [path, kind, param] of objects) {
    r.use(path, pathObject(kind, param));
    r.use(`${path}/*`, pathObject(kind, param));
  }
}
