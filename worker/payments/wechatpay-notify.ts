// WeChat Pay API v3 notifications: verify the platform's RSA-SHA256 signature over
// "TIMESTAMP\nNONCE\nBODY\n" (certificate serial must match, timestamp within 5 minutes), then
// decrypt the resource (AEAD_AES_256_GCM with the APIv3 key) into a provider-neutral event.
import type { WechatPayConfig } from './config';
import { readCertificate } from './der';
import { base64ToBytes, pemToDer, utf8 } from './encoding';
import { type CallbackEvent, type CallbackRefusal, TIMESTAMP_TOLERANCE_SECONDS } from './events';
import { signatureMessage } from './wechatpay-signing';

const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

type PlatformKey = { serialHex: string; key: CryptoKey };
const platformKeys = new Map<string, Promise<PlatformKey>>();
function platformKey(pem: string): Promise<PlatformKey> {
  let k = platformKeys.get(pem);
  if (!k) {
    k = (async () => {
      const { serialHex, spki } = readCertificate(pemToDer(pem));
      return { serialHex, key: await crypto.subtle.importKey('spki', spki, RSA_SHA256, false, ['verify']) };
    })();
    platformKeys.set(pem, k);
  }
  return k;
}

type Resource = { algorithm?: string; ciphertext?: string; associated_data?: string; nonce?: string };
type Notification = { id?: string; event_type?: string; resource?: Resource };
type Transaction = {
  out_trade_no?: string; transaction_id?: string; trade_state?: string; amount?: { total?: number; currency?: string };
};
type Refund = { out_trade_no?: string; refund_id?: string; refund_status?: string; amount?: { refund?: number } };

async function decryptResource(apiV3Key: string, r: Resource): Promise<unknown> {
  if (r.algorithm !== 'AEAD_AES_256_GCM' || !r.ciphertext || !r.nonce) throw new Error('unsupported resource');
  const key = await crypto.subtle.importKey('raw', utf8(apiV3Key), 'AES-GCM', false, ['decrypt']);
  // The ciphertext is data‖16-byte tag, which is exactly what WebCrypto's AES-GCM expects.
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: utf8(r.nonce), additionalData: utf8(r.associated_data ?? ''), tagLength: 128 },
    key,
    base64ToBytes(r.ciphertext),
  );
  return JSON.parse(new TextDecoder().decode(plain));
}

/** Verifies and reads one notification; a refusal says why (and is recorded by the caller). */
export async function readWechatPayNotification(
  cfg: WechatPayConfig,
  headers: Headers,
  rawBody: string,
  now = new Date(),
): Promise<CallbackEvent | CallbackRefusal> {
  const timestamp = headers.get('Wechatpay-Timestamp') ?? '';
  const nonce = headers.get('Wechatpay-Nonce') ?? '';
  const signature = headers.get('Wechatpay-Signature') ?? '';
  const serial = headers.get('Wechatpay-Serial') ?? '';
  const platform = await platformKey(cfg.platformCertPem);
  const knownSerial = serial.toUpperCase().replace(/^(00)+(?=.)/, '') === platform.serialHex;
  if (!timestamp || !nonce || !signature || !knownSerial) {
    return { refused: 'bad_signature', detail: serial && !knownSerial ? `unknown certificate serial ${serial.slice(0, 64)}` : 'missing signature headers' };
  }
  let valid = false;
  try {
    valid = await crypto.subtle.verify(RSA_SHA256, platform.key, base64ToBytes(signature), utf8(signatureMessage(timestamp, nonce, rawBody)));
  } catch {
    valid = false;
  }
  if (!valid) return { refused: 'bad_signature', detail: 'signature does not verify with the platform certificate' };
  // Checked after the signature, so only a genuine but old (replayed) message counts as stale.
  if (!/^\d+$/.test(timestamp) || Math.abs(now.getTime() / 1000 - Number(timestamp)) > TIMESTAMP_TOLERANCE_SECONDS) {
    return { refused: 'stale_timestamp', detail: `timestamp ${timestamp}` };
  }
  let note: Notification;
  let resource: unknown;
  try {
    note = JSON.parse(rawBody) as Notification;
    resource = await decryptResource(cfg.apiV3Key, note.resource ?? {});
  } catch (e) {
    return { refused: 'malformed', detail: `cannot decrypt the resource: ${e instanceof Error ? e.message : String(e)}` };
  }
  const eventId = note.id ?? null;
  const eventType = note.event_type ?? 'unknown';
  if (eventType === 'TRANSACTION.SUCCESS') {
    const t = resource as Transaction;
    return {
      kind: t.trade_state === 'SUCCESS' ? 'paid' : 'ignored',
      eventId, eventType,
      match: { donationId: t.out_trade_no ?? '' },
      orderRef: t.out_trade_no ?? null,
      paymentRef: t.transaction_id ?? null,
      amount: t.amount?.total ?? null,
      currency: t.amount?.currency ?? null,
    };
  }
  if (eventType === 'REFUND.SUCCESS') {
    const r = resource as Refund;
    return {
      kind: r.refund_status === 'SUCCESS' ? 'refunded' : 'ignored',
      eventId, eventType,
      match: { donationId: r.out_trade_no ?? '' },
      orderRef: r.out_trade_no ?? null,
      paymentRef: r.refund_id ?? null,
      amount: r.amount?.refund ?? null,
      currency: null, // refund notifications carry no currency: the donation's own is compared
    };
  }
  return { kind: 'ignored', eventId, eventType, match: null, orderRef: null, paymentRef: null, amount: null, currency: null };
}
