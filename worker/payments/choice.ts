// Which provider takes a campaign's money: the campaign's own choice, else its organisation's.
// A lunch sponsorship goes to its school's campaign, so it follows that campaign too.
import type { PaymentSettingsRow } from '../db/payment-settings';
import type { Bindings } from '../env';
import { ProblemError } from '../lib/problem';
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

/** From a campaign or school row read with PAYMENT_SETTINGS_COLUMNS (worker/db/payment-settings.ts). */
export const paymentSettingsOf = (r: PaymentSettingsRow): PaymentSettings => ({
  provider: r.effective_provider,
  instructions: r.payment_instructions,
  account: r.payment_account,
  qrUrl: r.payment_qr_url,
});

/** The configured client for an online provider; 503 when its secrets are not set on this deployment. */
export function onlineProvider(env: Bindings, name: OnlineProviderName): OnlinePaymentProvider {
  const provider = name === 'wechatpay' ? wechatPayConfigured(env) : stripeConfigured(env);
  if (!provider)
    throw new ProblemError(503, 'payment_unavailable', `Online payment (${name}) is not configured on this service`);
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
