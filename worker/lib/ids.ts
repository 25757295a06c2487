// Generated ids and donor references. Crockford base32 avoids letters that read alike (I/L/O/U).
import { randomBytes } from './crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Bytes as code characters (one per byte), e.g. from a digest when an id must be reproducible. */
export const codeFromBytes = (bytes: Uint8Array) => [...bytes].map((b) => ALPHABET[b % 32]).join('');

export function randomCode(length: number): string {
  return codeFromBytes(randomBytes(length));
}

/** e.g. newId('dn') → "dn_7k2m9x4q1c8v" */
export const newId = (prefix: string) => `${prefix}_${randomCode(12)}`;

/** Short code a donor quotes with an offline transfer, e.g. "GY-7K2M9X4Q". */
export const paymentReference = () => `GY-${randomCode(8).toUpperCase()}`;

/** Ids chosen by staff: lowercase slug, as used in embed attributes and URLs. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
