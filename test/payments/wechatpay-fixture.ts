// A WeChat Pay stand-in's cryptography, for worker tests and the e2e stand-in: merchant and
// platform RSA keys, a self-signed platform certificate, notifications signed and encrypted the
// way WeChat does (RSA-SHA256 over "TIMESTAMP\nNONCE\nBODY\n", resource AES-256-GCM with the
// APIv3 key), and a check of the merchant's request signature. WebCrypto only: workerd and Node 20.
import { selfSignedCertificate } from './der-writer';

const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', modulusLength: 2048, publicExponent: Uint8Array.of(1, 0, 1) } as const;
const enc = (s: string) => new TextEncoder().encode(s);

export const toBase64 = (bytes: Uint8Array) => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
};
const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
export const toPem = (label: string, der: Uint8Array) =>
  `-----BEGIN ${label}-----\n${toBase64(der).match(/.{1,64}/g)!.join('\n')}\n-----END ${label}-----\n`;

const randomHex = (bytes: number) => [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
/** A certificate serial as WeChat prints it: upper-case hex, no leading zero byte. */
const randomSerial = () => `5${randomHex(20).slice(1)}`;
const randomAlnum = (n: number) => {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return [...crypto.getRandomValues(new Uint8Array(n))].map((b) => abc[b % abc.length]).join('');
};

export type WechatPayFixture = {
  mchId: string;
  appId: string;
  apiV3Key: string;
  merchant: { serial: string; privateKeyPem: string; publicKey: CryptoKey };
  platform: { serial: string; certPem: string; privateKey: CryptoKey };
  /** Worker bindings (vars/secrets) for this merchant; add WECHATPAY_API_BASE for a stand-in. */
  vars: Record<string, string>;
};

export async function createWechatPayFixture(): Promise<WechatPayFixture> {
  const merchantKeys = (await crypto.subtle.generateKey(RSA, true, ['sign', 'verify'])) as CryptoKeyPair;
  const platformKeys = (await crypto.subtle.generateKey(RSA, true, ['sign', 'verify'])) as CryptoKeyPair;
  const merchantSerial = randomSerial();
  const platformSerial = randomSerial();
  const privateKeyPem = toPem('PRIVATE KEY', new Uint8Array(await crypto.subtle.exportKey('pkcs8', merchantKeys.privateKey) as ArrayBuffer));
  const certPem = toPem('CERTIFICATE', await selfSignedCertificate(platformKeys, platformSerial, 'Tenpay.com Root CA stand-in'));
  const fx = {
    mchId: '1900000109',
    appId: 'wxd678efh567hg6787',
    apiV3Key: randomAlnum(32),
    merchant: { serial: merchantSerial, privateKeyPem, publicKey: merchantKeys.publicKey },
    platform: { serial: platformSerial, certPem, privateKey: platformKeys.privateKey },
  };
  return {
    ...fx,
    vars: {
      WECHATPAY_MCH_ID: fx.mchId,
      WECHATPAY_APP_ID: fx.appId,
      WECHATPAY_MCH_SERIAL: merchantSerial,
      WECHATPAY_MCH_PRIVATE_KEY: privateKeyPem,
      WECHATPAY_API_V3_KEY: fx.apiV3Key,
      WECHATPAY_PLATFORM_CERT: certPem,
    },
  };
}

/** The decrypted resource of TRANSACTION.SUCCESS. */
export const transactionResource = (o: { outTradeNo: string; total: number; currency?: string; transactionId?: string; tradeState?: string; mchId?: string }) => ({
  mchid: o.mchId ?? '1900000109',
  out_trade_no: o.outTradeNo,
  transaction_id: o.transactionId ?? `4200${randomHex(12)}`,
  trade_type: 'NATIVE',
  trade_state: o.tradeState ?? 'SUCCESS',
  trade_state_desc: '支付成功',
  success_time: new Date().toISOString(),
  payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
  amount: { total: o.total, payer_total: o.total, currency: o.currency ?? 'CNY', payer_currency: o.currency ?? 'CNY' },
});

/** The decrypted resource of REFUND.SUCCESS. */
export const refundResource = (o: { outTradeNo: string; refund: number; total?: number; refundId?: string; status?: string }) => ({
  out_trade_no: o.outTradeNo,
  transaction_id: `4200${randomHex(12)}`,
  out_refund_no: `rf_${randomHex(6)}`,
  refund_id: o.refundId ?? `5030${randomHex(12)}`,
  refund_status: o.status ?? 'SUCCESS',
  success_time: new Date().toISOString(),
  amount: { total: o.total ?? o.refund, refund: o.refund, payer_total: o.total ?? o.refund, payer_refund: o.refund },
});

export type NotificationOptions = {
  eventType?: 'TRANSACTION.SUCCESS' | 'REFUND.SUCCESS';
  /** Notification id; the same id on a redelivery. */
  id?: string;
  /** Unix seconds; default now. */
  timestamp?: number;
  /** Sent as Wechatpay-Serial; default the platform certificate's. */
  serial?: string;
  /** Sign with another key (a forger's). */
  signWith?: CryptoKey;
  /** Change the body after signing. */
  tamper?: (body: string) => string;
};

/** A notification as WeChat sends it: JSON body with the encrypted resource, and its signature headers. */
export async function wechatPayNotification(fx: WechatPayFixture, resource: object, o: NotificationOptions = {}) {
  const nonce = randomAlnum(16);
  const associatedData = o.eventType === 'REFUND.SUCCESS' ? 'refund' : 'transaction';
  const key = await crypto.subtle.importKey('raw', enc(fx.apiV3Key), 'AES-GCM', false, ['encrypt']);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: enc(nonce), additionalData: enc(associatedData), tagLength: 128 }, key, enc(JSON.stringify(resource))),
  );
  const eventType = o.eventType ?? 'TRANSACTION.SUCCESS';
  let body = JSON.stringify({
    id: o.id ?? crypto.randomUUID(),
    create_time: new Date().toISOString(),
    resource_type: 'encrypt-resource',
    event_type: eventType,
    summary: eventType === 'REFUND.SUCCESS' ? '退款成功' : '支付成功',
    resource: { original_type: associatedData, algorithm: 'AEAD_AES_256_GCM', ciphertext: toBase64(sealed), associated_data: associatedData, nonce },
  });
  const timestamp = String(o.timestamp ?? Math.floor(Date.now() / 1000));
  const headerNonce = randomAlnum(32);
  const signature = new Uint8Array(
    await crypto.subtle.sign('RSASSA-PKCS1-v1_5', o.signWith ?? fx.platform.privateKey, enc(`${timestamp}\n${headerNonce}\n${body}\n`)),
  );
  if (o.tamper) body = o.tamper(body);
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      'Wechatpay-Timestamp': timestamp,
      'Wechatpay-Nonce': headerNonce,
      'Wechatpay-Signature': toBase64(signature),
      'Wechatpay-Serial': o.serial ?? fx.platform.serial,
      'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
    } as Record<string, string>,
  };
}

