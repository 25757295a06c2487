// WeChat Pay API v3 notifications: verify WeChat Pay's signature (wechatpay-verify.ts: platform
// certificate or WeChat Pay public key, timestamp within 5 minutes), then decrypt the resource
// (AEAD_AES_256_GCM with the APIv3 key) into a provider-neutral event.
import type { WechatPayConfig } from './config';
import { base64ToBytes, utf8 } from './encoding';
import type { CallbackEvent, CallbackRefusal } from './events';
import { checkWechatPaySignature } from './wechatpay-verify';

type Resource = { algorithm?: string; ciphertext?: string; associated_data?: string; nonce?: string };
type Notification = { id?: string; event_type?: string; resource?: Resource };
type Transaction = {
  out_trade_no?: string;
  transaction_id?: string;
  trade_state?: string;
  amount?: { total?: number; currency?: string };
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
  const signed = await checkWechatPaySignature(cfg, headers, rawBody, now);
  if (!signed.ok) return { refused: signed.reason, detail: signed.detail };
  let note: Notification;
  let resource: unknown;
  try {
    note = JSON.parse(rawBody) as Notification;
    resource = await decryptResource(cfg.apiV3Key, note.resource ?? {});
  } catch (e) {
    return {
      refused: 'malformed',
      detail: `cannot decrypt the resource: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  const eventId = note.id ?? null;
  const eventType = note.event_type ?? 'unknown';
  if (eventType === 'TRANSACTION.SUCCESS') {
    const t = resource as Transaction;
    return {
      kind: t.trade_state === 'SUCCESS' ? 'paid' : 'ignored',
      eventId,
      eventType,
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
      eventId,
      eventType,
      match: { donationId: r.out_trade_no ?? '' },
      orderRef: r.out_trade_no ?? null,
      paymentRef: r.refund_id ?? null,
      amount: r.amount?.refund ?? null,
      currency: null, // refund notifications carry no currency: the donation's own is compared
    };
  }
  return {
    kind: 'ignored',
    eventId,
    eventType,
    match: null,
    orderRef: null,
    paymentRef: null,
    amount: null,
    currency: null,
  };
}
