// A WeChat Pay stand-in's cryptography, for worker tests and the e2e stand-in: merchant and
// platform RSA keys, a self-signed platform certificate, notifications signed and encrypted the
// way WeChat does (RSA-SHA256 over "TIMESTAMP\nNONCE\nBODY\n", resource AES-256-GCM with the
// APIv3 key), and a check of the merchant's request signature. WebCrypto only: workerd and Node 20.
import { selfSignedCertificate } from './der-writer';

const RSA = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  modulusLength: 2048,
  publicExponent: Uint8Array.of(1, 0, 1),
} as const;
const enc = (s: string) => new TextEncoder().encode(s);

export const toBase64 = (bytes: Uint8Array) => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
};
const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
export const toPem = (label: string, der: Uint8Array) =>
  `-----BEGIN ${label}-----\n${toBase64(der)
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END ${label}-----\n`;

const randomHex = (bytes: number) =>
  [...crypto.getRandomValues(new Uint8Array(bytes))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
/** A certificate serial as WeChat prints it: upper-case hex, no leading zero byte. */
const randomSerial = () => `5${randomHex(20).slice(1)}`;
const randomAlnum = (n: number) => {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return [...crypto.getRandomValues(new Uint8Array(n))].map((b) => abc[b % abc.length]).join('');
};

/** A key WeChat Pay signs with: a platform certificate (id = its serial) or a WeChat Pay public key (id = PUB_KEY_ID_…). */
export type WechatSigner = { id: string; pem: string; privateKey: CryptoKey };

export type WechatPayFixture = {
  mchId: string;
  appId: string;
  apiV3Key: string;
  merchant: { serial: string; privateKeyPem: string; publicKey: CryptoKey };
  /** The platform certificate (`serial`, `certPem`): what signs notifications and answers by default. */
  platform: { serial: string; certPem: string; privateKey: CryptoKey };
  /** The WeChat Pay public key of the public-key mode. */
  publicKey: WechatSigner;
  /** Worker bindings (vars/secrets) for this merchant; add WECHATPAY_API_BASE for a stand-in. */
  vars: Record<string, string>;
};

const generateSigningKeys = async () =>
  (await crypto.subtle.generateKey(RSA, true, ['sign', 'verify'])) as CryptoKeyPair;

/** A platform certificate (self-signed stand-in), valid a year from yesterday unless `validity` says otherwise. */
export async function platformCertificate(validity?: { notBefore: Date; notAfter: Date }): Promise<WechatSigner> {
  const keys = await generateSigningKeys();
  const id = randomSerial();
  const pem = toPem('CERTIFICATE', await selfSignedCertificate(keys, id, 'Tenpay.com Root CA stand-in', 365, validity));
  return { id, pem, privateKey: keys.privateKey };
}

/** A WeChat Pay public key (微信支付公钥) with its id. */
export async function wechatPublicKey(): Promise<WechatSigner> {
  const keys = await generateSigningKeys();
  const pem = toPem(
    'PUBLIC KEY',
    new Uint8Array((await crypto.subtle.exportKey('spki', keys.publicKey)) as ArrayBuffer),
  );
  return { id: `PUB_KEY_ID_0119000001${randomHex(8)}`, pem, privateKey: keys.privateKey };
}

/** `mode`: which verification secrets the worker gets (default the platform certificate only). */
export async function createWechatPayFixture(
  mode: 'certificate' | 'publicKey' | 'both' = 'certificate',
): Promise<WechatPayFixture> {
  const merchantKeys = await generateSigningKeys();
  const merchantSerial = randomSerial();
  const privateKeyPem = toPem(
    'PRIVATE KEY',
    new Uint8Array((await crypto.subtle.exportKey('pkcs8', merchantKeys.privateKey)) as ArrayBuffer),
  );
  const cert = await platformCertificate();
  const publicKey = await wechatPublicKey();
  const fx = {
    mchId: '1900000109',
    appId: 'wxd678efh567hg6787',
    apiV3Key: randomAlnum(32),
    merchant: { serial: merchantSerial, privateKeyPem, publicKey: merchantKeys.publicKey },
    platform: { serial: cert.id, certPem: cert.pem, privateKey: cert.privateKey },
    publicKey,
  };
  return {
    ...fx,
    vars: {
      WECHATPAY_MCH_ID: fx.mchId,
      WECHATPAY_APP_ID: fx.appId,
      WECHATPAY_MCH_SERIAL: merchantSerial,
      WECHATPAY_MCH_PRIVATE_KEY: privateKeyPem,
      WECHATPAY_API_V3_KEY: fx.apiV3Key,
      ...(mode !== 'publicKey' ? { WECHATPAY_PLATFORM_CERT: cert.pem } : {}),
      ...(mode !== 'certificate' ? { WECHATPAY_PUBLIC_KEY: publicKey.pem, WECHATPAY_PUBLIC_KEY_ID: publicKey.id } : {}),
    },
  };
}

/** WeChat Pay's signature headers over `body` (RSA-SHA256 over "TIMESTAMP\nNONCE\nBODY\n"). */
export async function wechatSignatureHeaders(
  body: string,
  signer: { id: string; privateKey: CryptoKey },
  o: { timestamp?: number; serial?: string; signWith?: CryptoKey } = {},
): Promise<Record<string, string>> {
  const timestamp = String(o.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = randomAlnum(32);
  const signature = new Uint8Array(
    await crypto.subtle.sign(
      'RSASSA-PKCS1-v1_5',
      o.signWith ?? signer.privateKey,
      enc(`${timestamp}\n${nonce}\n${body}\n`),
    ),
  );
  return {
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Signature': toBase64(signature),
    'Wechatpay-Serial': o.serial ?? signer.id,
    'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
  };
}

/** The platform certificate as a signer. */
export const platformSigner = (fx: WechatPayFixture): WechatSigner => ({
  id: fx.platform.serial,
  pem: fx.platform.certPem,
  privateKey: fx.platform.privateKey,
});

/** An answer of WeChat Pay's API, signed as WeChat Pay signs its answers (by the platform certificate unless `signer` is given). */
export async function signedAnswer(
  fx: WechatPayFixture,
  body: unknown,
  status = 200,
  signer: WechatSigner = platformSigner(fx),
): Promise<Response> {
  const text = JSON.stringify(body);
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'application/json', ...(await wechatSignatureHeaders(text, signer)) },
  });
}

