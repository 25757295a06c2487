// Read-your-writes bookmarks as this service hands them out: `{D1 bookmark}.{issued}.{signature}`,
// the signature an HMAC of the first two parts. A client can only bring back what one of its own
// writes was given, and only for BOOKMARK_TTL_MS; anything else (made up, altered, expired, or a
// bare D1 bookmark) is ignored, so nobody can send reads past the cache at will.
//
// The key is derived (HKDF) for this purpose alone from BOOKMARK_SECRET, else from ADMIN_TOKEN (so
// local dev needs nothing more; the token itself never signs anything). With neither, each isolate
// makes up its own key: bookmarks then count only in the isolate that issued them.
import { BOOKMARK_WINDOW_MS } from '../../common/bookmark-window';
import type { Bindings } from '../env';
import { base64url, sameDigest } from './crypto';

/** How long a write's bookmark is honoured (common/headers.ts: the widgets keep it as long). */
export const BOOKMARK_TTL_MS = BOOKMARK_WINDOW_MS;

/** Another machine of the service may issue a bookmark with its clock a little ahead. */
const CLOCK_SKEW_MS = 5_000;

/** A D1 bookmark as D1 issues it. */
const D1_BOOKMARK = /^[0-9a-zA-Z_.:-]{1,200}$/;

const keys = new Map<string, Promise<CryptoKey>>();

function keyOf(env: Pick<Bindings, 'BOOKMARK_SECRET' | 'ADMIN_TOKEN'>): Promise<CryptoKey> {
  const secret = env.BOOKMARK_SECRET || env.ADMIN_TOKEN || '';
  let key = keys.get(secret);
  if (!key) {
    key = secret
      ? derive(secret)
      : (crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']) as Promise<CryptoKey>);
    keys.set(secret, key);
  }
  return key;
}

async function derive(secret: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(0),
      info: new TextEncoder().encode('gongyi read-your-writes bookmark v1'),
    },
    material,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
}

async function signature(env: Pick<Bindings, 'BOOKMARK_SECRET' | 'ADMIN_TOKEN'>, signed: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await keyOf(env), new TextEncoder().encode(signed));
  return base64url(new Uint8Array(mac).slice(0, 16));
}

/** The bookmark a write's answer carries: its D1 bookmark, signed, issued `now`. */
export async function signBookmark(
  env: Pick<Bindings, 'BOOKMARK_SECRET' | 'ADMIN_TOKEN'>,
  d1Bookmark: string,
  now = Date.now(),
): Promise<string> {
  const signed = `${d1Bookmark}.${now.toString(36)}`;
  return `${signed}.${await signature(env, signed)}`;
}

/** The D1 bookmark inside `token`, if this service issued it within BOOKMARK_TTL_MS; else null. */
export async function openBookmark(
  env: Pick<Bindings, 'BOOKMARK_SECRET' | 'ADMIN_TOKEN'>,
  token: string | null | undefined,
  now = Date.now(),
): Promise<string | null> {
  if (!token || token.length > 300) return null;
  const sig = token.lastIndexOf('.');
  const at = token.lastIndexOf('.', sig - 1);
  if (at <= 0) return null;
  const d1Bookmark = token.slice(0, at);
  const issued = parseInt(token.slice(at + 1, sig), 36);
  if (!D1_BOOKMARK.test(d1Bookmark) || !(issued <= now + CLOCK_SKEW_MS && now - issued < BOOKMARK_TTL_MS)) return null;
  return sameDigest(token.slice(sig + 1), await signature(env, token.slice(0, sig))) ? d1Bookmark : null;
}
