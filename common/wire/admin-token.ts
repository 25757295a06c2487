// An organisation's admin token as the admin API answers it (GET /admin/tokens, and what revoking
// one answers; worker/schemas/admin.ts TokenSchema and IssuedTokenSchema, held to these types by
// test/types/wire.test-d.ts). The list never carries a secret: only its SHA-256 is stored.
import type { TokenRole } from '../roles.js';

export interface AdminToken {
  id: string;
  orgId: string;
  /** Who holds it. */
  label: string | null;
  role: TokenRole;
  /** The token that minted this one; null: the super-admin. */
  mintedBy: string | null;
  createdAt: string;
  revokedAt: string | null;
  /** After this instant it no longer works; null: never expires. */
  expiresAt: string | null;
}

/** POST /admin/tokens: the new token with its secret, shown once. */
export interface IssuedToken extends AdminToken {
  token: string;
}