/** The decrypted resource of TRANSACTION.SUCCESS. */
export const transactionResource = (o: {
  outTradeNo: string;
  total: number;
  currency?: string;
  transactionId?: string;
  tradeState?: string;
  mchId?: string;
}) => ({
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
export const refundResource = (o: {
  outTradeNo: string;
  refund: number;
  total?: number;
  refundId?: string;
  status?: string;
}) => ({
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
  /** Who signs (default the platform certificate): e.g. fx.publicKey, or a rotated certificate. */
  signer?: WechatSigner;
  /** Change the body after signing. */
  tamper?: (body: string) => string;
};

/** A notification as WeChat sends it: JSON body with the encrypted resource, and its signature headers. */
export async function wechatPayNotification(fx: WechatPayFixture, resource: object, o: NotificationOptions = {}) {
  const nonce = randomAlnum(16);
  const associatedData = o.eventType === 'REFUND.SUCCESS' ? 'refund' : 'transaction';
  const key = await crypto.subtle.importKey('raw', enc(fx.apiV3Key), 'AES-GCM', false, ['encrypt']);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: enc(nonce), additionalData: enc(associatedData), tagLength: 128 },
      key,
      enc(JSON.stringify(resource)),
    ),
  );
  const eventType = o.eventType ?? 'TRANSACTION.SUCCESS';
  let body = JSON.stringify({
    id: o.id ?? crypto.randomUUID(),
    create_time: new Date().toISOString(),
    resource_type: 'encrypt-resource',
    event_type: eventType,
    summary: eventType === 'REFUND.SUCCESS' ? '退款成功' : '支付成功',
    resource: {
      original_type: associatedData,
      algorithm: 'AEAD_AES_256_GCM',
      ciphertext: toBase64(sealed),
      associated_data: associatedData,
      nonce,
    },
  });
  const signature = await wechatSignatureHeaders(body, o.signer ?? platformSigner(fx), o);
  if (o.tamper) body = o.tamper(body);
  return { body, headers: { 'Content-Type': 'application/json', ...signature } as Record<string, string> };
}

/** A forger's key pair, for bad-signature cases. */
export const otherSigningKey = async () =>
  ((await crypto.subtle.generateKey(RSA, false, ['sign', 'verify'])) as CryptoKeyPair).privateKey;

export type MerchantAuthorization = {
  valid: boolean;
  mchid?: string;
  serialNo?: string;
  timestamp?: string;
  nonce?: string;
};

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
    'RSASSA-PKCS1-v1_5',
    fx.merchant.publicKey,
    fromBase64(signature),
    enc(`${method}\n${urlPathWithQuery}\n${timestamp}\n${nonce}\n${body}\n`),
  );
  return { valid: valid && mchid === fx.mchId && serialNo === fx.merchant.serial, mchid, serialNo, timestamp, nonce };
}
