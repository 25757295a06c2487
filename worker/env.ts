// Typed bindings and per-request variables shared by every middleware and route.
export type Bindings = {
  DB: D1Database;
  ASSETS: Fetcher;
  WRITE_LIMITER: RateLimit;
  /** Super-admin secret (wrangler secret / .dev.vars). Absent → only org tokens work. */
  ADMIN_TOKEN?: string;
  SERVICE_NAME?: string;
};

/** Who is calling an admin route: the super-admin, or a token bound to one organisation. */
export type Principal = { kind: 'super' } | { kind: 'org'; orgId: string; tokenId: string };

/** Set by the idempotency middleware for the handler's `idempotentBatch`. */
export type IdempotencyContext = { scope: string; key: string; requestHash: string };

export type Variables = {
  principal: Principal;
  idempotency: IdempotencyContext;
  /** Origin accepted by the public-write origin check (reflected in CORS headers). */
  allowedOrigin: string;
};

export type Env = { Bindings: Bindings; Variables: Variables };
