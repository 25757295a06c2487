// Typed bindings and per-request variables shared by every middleware and route.
import type { TokenRole } from '../common/roles';

export type Bindings = {
  DB: D1Database;
  ASSETS: Fetcher;
  WRITE_LIMITER: RateLimit;
  /** Super-admin secret (wrangler secret / .dev.vars). Absent → only org tokens work. */
  ADMIN_TOKEN?: string;
  SERVICE_NAME?: string;
  /** Signs donors' own links (/donor/…); a secret of its own (wrangler secret put). Unset: pledges get no link; required on a deployment. */
  DONOR_LINK_SECRET?: string;
  /** Signs read-your-writes bookmarks (lib/bookmark.ts); unset: a key derived from ADMIN_TOKEN. A secret. */
  BOOKMARK_SECRET?: string;
  /** The service's public origin, e.g. https://gongyi.example.cn (set it on every deployment). Unset: the request's (local dev). */
  PUBLIC_ORIGIN?: string;
  /** Mainland China: the ICP filing number (e.g. 湘ICP备00000000号), shown in the footer of the service's own pages. */
  ICP_NUMBER?: string;
  // ── Payments. Endpoints and expiry are [vars]; credentials only ever `wrangler secret put`. ──
  /** Default https://api.mch.weixin.qq.com; a local stand-in in tests. */
  WECHATPAY_API_BASE?: string;
  /** Default https://api.stripe.com; a local stand-in in tests. */
  STRIPE_API_BASE?: string;
  /** Minutes a pending online payment stays open (default 30). */
  PAYMENT_EXPIRY_MINUTES?: string;
  WECHATPAY_MCH_ID?: string;
  WECHATPAY_APP_ID?: string;
  /** Serial number of the merchant API certificate (sent as serial_no). */
  WECHATPAY_MCH_SERIAL?: string;
  /** Merchant API private key, PKCS#8 PEM. */
  WECHATPAY_MCH_PRIVATE_KEY?: string;
  /** APIv3 key: 32 characters, the AES-256-GCM key of notification resources. */
  WECHATPAY_API_V3_KEY?: string;
  /**
   * WeChat Pay platform certificate(s) (PEM X.509, several one after another while WeChat rotates
   * them): verify what WeChat Pay sends. This or WECHATPAY_PUBLIC_KEY (or both) must be set.
   */
  WECHATPAY_PLATFORM_CERT?: string;
  /** WeChat Pay public key(s) (微信支付公钥, PEM "PUBLIC KEY"; several while rotating). */
  WECHATPAY_PUBLIC_KEY?: string;
  /** The ids of WECHATPAY_PUBLIC_KEY's keys ("PUB_KEY_ID_…"), in the same order, comma-separated. */
  WECHATPAY_PUBLIC_KEY_ID?: string;
  STRIPE_SECRET_KEY?: string;
  /** Signing secret of the webhook endpoint (whsec_…). */
  STRIPE_WEBHOOK_SECRET?: string;
};

export type { TokenRole };

/** Who is calling an admin route: the super-admin, or a token bound to one organisation with a role. */
export type Principal =
  { kind: 'super' } | { kind: 'org'; orgId: string; tokenId: string; role: TokenRole; label: string | null };

/** Set by the idempotency middleware for the handler's `idempotentBatch`. */
export type IdempotencyContext = { scope: string; key: string; requestHash: string };

export type Variables = {
  principal: Principal;
  /** The admin route rule that took this request (routes/admin/access.ts). */
  adminRule?: { method: string; path: string };
  idempotency: IdempotencyContext;
  /** Origin accepted by the public-write origin check (reflected in CORS headers). */
  allowedOrigin: string;
  /** The app itself, for requests the worker makes to itself (the read cache's refreshes). */
  selfFetch: (req: Request) => Promise<Response>;
};

export type Env = { Bindings: Bindings; Variables: Variables };
