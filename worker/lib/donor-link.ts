// The donor's own link (no account): /donor/{donationId}.{signature}, the signature an HMAC of the
// donation id with the service's DONOR_LINK_SECRET (falling back to ADMIN_TOKEN, so local dev works
// without another secret). Nothing is stored: the link proves itself, and only this service can
// make one. It reaches the pledge's gifts and stops its monthly plan; it shows no contact.
import type { Bindings } from '../env';
import { base64url, sameDigest } from './crypto';

const secretOf = (env: Bindings) => env.DONOR_LINK_SECRET || env.ADMIN_TOKEN || null;

async function sign(secret: string, donationId: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`donor:${donationId}`));
  return base64url(new Uint8Array(mac).slice(0, 18));
}

/** The token of a donation's link, or null when the service has no secret to sign with. */
export async function donorToken(env: Bindings, donationId: string): Promise<string | null> {
  const secret = secretOf(env);
  return secret ? `${donationId}.${await sign(secret, donationId)}` : null;
}

/** The donation a token is for, if its signature is ours. */
export async function donationOfToken(env: Bindings, token: string): Promise<string | null> {
  const secret = secretOf(env);
  const dot = token.lastIndexOf('.');
  if (!secret || dot <= 0 || token.length > 200) return null;
  const id = token.slice(0, dot);
  return sameDigest(token.slice(dot + 1), await sign(secret, id)) ? id : null;
}
