// Organisation tokens as stored: only the SHA-256 of a secret, who minted it, its role and expiry.
import type { TokenRow } from './rows';

export type NewToken = {
  id: string;
  tokenHash: string;
  orgId: string;
  label: string | null;
  role: TokenRow['role'];
  mintedBy: string | null;
  createdAt: string;
  expiresAt: string | null;
};

/** One INSERT; the database checks the minter again inside it (schema/migrations/0012_token_lineage.sql). */
export async function insertToken(db: D1Database, t: NewToken): Promise<void> {
  await db
    .prepare(
      'INSERT INTO admin_tokens (id, token_hash, org_id, label, role, minted_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .bind(t.id, t.tokenHash, t.orgId, t.label, t.role, t.mintedBy, t.createdAt, t.expiresAt)
    .run();
}

export const tokenById = (db: D1Database, id: string) =>
  db.prepare('SELECT * FROM admin_tokens WHERE id = ?').bind(id).first<TokenRow>();

/** When the minting token expires (null: never, or no such token). */
export async function minterExpiry(db: D1Database, mintedBy: string): Promise<string | null> {
  const minter = await db
    .prepare('SELECT expires_at FROM admin_tokens WHERE id = ?')
    .bind(mintedBy)
    .first<{ expires_at: string | null }>();
  return minter?.expires_at ?? null;
}

/** An organisation's tokens, or every one (by organisation), oldest first. */
export async function listTokens(db: D1Database, org: string | undefined): Promise<TokenRow[]> {
  const stmt = org
    ? db.prepare('SELECT * FROM admin_tokens WHERE org_id = ? ORDER BY created_at, id').bind(org)
    : db.prepare('SELECT * FROM admin_tokens ORDER BY org_id, created_at, id');
  const { results } = await stmt.all<TokenRow>();
  return results;
}

/** The token and everything minted from it, down the line, in one statement. */
export async function revokeLine(db: D1Database, id: string, revokedAt: string): Promise<void> {
  await db
    .prepare(
      `WITH RECURSIVE line(id) AS (SELECT ?1 UNION SELECT t.id FROM admin_tokens t JOIN line ON t.minted_by = line.id)
       UPDATE admin_tokens SET revoked_at = COALESCE(revoked_at, ?2) WHERE id IN (SELECT id FROM line)`,
    )
    .bind(id, revokedAt)
    .run();
}
