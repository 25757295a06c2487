// GET /admin/session as the admin API answers it (worker/schemas/admin.ts AdminSessionSchema, held
// to this type by test/types/wire.test-d.ts): who the token is and which admin routes it may call,
// so the console shows only what works.
import type { TokenRole } from '../roles.js';

export type AdminSession =
  | {
      kind: 'super';
      /** The admin routes it may call, e.g. "POST /admin/donations/:id/confirm" (see common/admin-routes.ts). */
      allowed: string[];
    }
  | {
      kind: 'org';
      orgId: string;
      orgName: string;
      tokenId: string;
      label: string | null;
      role: TokenRole;
      allowed: string[];
    };
