// WeChat Pay API v3 request signing: the merchant signs "METHOD\nURL_PATH\nTIMESTAMP\nNONCE\nBODY\n"
// with its RSA key (RSASSA-PKCS1-v1_5, SHA-256) and sends it in the Authorization header.
import { randomCode } from '../lib/ids';
import type { WechatPayConfig } from './config';
import { bytesToBase64, pemToDer, utf8 } from './encoding';

const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

// Importing a key costs more than a request; keep it per isolate, keyed by the PEM itself.
const privateKeys = new Map<string, Promise<CryptoKey>>();
const merchantKey = (pem: string) => {
  let key = privateKeys.get(pem);
  if (!key) privateKeys.set(pem, (key = crypto.subtle.importKey('pkcs8', pemToDer(pem), RSA_SHA256, false, ['sign'])));
  return key;
};

export const signatureMessage = (...parts: string[]) => parts.map((p) => `${p}\n`).join('');

export async function authorizationHeader(
  cfg: WechatPayConfig,
  method: string,
  urlPath: string,
  body: string,
  now = new Date(),
): Promise<string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const nonce = randomCode(32).toUpperCase();
  const signed = await crypto.subtle.sign(
    RSA_SHA256,
    await merchantKey(cfg.mchPrivateKeyPem),
    utf8(signatureMessage(method, urlPath, timestamp, nonce, body)),
  );
  const signature = bytesToBase64(new Uint8Array(signed));
  return `WECHATPAY2-SHA256-RSA2048 mchid="${cfg.mchId}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${cfg.mchSerial}"`;
}
