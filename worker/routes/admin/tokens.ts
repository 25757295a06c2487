// Admin: organisation-scoped tokens. The secret is returned once; only its SHA-256 is stored.
import { createRoute, z } from '@hono/zod-openapi';
import { requireOrg } from '../../db/queries';
import { tokenJson } from '../../db/rows';
import { insertToken, listTokens, minterExpiry, revokeLine, tokenById } from '../../db/tokens';
import { base64url, randomBytes, sha256Hex } from '../../lib/crypto';
import { newId } from '../../lib/ids';
import { notFound, ProblemError } from '../../lib/problem';
import { nowIso } from '../../lib/time';
import { assertOrgAccess, scopeOrg } from '../../middleware/admin-auth';
import { IssuedTokenSchema, listOf, OrgFilter, TokenCreate, TokenSchema } from '../../schemas/admin';
import { idParam, jsonBody, jsonOk, problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';

export const adminTokenRoutes = router();
const tags = ['Admin: tokens'];

adminTokenRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/admin/tokens',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Issue an organisation token',
    request: { body: jsonBody(TokenCreate) },
    responses: {
      201: jsonOk(IssuedTokenSchema, 'Issued; the token is shown only now'),
      ...problems(400, 401, 403, 404),
    },
  }),
  async (c) => {
    const b = c.req.valid('json');
    await requireOrg(c.env.DB, b.orgId);
    assertOrgAccess(c, b.orgId);
    const token = `gy_${base64url(randomBytes(32))}`;
    const id = newId('tok');
    const p = c.get('principal');
    const mintedBy = p.kind === 'org' ? p.tokenId : null;
    const role = b.role ?? (mintedBy ? 'editor' : 'owner');
    const expiresAt = await expiryOf(c.env.DB, mintedBy, b.expiresAt ? new Date(b.expiresAt).toISOString() : null);
    try {
      await insertToken(c.env.DB, {
        id,
        tokenHash: await sha256Hex(token),
        orgId: b.orgId,
        label: b.label ?? null,
        role,
        mintedBy,
        createdAt: nowIso(),
        expiresAt,
      });
    } catch (e) {
      // The database checks the minter again inside the INSERT (schema/migrations/0012_token_lineage.sql):
      // revoked or expired since this request was authorised, it mints nothing.
      if (String(e).includes('minter_not_valid'))
        throw new ProblemError(401, 'unauthorized', 'This token was revoked or has expired');
      if (String(e).includes('token_outlives_minter'))
        throw badExpiry('Must be in the future, and not later than the minting token’s expiry');
      throw e;
    }
    const row = await tokenById(c.env.DB, id);
    return c.json({ ...tokenJson(row!), token }, 201);
  },
);

const badExpiry = (message: string) =>
  new ProblemError(400, 'validation_failed', 'This expiry cannot be given', [{ path: 'expiresAt', message }]);

/**
 * A new token's expiry: the one asked for, never already past, never later than its minter's.
 * Asked for none, a token minted by an expiring one expires with it: "no end of its own" can
 * only mean "as long as its minter". A later one is refused rather than cut short, so whoever
 * mints it learns now, not when a helper is locked out early.
 */
async function expiryOf(db: D1Database, mintedBy: string | null, asked: string | null): Promise<string | null> {
  if (asked !== null && asked <= nowIso()) throw badExpiry('Already past: a token must expire in the future');
  if (mintedBy === null) return asked;
  const limit = await minterExpiry(db, mintedBy);
  if (limit === null) return asked;
  if (asked === null) return limit;
  if (asked > limit) throw badExpiry(`Cannot be later than ${limit}, when the token minting it expires`);
  return asked;
}

adminTokenRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/tokens',
    tags,
    security: ADMIN_SECURITY,
    summary: 'List tokens (never their secrets)',
    request: { query: OrgFilter },
    responses: { 200: jsonOk(listOf(TokenSchema, 'AdminTokenList'), 'Tokens'), ...problems(401, 403) },
  }),
  async (c) => {
    const org = scopeOrg(c, c.req.valid('query').orgId);
    return c.json({ items: (await listTokens(c.env.DB, org)).map(tokenJson) }, 200);
  },
);

adminTokenRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/admin/tokens/{id}',
    tags,
    security: ADMIN_SECURITY,
    summary: 'Revoke a token and every token it minted',
    request: { params: idParam('id') },
    responses: { 200: jsonOk(TokenSchema.extend({ revokedAt: z.string() }), 'Revoked'), ...problems(401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const row = await tokenById(c.env.DB, id);
    if (!row) throw notFound('Token', id);
    assertOrgAccess(c, row.org_id);
    const revokedAt = row.revoked_at ?? nowIso();
    // The token and everything minted from it, down the line, in one statement.
    await revokeLine(c.env.DB, id, revokedAt);
    return c.json({ ...tokenJson(row), revokedAt }, 200);
  },
);
