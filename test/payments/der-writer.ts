// Just enough DER to build a self-signed X.509 certificate inside a test (WebCrypto has no
// certificate API; @peculiar/x509 needs a reflect-metadata polyfill that is not installed).
// Runtime-neutral: workerd and Node 20.
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

function length(n: number): Uint8Array {
  if (n < 0x80) return Uint8Array.of(n);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

export const tlv = (tag: number, ...content: Uint8Array[]) => {
  const body = concat(...content);
  return concat(Uint8Array.of(tag), length(body.length), body);
};

export const sequence = (...c: Uint8Array[]) => tlv(0x30, ...c);
const set = (...c: Uint8Array[]) => tlv(0x31, ...c);
const oid = (...bytes: number[]) => tlv(0x06, Uint8Array.from(bytes));
const utf8String = (s: string) => tlv(0x0c, new TextEncoder().encode(s));
const utcTime = (d: Date) =>
  tlv(0x17, new TextEncoder().encode(d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'));

function integerFromHex(hex: string): Uint8Array {
  const clean = hex.length % 2 ? `0${hex}` : hex;
  const bytes = Uint8Array.from(clean.match(/../g)!.map((b) => parseInt(b, 16)));
  return tlv(0x02, bytes[0]! & 0x80 ? concat(Uint8Array.of(0), bytes) : bytes);
}

const SHA256_WITH_RSA = sequence(oid(0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b), tlv(0x05));
const commonName = (cn: string) => sequence(set(sequence(oid(0x55, 0x04, 0x03), utf8String(cn))));

/** A self-signed RSA-SHA256 certificate (DER) for `keys`, with the given serial (hex), valid from a day ago for `days` (or `validity`). */
export async function selfSignedCertificate(
  keys: CryptoKeyPair,
  serialHex: string,
  cn: string,
  days = 365,
  validity?: { notBefore: Date; notAfter: Date },
): Promise<Uint8Array> {
  const spki = new Uint8Array((await crypto.subtle.exportKey('spki', keys.publicKey)) as ArrayBuffer);
  const now = Date.now();
  const from = validity?.notBefore ?? new Date(now - 86_400_000);
  const until = validity?.notAfter ?? new Date(now + days * 86_400_000);
  const tbs = sequence(
    tlv(0xa0, integerFromHex('02')), // v3
    integerFromHex(serialHex),
    SHA256_WITH_RSA,
    commonName(cn),
    sequence(utcTime(from), utcTime(until)),
    commonName(cn),
    spki,
  );
  const signature = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', keys.privateKey, tbs));
  return sequence(tbs, SHA256_WITH_RSA, tlv(0x03, Uint8Array.of(0), signature));
}
