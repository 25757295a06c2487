// Admin calls carry `Authorization: Bearer T`. sha256(T) is compared with sha256(ADMIN_TOKEN)
// (super-admin) or looked up in admin_tokens (scoped to one organisation). Secrets are never stored.
import type { Context, MiddlewareHandler } from 'hono';
import type { Env, TokenRole } from '../env';
import { sameDigest, sha256Hex } from '../lib/crypto';
import { ProblemError } from '../lib/problem';

const unauthorized = (detail: string) =>
  new ProblemError(401, 'unauthorized', detail, undefined, { 'WWW-Authenticate': 'Bearer realm="gongyi-admin"' });

export const adminAuth = (): MiddlewareHandler<Env> => async (c, next) => {
  const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(c.req.header('Authorization') ?? '');
  if (!match?.[1]) throw unauthorized('Send Authorization: Bearer <token>');
  const hash = await sha256Hex(match[1]);
  if (c.env.ADMIN_TOKEN && sameDigest(hash, await sha256Hex(c.env.ADMIN_TOKEN))) {
    c.set('principal', { kind: 'super' });
  } else {
    const row = await c.env.DB.prepare(
      `SELECT id, org_id, role, label FROM admin_tokens WHERE token_hash = ? AND revoked_at IS NULL
         AND (expires_at IS NULL OR expires_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    )
      .bind(hash)
      .first<{ id: string; org_id: string; role: TokenRole; label: string | null }>();
    if (!row) throw unauthorized('Unknown, expired or revoked token');
    c.set('principal', { kind: 'org', orgId: row.org_id, tokenId: row.id, role: row.role, label: row.label });
  }
  await next();
};

/** An organisation token may only act on (or create in) its own organisation. */
export function assertOrgAccess(c: Context<Env>, orgId: string): void {
  const p = c.get('principal');
  if (p.kind === 'org' && p.orgId !== orgId) {
    throw new ProblemError(403, 'forbidden', 'This token belongs to another organisation');
  }
}

/** Organisation filter for admin lists: org tokens see only their own organisation. */
export function scopeOrg(c: Context<Env>, requested: string | undefined): string | undefined {
  const p = c.get('principal');
  if (p.kind === 'super') return requested;
  if (requested && requested !== p.orgId)
    throw new ProblemError(403, 'forbidden', 'This token belongs to another organisation');
  return p.orgId;
}
