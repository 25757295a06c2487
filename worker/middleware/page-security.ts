// Security headers for the HTML pages the worker renders: embed frames and share pages may be
// framed by any site; the staff console by nobody. Every page gets a strict CSP (no inline
// script, no eval); a page adds directives it needs (e.g. the console's frame-src for previews).
import { createMiddleware } from 'hono/factory';
import type { Env } from '../env';

export type PageSecurity = {
  /** Who may put the page in a frame. */
  framing: 'any' | 'none';
  /** Directives added to, or replacing, the base policy, e.g. { 'frame-src': "'self'" }. */
  csp?: Record<string, string>;
};

const BASE_CSP: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' https: data:",
  'connect-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'object-src': "'none'",
};

export const pageSecurity = (o: PageSecurity) => {
  const directives = { ...BASE_CSP, ...o.csp, 'frame-ancestors': o.framing === 'any' ? '*' : "'none'" };
  const policy = Object.entries(directives)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
  return createMiddleware<Env>(async (c, next) => {
    await next();
    c.header('Content-Security-Policy', policy);
    // Older browsers ignore frame-ancestors; X-Frame-Options has no "any site" value, so only deny.
    if (o.framing === 'none') c.header('X-Frame-Options', 'DENY');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  });
};