/** A forger's key pair, for bad-signature cases. */
export const otherSigningKey = async () => ((await crypto.subtle.generateKey(RSA, false, ['sign', 'verify'])) as CryptoKeyPair).privateKey;

export type MerchantAuthorization = { valid: boolean; mchid?: string; serialNo?: string; timestamp?: string; nonce?: string };

/** Checks a merchant request's Authorization header the way WeChat Pay does, with the merchant's public key. */
export async function verifyMerchantRequest(
  fx: WechatPayFixture,
  authorization: string | null,
  method: string,
  urlPathWithQuery: string,
  body: string,
): Promise<MerchantAuthorization> {
  const m = /^WECHATPAY2-SHA256-RSA2048 (.*)$/.exec(authorization ?? '');
  if (!m) return { valid: false };
  const fields = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1]!, x[2]!]));
  const { mchid, nonce_str: nonce, signature, timestamp, serial_no: serialNo } = fields;
  if (!mchid || !nonce || !signature || !timestamp || !serialNo) return { valid: false };
  const valid = await crypto.subtle.verify(
    'RSASSA-PKCS1-v1_5', fx.merchant.publicKey, fromBase64(signature), enc(`${method}\n${urlPathWithQuery}\n${timestamp}\n${nonce}\n${body}\n`),
  );
  return { valid: valid && mchid === fx.mchId && serialNo === fx.merchant.serial, mchid, serialNo, timestamp, nonce };
}
