// crypto.subtle on the Node host (node-host/web-crypto.ts): the digests and HMACs of every write
// (request hash, donor link, bookmark) give the same bytes as node:crypto and Node's Web Crypto,
// computed in-thread (no thread-pool hand-off per call); other calls and refusals are Node's own.
import { createHash, createHmac, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inThreadSubtle } from '../../node-host/web-crypto';

const subtle = (globalThis as unknown as { crypto: typeof webcrypto }).crypto.subtle;
// Node's own implementation, taken before the host installs its version.
const nodeSubtle = {
  digest: subtle.digest.bind(subtle),
  sign: subtle.sign.bind(subtle),
  verify: subtle.verify.bind(subtle),
};
inThreadSubtle(subtle);

const text = new TextEncoder().encode('{"amount":2000,"name":"压测","message":"在线捐款"}');
const hex = (b: ArrayBuffer) => Buffer.from(b).toString('hex');

/** Whether `p` settles before the event loop's next turn (a thread-pool job never does). */
async function inThread(p: Promise<unknown>) {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
}

describe('crypto.subtle on the Node host', () => {
  it('digests SHA-1/256/384/512 of ArrayBuffers and views (with an offset) as node:crypto does, in-thread', async () => {
    const within = new Uint8Array(64);
    within.set(text.subarray(0, 40), 7);
    const view = within.subarray(7, 47);
    for (const [alg, node] of [
      ['SHA-1', 'sha1'],
      ['SHA-256', 'sha256'],
      ['sha-384', 'sha384'],
      [{ name: 'SHA-512' }, 'sha512'],
    ] as const) {
      expect(hex(await subtle.digest(alg, text.buffer as ArrayBuffer))).toBe(
        createHash(node).update(text).digest('hex'),
      );
      expect(hex(await subtle.digest(alg, view))).toBe(createHash(node).update(view).digest('hex'));
      expect(hex(await subtle.digest(alg, view))).toBe(hex(await nodeSubtle.digest(alg, view)));
    }
    expect(await inThread(subtle.digest('SHA-256', text))).toBe(true);
  });

  it('signs and verifies HMAC with imported, derived (HKDF) and generated keys as Node’s Web Crypto does, in-thread', async () => {
    const imported = await subtle.importKey(
      'raw',
      new TextEncoder().encode('donor-secret'),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    const material = await subtle.importKey('raw', new TextEncoder().encode('bookmark-secret'), 'HKDF', false, [
      'deriveKey',
    ]);
    const derived = await subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode('purpose') },
      material,
      { name: 'HMAC', hash: 'SHA-512', length: 512 },
      false,
      ['sign', 'verify'],
    );
    const generated = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, false, ['sign', 'verify']);
    expect(hex(await subtle.sign('HMAC', imported, text))).toBe(
      createHmac('sha256', 'donor-secret').update(text).digest('hex'),
    );
    for (const key of [imported, derived, generated]) {
      const mac = await subtle.sign({ name: 'HMAC' }, key, text);
      expect(hex(mac)).toBe(hex(await nodeSubtle.sign('HMAC', key, text)));
      expect(await subtle.verify('HMAC', key, mac, text)).toBe(true);
      const altered = new Uint8Array(mac);
      altered[0]! ^= 1;
      expect(await subtle.verify('HMAC', key, altered, text)).toBe(false);
      expect(await subtle.verify('HMAC', key, altered.subarray(0, 16), text)).toBe(false);
    }
    expect(await inThread(subtle.sign('HMAC', imported, text))).toBe(true);
  });

  it('leaves refusals and other algorithms to Node: a key without the usage, an unknown hash, a non-HMAC key', async () => {
    const verifyOnly = await subtle.importKey('raw', new Uint8Array(32), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'verify',
    ]);
    await expect(subtle.sign('HMAC', verifyOnly, text)).rejects.toMatchObject({ name: 'InvalidAccessError' });
    await expect(subtle.digest('MD5', text)).rejects.toMatchObject({ name: 'NotSupportedError' });
    await expect(subtle.digest('SHA-256', 'text' as unknown as Uint8Array)).rejects.toThrow();
    const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const sig = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ec.privateKey, text);
    expect(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ec.publicKey, sig, text)).toBe(true);
  });

  it('is installed once: a second host in the same process does not wrap it again', async () => {
    const digest = subtle.digest;
    inThreadSubtle(subtle);
    expect(subtle.digest).toBe(digest);
  });
});
