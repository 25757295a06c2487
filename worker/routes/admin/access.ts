// The one table of the admin API: for every route, the role it needs, the organisation it acts in
// and, for writes, the audit action and object. Registered after auth and before the routes, so
// a request is authorised before any route validates its body (a 400 listing the missing fields
// would already tell a stranger about someone else's data), and no handler carries an `if` about
// roles. An admin route missing from this table answers 403 to every organisation token; a test
// walks this table × every role (test/worker/role-matrix.test.ts).
//
// Roles: viewer reads and exports; editor keeps projects, updates, campaigns' texts, wishes,
// figures and lunch reports; finance confirms, cancels and refunds gifts, records spending, keeps
// the matching funds and reconciles; owner may do all of its organisation, tokens, sites, recipients, payment
// settings and what a campaign's money follows; the super-admin everything, and alone creates organisations.
import type { Context, MiddlewareHandler } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { auditedDb } from '../../audit/audited-db';
import { auditBefore, auditStatement } from '../../audit/entry';
import { orgOfObject, type AuditObjectType } from '../../audit/objects';
import type { Env, TokenRole } from '../../env';
import { newId } from '../../lib/ids';
import { ProblemError } from '../../lib/problem';
import { assertOrgAccess } from '../../middleware/admin-auth';

/** Who may call a route: a role (owners and the super-admin may always), several, or the super-admin only. */
export type Need = TokenRole | readonly TokenRole[] | 'super';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
/** The organisation a request acts in: the object named by a path parameter, or the parent a create names in its body. */
type Scope = { path: [AuditObjectType, string] } | { body: [AuditObjectType, string] };
type Audit = {
  action: string;
  object: AuditObjectType;
  /** Path parameter naming it; absent: the request creates it. */ id?: string;
};

export type AdminRule = {
  method: Method;
  path: string;
  need: Need;
  scope?: Scope;
  audit?: Audit;
  /** Body fields that need more than `need` (payment settings and the recipient are the owner's). */
  fields?: Record<string, Need>;
};

const rule = (
  method: Method,
  path: string,
  need: Need,
  scope?: Scope,
  audit?: Audit,
  fields?: Record<string, Need>,
): AdminRule => ({
  method,
  path,
  need,
  scope,
  audit,
  fields,
});
const inPath = (type: AuditObjectType, param: string): Scope => ({ path: [type, param] });
const inBody = (type: AuditObjectType, field: string): Scope => ({ body: [type, field] });
const made = (action: string, object: AuditObjectType): Audit => ({ action, object });
const on = (action: string, object: AuditObjectType, id: string): Audit => ({ action, object, id });

/**
 * A campaign's money is the owner's: who receives it under which filing, where and how it is
 * paid (the offline instructions name the bank account), whether gifts are taken at all (status,
 * monthly giving). Not finance's either: whoever confirms that gifts arrived must not also choose
 * the account they arrive in.
 */
const FILING_FIELDS = {
  recipientId: 'owner',
  filingNumber: 'owner',
  filingUrl: 'owner',
  filedFrom: 'owner',
  filedUntil: 'owner',
  platform: 'owner',
  platformUrl: 'owner',
} as const;
const CAMPAIGN_OWNER_FIELDS = {
  ...FILING_FIELDS,
  paymentProvider: 'owner',
  paymentInstructions: 'owner',
  status: 'owner',
  monthlyAllowed: 'owner',
} as const;
/**
 * Changed later, the goal and the deadline (until when gifts are taken) are the owner's too. An
 * editor may still draft them in a new campaign: it takes no gift before an owner names its
 * recipient and filing (schema/migrations/0008_accountability.sql).
 */
const CAMPAIGN_PATCH_OWNER_FIELDS = { ...CAMPAIGN_OWNER_FIELDS, goalAmount: 'owner', endsAt: 'owner' } as const;
const ORG_PAYMENT = 'owner';

