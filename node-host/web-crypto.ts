// `crypto.subtle` on Node, for the small jobs the app does on every write: SHA digests (the
// Idempotency-Key's request hash) and HMAC signatures (donor links, read-your-writes bookmarks).
// Node runs every Web Crypto call as a job on libuv's thread pool: for a 100-byte input the
// hand-off costs ten times the hash (≈ 80–130 µs against 10 µs here), and three of them were a
// sixth of a pledge's time on the Node host. workerd computes them in-thread; so does this, with
// node:crypto, answering the same bytes through the same promise-shaped API. Anything else (other
// algorithms, keys, data types, a key without the usage) goes to Node's own implementation, which
// also words every refusal.
import { createHash, createHmac, KeyObject, timingSafeEqual, webcrypto } from 'node:crypto';

type Subtle = webcrypto.SubtleCrypto;
type Algorithm = string | { name?: unknown; hash?: unknown };

const CryptoKeyClass = (globalThis as unknown as { CryptoKey: typeof webcrypto.CryptoKey }).CryptoKey;

const HASHES: Record<string, string> = {
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

const nameOf = (a: unknown): string | undefined =>
  typeof a === 'string'
    ? a.toUpperCase()
    : a && typeof a === 'object' && typeof (a as { name?: unknown }).name === 'string'
      ? (a as { name: string }).name.toUpperCase()
      : undefined;

/** The bytes of a BufferSource (a copy, as Web Crypto takes one at the call), or null for anything else. */
function bytesOf(data: unknown): Buffer | null {
  if (data instanceof ArrayBuffer) return Buffer.from(new Uint8Array(data));
  if (ArrayBuffer.isView(data)) return Buffer.from(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return null;
}

const arrayBuffer = (b: Buffer): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** node:crypto's hash name and key for an HMAC CryptoKey allowed to `usage`; null when Node's own path should decide. */
function hmacKey(
  algorithm: Algorithm,
  key: unknown,
  usage: 'sign' | 'verify',
): { hash: string; key: KeyObject } | null {
  if (nameOf(algorithm) !== 'HMAC' || !(key instanceof CryptoKeyClass)) return null;
  const alg = key.algorithm as { name: string; hash?: { name: string }; length?: number };
  const hash = alg.hash && HASHES[alg.hash.name.toUpperCase()];
  if (
    alg.name !== 'HMAC' ||
    !hash ||
    key.type !== 'secret' ||
    !key.usages.includes(usage) ||
    (alg.length ?? 0) % 8 !== 0
  )
    return null;
  return { hash, key: KeyObject.from(key) };
}

const INSTALLED = Symbol('gongyi in-thread subtle');

/** Replaces digest, sign and verify of `subtle` with in-thread versions for the cases above. */
export function inThreadSubtle(subtle: Subtle): void {
  if (INSTALLED in subtle) return;
  Object.defineProperty(subtle, INSTALLED, { value: true });
  const node = {
    digest: subtle.digest.bind(subtle),
    sign: subtle.sign.bind(subtle),
    verify: subtle.verify.bind(subtle),
  };
  const own = subtle as unknown as Record<'digest' | 'sign' | 'verify', (...args: unknown[]) => Promise<unknown>>;
  own.digest = (algorithm: unknown, data: unknown) => {
    const name = nameOf(algorithm);
    const hash = name && HASHES[name];
    const bytes = hash ? bytesOf(data) : null;
    if (!hash || !bytes) return node.digest(algorithm as webcrypto.AlgorithmIdentifier, data as webcrypto.BufferSource);
    return Promise.resolve(arrayBuffer(createHash(hash).update(bytes).digest()));
  };
  own.sign = (algorithm: unknown, key: unknown, data: unknown) => {
    const k = hmacKey(algorithm as Algorithm, key, 'sign');
    const bytes = k ? bytesOf(data) : null;
    if (!k || !bytes)
      return node.sign(
        algorithm as webcrypto.AlgorithmIdentifier,
        key as webcrypto.CryptoKey,
        data as webcrypto.BufferSource,
      );
    return Promise.resolve(arrayBuffer(createHmac(k.hash, k.key).update(bytes).digest()));
  };
  own.verify = (algorithm: unknown, key: unknown, signature: unknown, data: unknown) => {
    const k = hmacKey(algorithm as Algorithm, key, 'verify');
    const sig = k ? bytesOf(signature) : null;
    const bytes = sig ? bytesOf(data) : null;
    if (!k || !sig || !bytes) {
      return node.verify(
        algorithm as webcrypto.AlgorithmIdentifier,
        key as webcrypto.CryptoKey,
        signature as webcrypto.BufferSource,
        data as webcrypto.BufferSource,
      );
    }
    const mac = createHmac(k.hash, k.key).update(bytes).digest();
    return Promise.resolve(mac.length === sig.length && timingSafeEqual(mac, sig));
  };
}
