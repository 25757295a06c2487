// Provider credentials and endpoints, read from wrangler secrets and vars only (never the
// database or the repository). A provider whose secrets are missing is simply not available.
import type { Bindings } from '../env';

export type WechatPayConfig = {
  apiBase: string;
  mchId: string;
  appId: string;
  mchSerial: string;
  mchPrivateKeyPem: string;
  apiV3Key: string;
  /** Platform certificates and/or WeChat Pay public keys with their ids: see wechatpay-verify.ts. */
  platformCertPem?: string;
  publicKeyPem?: string;
  publicKeyIds?: string;
};

export type StripeConfig = { apiBase: string; secretKey: string; webhookSecret: string };

const trimSlash = (s: string) => s.replace(/\/+$/, '');

export function wechatPayConfig(env: Bindings): WechatPayConfig | null {
  const { WECHATPAY_MCH_ID, WECHATPAY_APP_ID, WECHATPAY_MCH_SERIAL, WECHATPAY_MCH_PRIVATE_KEY, WECHATPAY_API_V3_KEY } =
    env;
  const canVerify = !!env.WECHATPAY_PLATFORM_CERT || (!!env.WECHATPAY_PUBLIC_KEY && !!env.WECHATPAY_PUBLIC_KEY_ID);
  if (
    !WECHATPAY_MCH_ID ||
    !WECHATPAY_APP_ID ||
    !WECHATPAY_MCH_SERIAL ||
    !WECHATPAY_MCH_PRIVATE_KEY ||
    !WECHATPAY_API_V3_KEY ||
    !canVerify
  ) {
    return null;
  }
  return {
    apiBase: trimSlash(env.WECHATPAY_API_BASE || 'https://api.mch.weixin.qq.com'),
    mchId: WECHATPAY_MCH_ID,
    appId: WECHATPAY_APP_ID,
    mchSerial: WECHATPAY_MCH_SERIAL,
    mchPrivateKeyPem: WECHATPAY_MCH_PRIVATE_KEY,
    apiV3Key: WECHATPAY_API_V3_KEY,
    platformCertPem: env.WECHATPAY_PLATFORM_CERT,
    publicKeyPem: env.WECHATPAY_PUBLIC_KEY,
    publicKeyIds: env.WECHATPAY_PUBLIC_KEY_ID,
  };
}

export function stripeConfig(env: Bindings): StripeConfig | null {
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return null;
  return {
    apiBase: trimSlash(env.STRIPE_API_BASE || 'https://api.stripe.com'),
    secretKey: env.STRIPE_SECRET_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
  };
}

/** How long an online pledge waits for its payment (PAYMENT_EXPIRY_MINUTES, default 30). */
export function expiryMinutes(env: Bindings): number {
  const n = Number(env.PAYMENT_EXPIRY_MINUTES);
  return Number.isInteger(n) && n >= 1 && n <= 24 * 60 ? n : 30;
}
