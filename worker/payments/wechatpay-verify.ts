// What WeChat Pay signs (its notifications and its answers to our API calls) is checked here:
// RSA-SHA256 over "TIMESTAMP\nNONCE\nBODY\n", by the key the Wechatpay-Serial header names:
//   - a platform certificate (平台证书): the header is the certificate's serial; the certificate
//     must be within its validity dates at the time of checking;
//   - the WeChat Pay public key (微信支付公钥, how merchants registered since 2024 verify): the
//     header is the key's id, "PUB_KEY_ID_…".
// Each secret may hold several keys at once (PEM blocks one after another; the public-key ids in
// the same order), so a rotated certificate or key is accepted beside the old one by updating a
// secret, without a new version of the code.
import type { WechatPayConfig } from './config';
import { readCertificate } from './der';
import { base64ToBytes, pemToDer, utf8 } from './encoding';
import { TIMESTAMP_TOLERANCE_SECONDS } from './events';

const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

type Verifier = { key: CryptoKey; notBefore?: number; notAfter?: number };
type Verifiers = Map<string, Verifier>;

const PEM_BLOCK = /-----BEGIN ([A-Z ]+)-----[\s\S]*?-----END \1-----/g;
/** PEM blocks of `label` in a secret (tolerates "\n" written as a literal backslash-n). */
const pemBlocks = (text: string | undefined, label: string) =>
  [...(text ?? '').replace(/\\n/g, '\n').matchAll(PEM_BLOCK)].filter((m) => m[1] === label).map((m) => m[0]);

/** A certificate serial as compared: upper-case hex without leading zero bytes. */
const normalSerial = (s: string) =>
  s
    .trim()
    .toUpperCase()
    .replace(/^(00)+(?=.)/, '');

async function loadVerifiers(cfg: WechatPayConfig): Promise<Verifiers> {
  const out: Verifiers = new Map();
  for (const pem of pemBlocks(cfg.platformCertPem, 'CERTIFICATE')) {
    const cert = readCertificate(pemToDer(pem));
    const key = await crypto.subtle.importKey('spki', cert.spki, RSA_SHA256, false, ['verify']);
    out.set(cert.serialHex, { key, notBefore: cert.notBefore, notAfter: cert.notAfter });
  }
  const ids = (cfg.publicKeyIds ?? '').split(/[\s,]+/).filter(Boolean);
  const keys = pemBlocks(cfg.publicKeyPem, 'PUBLIC KEY');
  if (ids.length !== keys.length)
    throw new Error(`WECHATPAY_PUBLIC_KEY holds ${keys.length} keys but WECHATPAY_PUBLIC_KEY_ID names ${ids.length}`);
  for (const [i, pem] of keys.entries()) {
    out.set(ids[i]!, { key: await crypto.subtle.importKey('spki', pemToDer(pem), RSA_SHA256, false, ['verify']) });
  }
  return out;
}

// Importing keys costs more than a request: once per isolate and configuration.
const cache = new Map<string, Promise<Verifiers>>();
function verifiersOf(cfg: WechatPayConfig): Promise<Verifiers> {
  const id = `${cfg.platformCertPem ?? ''}\u0000${cfg.publicKeyPem ?? ''}\u0000${cfg.publicKeyIds ?? ''}`;
  let v = cache.get(id);
  if (!v) {
    v = loadVerifiers(cfg);
    v.catch(() => cache.delete(id));
    cache.set(id, v);
  }
  return v;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'bad_signature' | 'stale_timestamp'; detail: string };

/** Checks the Wechatpay-* signature headers over `body`, as WeChat Pay signs what it sends. */
export async function checkWechatPaySignature(
  cfg: WechatPayConfig,
  headers: Headers,
  body: string,
  now = new Date(),
): Promise<SignatureCheck> {
  const timestamp = headers.get('Wechatpay-Timestamp') ?? '';
  const nonce = headers.get('Wechatpay-Nonce') ?? '';
  const signature = headers.get('Wechatpay-Signature') ?? '';
  const serial = headers.get('Wechatpay-Serial') ?? '';
  if (!timestamp || !nonce || !signature || !serial)
    return { ok: false, reason: 'bad_signature', detail: 'missing signature headers' };
  const verifiers = await verifiersOf(cfg);
  const v = verifiers.get(serial.startsWith('PUB_KEY_ID_') ? serial : normalSerial(serial));
  if (!v)
    return {
      ok: false,
      reason: 'bad_signature',
      detail: `unknown certificate serial or public key id ${serial.slice(0, 64)}`,
    };
  if (
    (v.notBefore !== undefined && now.getTime() < v.notBefore) ||
    (v.notAfter !== undefined && now.getTime() > v.notAfter)
  ) {
    return {
      ok: false,
      reason: 'bad_signature',
      detail: `platform certificate ${serial.slice(0, 64)} is outside its validity dates`,
    };
  }
  let valid = false;
  try {
    valid = await crypto.subtle.verify(
      RSA_SHA256,
      v.key,
      base64ToBytes(signature),
      utf8(`${timestamp}\n${nonce}\n${body}\n`),
    );
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: 'bad_signature', detail: 'signature does not verify with the named key' };
  // Checked after the signature, so only a genuine but old (replayed) message counts as stale.
  if (!/^\d+$/.test(timestamp) || Math.abs(now.getTime() / 1000 - Number(timestamp)) > TIMESTAMP_TOLERANCE_SECONDS) {
    return { ok: false, reason: 'stale_timestamp', detail: `timestamp ${timestamp}` };
  }
  return { ok: true };
}