export const ADMIN_RULES: readonly AdminRule[] = [
  rule('GET', '/admin/session', 'viewer'),
  rule('GET', '/admin/metrics', 'super'),
  // Organisations, their origins, tokens, recipients: the owner's
  rule('GET', '/admin/orgs', 'viewer'),
  rule('POST', '/admin/orgs', 'super', undefined, made('org.create', 'org')),
  rule('PATCH', '/admin/orgs/:org', ORG_PAYMENT, inPath('org', 'org'), on('org.update', 'org', 'org')),
  rule('GET', '/admin/orgs/:org/stats', 'viewer', inPath('org', 'org')),
  rule('PUT', '/admin/orgs/:org/stats', 'editor', inPath('org', 'org'), on('figures.replace', 'figures', 'org')),
  rule('GET', '/admin/sites', 'viewer'),
  rule('POST', '/admin/sites', 'owner', inBody('org', 'orgId'), made('site.create', 'site')),
  rule('PATCH', '/admin/sites/:id', 'owner', inPath('site', 'id'), on('site.update', 'site', 'id')),
  rule('DELETE', '/admin/sites/:id', 'owner', inPath('site', 'id'), on('site.delete', 'site', 'id')),
  rule('GET', '/admin/tokens', 'owner'),
  rule('POST', '/admin/tokens', 'owner', inBody('org', 'orgId'), made('token.create', 'token')),
  rule('DELETE', '/admin/tokens/:id', 'owner', inPath('token', 'id'), on('token.revoke', 'token', 'id')),
  rule('GET', '/admin/recipients', 'viewer'),
  rule('POST', '/admin/recipients', 'owner', inBody('org', 'orgId'), made('recipient.create', 'recipient')),
  rule('PATCH', '/admin/recipients/:id', 'owner', inPath('recipient', 'id'), on('recipient.update', 'recipient', 'id')),
  rule('GET', '/admin/audit', 'viewer'),
  rule('GET', '/admin/embed-code', 'viewer'),
  // Projects, updates, campaigns: the editor's (a campaign's money, CAMPAIGN_OWNER_FIELDS: the owner's)
  rule('GET', '/admin/projects', 'viewer'),
  rule('POST', '/admin/projects', 'editor', inBody('org', 'orgId'), made('project.create', 'project')),
  rule('PATCH', '/admin/projects/:id', 'editor', inPath('project', 'id'), on('project.update', 'project', 'id')),
  rule('GET', '/admin/projects/:id/updates', 'viewer', inPath('project', 'id')),
  rule('POST', '/admin/projects/:id/updates', 'editor', inPath('project', 'id'), made('update.create', 'update')),
  rule(
    'PATCH',
    '/admin/projects/:id/updates/:updateId',
    'editor',
    inPath('project', 'id'),
    on('update.update', 'update', 'updateId'),
  ),
  rule('GET', '/admin/campaigns', 'viewer'),
  rule(
    'POST',
    '/admin/campaigns',
    'editor',
    inBody('project', 'projectId'),
    made('campaign.create', 'campaign'),
    CAMPAIGN_OWNER_FIELDS,
  ),
  rule(
    'PATCH',
    '/admin/campaigns/:id',
    'editor',
    inPath('campaign', 'id'),
    on('campaign.update', 'campaign', 'id'),
    CAMPAIGN_PATCH_OWNER_FIELDS,
  ),
  // Money: the finance role's
  rule('GET', '/admin/campaigns/:id/expenditures', 'viewer', inPath('campaign', 'id')),
  rule(
    'POST',
    '/admin/campaigns/:id/expenditures',
    'finance',
    inPath('campaign', 'id'),
    made('expenditure.create', 'expenditure'),
  ),
  rule(
    'PATCH',
    '/admin/campaigns/:id/expenditures/:expenditureId',
    'finance',
    inPath('campaign', 'id'),
    on('expenditure.update', 'expenditure', 'expenditureId'),
  ),
  rule(
    'DELETE',
    '/admin/campaigns/:id/expenditures/:expenditureId',
    'finance',
    inPath('campaign', 'id'),
    on('expenditure.delete', 'expenditure', 'expenditureId'),
  ),
  rule('GET', '/admin/donations', 'viewer'),
  rule('GET', '/admin/donations.csv', 'viewer'),
  rule(
    'POST',
    '/admin/donations/:id/confirm',
    'finance',
    inPath('donation', 'id'),
    on('donation.confirm', 'donation', 'id'),
  ),
  rule(
    'POST',
    '/admin/donations/:id/cancel',
    'finance',
    inPath('donation', 'id'),
    on('donation.cancel', 'donation', 'id'),
  ),
  rule(
    'POST',
    '/admin/donations/:id/refund',
    'finance',
    inPath('donation', 'id'),
    on('donation.refund', 'donation', 'id'),
  ),
  rule('GET', '/admin/monthly-plans', 'viewer'),
  rule('POST', '/admin/monthly-plans/:id/end', 'finance', inPath('plan', 'id'), on('plan.end', 'plan', 'id')),
  rule('GET', '/admin/matchers', 'viewer'),
  rule('POST', '/admin/matchers', 'finance', inBody('org', 'orgId'), made('matcher.create', 'matcher')),
  rule('PATCH', '/admin/matchers/:id', 'finance', inPath('matcher', 'id'), on('matcher.update', 'matcher', 'id')),
  rule('GET', '/admin/match-funds', 'viewer'),
  rule('POST', '/admin/match-funds', 'finance', inBody('matcher', 'matcherId'), made('fund.create', 'fund')),
  rule('PATCH', '/admin/match-funds/:id', 'finance', inPath('fund', 'id'), on('fund.update', 'fund', 'id')),
  rule('GET', '/admin/payment-events', 'finance'),
  rule('GET', '/admin/reconciliation', 'finance'),
  // Lunch schools: the editor's; a daily report is spending, so finance may post it too
  rule('GET', '/admin/lunch', 'viewer'),
  rule('POST', '/admin/lunch', 'editor', inBody('org', 'orgId'), made('school.create', 'school'), FILING_FIELDS),
  rule('GET', '/admin/lunch/:id', 'viewer', inPath('school', 'id')),
  rule('PATCH', '/admin/lunch/:id', 'editor', inPath('school', 'id'), on('school.update', 'school', 'id')),
  rule('GET', '/admin/lunch/:id/sponsorships', 'viewer', inPath('school', 'id')),
  rule('GET', '/admin/lunch/:id/closures', 'viewer', inPath('school', 'id')),
  rule('POST', '/admin/lunch/:id/closures', 'editor', inPath('school', 'id'), made('closure.create', 'closure')),
  rule(
    'PATCH',
    '/admin/lunch/:id/closures/:closureId',
    'editor',
    inPath('school', 'id'),
    on('closure.update', 'closure', 'closureId'),
  ),
  rule(
    'DELETE',
    '/admin/lunch/:id/closures/:closureId',
    'editor',
    inPath('school', 'id'),
    on('closure.delete', 'closure', 'closureId'),
  ),
  rule('GET', '/admin/lunch/:id/reports', 'viewer', inPath('school', 'id')),
  rule(
    'POST',
    '/admin/lunch/:id/reports',
    ['editor', 'finance'],
    inPath('school', 'id'),
    made('report.create', 'report'),
  ),
  rule(
    'PATCH',
    '/admin/lunch/:id/reports/:reportId',
    ['editor', 'finance'],
    inPath('school', 'id'),
    on('report.update', 'report', 'reportId'),
  ),
  // Wishes: the editor's
  rule('GET', '/admin/wishes', 'viewer'),
  rule('POST', '/admin/wishes', 'editor', inBody('org', 'orgId'), made('wish.create', 'wish')),
  rule('GET', '/admin/wishes/:id', 'viewer', inPath('wish', 'id')),
  rule('PATCH', '/admin/wishes/:id', 'editor', inPath('wish', 'id'), on('wish.update', 'wish', 'id')),
  rule('POST', '/admin/wishes/:id/release', 'editor', inPath('wish', 'id'), on('wish.release', 'wish', 'id')),
  rule('POST', '/admin/wishes/:id/fulfil', 'editor', inPath('wish', 'id'), on('wish.fulfil', 'wish', 'id')),
];

