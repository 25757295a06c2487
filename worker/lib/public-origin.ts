// The service's own public origin (where embed.js, /embed, /p and the callbacks live). It comes
// from configuration (PUBLIC_ORIGIN), never from the Host header a client sends: with
// `Host: evil.example` a request must neither count as same-origin nor get evil.example printed
// into canonical links, og:url, iframe snippets or payment notify URLs (which are cached).
// Without PUBLIC_ORIGIN (local dev, tests) the request's own origin is used.
import type { Bindings } from '../env';

export function publicOrigin(env: Pick<Bindings, 'PUBLIC_ORIGIN'>, requestUrl: string): string {
  const configured = env.PUBLIC_ORIGIN?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      /* a malformed setting: fall back rather than fail every page */
    }
  }
  return new URL(requestUrl).origin;
}
