// Which provider takes a campaign's money: the campaign's own choice, else its organisation's.
// A lunch sponsorship goes to its school's campaign, so it follows that campaign too.
import type { Bindings } from '../env';
import { notFound, ProblemError } from '../lib/problem';
import { stripeConfig, wechatPayConfig } from './config';
import type { OnlinePaymentProvider, OnlineProviderName, PaymentProviderName } from './provider';
import { stripeProvider } from './stripe-checkout';
import { wechatPayProvider } from './wechatpay-order';

export type PaymentSettings = {
  provider: PaymentProviderName;
  /** Offline details: the campaign's instructions, the organisation's account text and QR image. */
  instructions: string | null;
  account: string | null;
  qrUrl: string | null;
};

export async function paymentSettings(db: D1Database, campaignId: string): Promise<PaymentSettings> {
  const row = await db
    .prepare(`SELECT COALESCE(c.payment_provider, o.payment_provider) AS provider, c.payment_instructions AS instructions,
                     o.payment_account AS account, o.payment_qr_url AS qr_url
              FROM campaigns c JOIN projects p ON p.id = c.project_id JOIN organisations o ON o.id = p.org_id WHERE c.id = ?`)
    .bind(campaignId)
    .first<{ provider: PaymentProviderName; instructions: string | null; account: string | null; qr_url: string | null }>();
  if (!row) throw notFound('Campaign', campaignId);
  return { provider: row.provider, instructions: row.instructions, account: row.account, qrUrl: row.qr_url };
}

/** The configured client for an online provider; 503 when its secrets are not set on this deployment. */
export function onlineProvider(env: Bindings, name: OnlineProviderName): OnlinePaymentProvider {
  const provider = name === 'wechatpay' ? wechatPayConfigured(env) : stripeConfigured(env);
  if (!provider) throw new ProblemError(503, 'payment_unavailable', `Online payment (${name}) is not configured on this service`);
  return provider;
}

const wechatPayConfigured = (env: Bindings) => {
  const cfg = wechatPayConfig(env);
  return cfg && wechatPayProvider(cfg);
};
const stripeConfigured = (env: Bindings) => {
  const cfg = stripeConfig(env);
  return cfg && stripeProvider(cfg);
};