/** Whether a token of `role` meets `need` (owners meet every organisation need). */
export function allows(need: Need, role: TokenRole): boolean {
  if (need === 'super') return false;
  if (role === 'owner') return true;
  if (typeof need !== 'string') return need.includes(role);
  return need === 'viewer' || need === role;
}

const describe = (need: Need) =>
  need === 'super'
    ? 'the super-admin token'
    : typeof need === 'string'
      ? `a ${need} token`
      : `a ${need.join(' or ')} token`;

function assertAllowed(c: Context<Env>, need: Need, what: string) {
  const p = c.get('principal');
  if (p.kind === 'super') return;
  if (!allows(need, p.role))
    throw new ProblemError(403, 'forbidden', `${what} needs ${describe(need)}; this one is ${p.role}`);
}

/** The body as JSON, if it is JSON (Hono keeps the text for the route's validator). */
async function bodyJson(c: Context<Env>): Promise<Record<string, unknown> | null> {
  if (c.req.method === 'GET' || c.req.method === 'DELETE') return null;
  try {
    const v: unknown = JSON.parse(await c.req.text());
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The organisation the request acts in; 404 for an unknown object, 403 for another organisation's. */
async function scopeOf(
  c: Context<Env>,
  scope: Scope | undefined,
  body: Record<string, unknown> | null,
): Promise<string | null> {
  if (!scope) return null;
  const [type, name] = 'path' in scope ? scope.path : scope.body;
  const id = 'path' in scope ? c.req.param(name) : body?.[name];
  // A create whose body lacks its parent is left to the validator's 400.
  if (typeof id !== 'string') return null;
  const org = await orgOfObject(c.env.DB, type, id);
  if (org === null) throw new ProblemError(404, 'not_found', `No ${type} "${id}"`);
  assertOrgAccess(c, org);
  return org;
}

const gate =
  (r: AdminRule): MiddlewareHandler<Env> =>
  async (c, next) => {
    if (c.get('adminRule')) return next(); // a more specific rule already took this request
    c.set('adminRule', r);
    const what = `${r.method} ${r.path}`;
    assertAllowed(c, r.need, what);
    const body = await bodyJson(c);
    for (const [field, need] of Object.entries(r.fields ?? {})) {
      if (body && field in body) assertAllowed(c, need, `Setting ${field}`);
    }
    const orgId = await scopeOf(c, r.scope, body);
    if (!r.audit) return next();

    const p = c.get('principal');
    const id = r.audit.id ? (c.req.param(r.audit.id) ?? null) : null;
    const requestId = newId('rq');
    c.header('Request-Id', requestId);
    const entry = auditStatement({
      action: r.audit.action,
      type: r.audit.object,
      id,
      orgId,
      before: await auditBefore(c.env.DB, r.audit.object, id),
      tokenId: p.kind === 'org' ? p.tokenId : null,
      actor: p.kind === 'org' ? (p.label ?? p.tokenId) : 'super-admin',
      role: p.kind === 'org' ? p.role : 'super',
      requestId,
    });
    c.env = { ...c.env, DB: auditedDb(c.env.DB, entry) };
    return next();
  };

/** Registers the table; afterwards, an admin request no rule took is refused to organisation tokens. */
export function registerAccess(r: OpenAPIHono<Env>): void {
  for (const x of ADMIN_RULES) r.on(x.method, x.path, gate(x));
  r.use('/admin/*', async (c, next) => {
    if (!c.get('adminRule') && c.get('principal').kind === 'org') {
      throw new ProblemError(403, 'forbidden', `${c.req.method} ${c.req.path} has no declared role`);
    }
    await next();
  });
}
