// The donor's own link (no account): /donor/{donationId}.{signature}, the signature an HMAC of the
// donation id with DONOR_LINK_SECRET, a secret of its own: never ADMIN_TOKEN, so replacing the
// admin token (after a leak, say) breaks no donor's link. Nothing is stored: the link proves
// itself, and only this service can make one. It reaches the pledge's gifts and stops its monthly
// plan; it shows no contact.
//
// Without the secret a gift is still taken, with no link (`donorUrl: null`): a missing setting
// must never cost a donation. A deployment (PUBLIC_ORIGIN set) without it says so loudly: the
// error log, and /api/health answering 503. A link then answers 503, not "no such link": it
// may well be genuine, and works again once the secret is back.
import type { Bindings } from '../env';
import { ProblemError } from '../lib/problem';
import { base64url, sameDigest } from '../lib/crypto';

type LinkEnv = Pick<Bindings, 'DONOR_LINK_SECRET' | 'PUBLIC_ORIGIN'>;

/** A deployment that cannot sign donors' links (what /api/health reports). */
export const donorLinksMisconfigured = (env: LinkEnv) => !env.DONOR_LINK_SECRET && !!env.PUBLIC_ORIGIN?.trim();

let reported = false;
function secretOf(env: LinkEnv): string | null {
  if (env.DONOR_LINK_SECRET) return env.DONOR_LINK_SECRET;
  if (!reported && donorLinksMisconfigured(env)) {
    reported = true;
    console.error('DONOR_LINK_SECRET is not set: pledges get no donor link (wrangler secret put DONOR_LINK_SECRET)');
  }
  return null;
}

// Imported once per secret, not once per pledge.
const keys = new Map<string, Promise<CryptoKey>>();

function keyOf(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    keys.set(secret, key);
  }
  return key;
}

async function sign(secret: string, donationId: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await keyOf(secret), new TextEncoder().encode(`donor:${donationId}`));
  return base64url(new Uint8Array(mac).slice(0, 18));
}

/** The token of a donation's link, or null when the service has no secret to sign with. */
export async function donorToken(env: LinkEnv, donationId: string): Promise<string | null> {
  const secret = secretOf(env);
  return secret ? `${donationId}.${await sign(secret, donationId)}` : null;
}

/** The donation a token is for, if its signature is ours; 503 when the service has no secret to tell. */
export async function donationOfToken(env: LinkEnv, token: string): Promise<string | null> {
  const secret = secretOf(env);
  if (!secret)
    throw new ProblemError(
      503,
      'internal_error',
      'Donor links are not set up on this service yet; please try again later',
    );
  const dot = token.lastIndexOf('.');
  if (dot <= 0 || token.length > 200) return null;
  const id = token.slice(0, dot);
  return sameDigest(token.slice(dot + 1), await sign(secret, id)) ? id : null;
}
