// The columns that say how a campaign is paid (its provider, else its organisation's, and the
// offline details). Selected with the campaign (alias c) and organisation (alias o) rows a pledge
// already reads; worker/payments/choice.ts turns them into PaymentSettings.
// (payment_instructions is the campaign's own column.)
export const PAYMENT_SETTINGS_COLUMNS = `COALESCE(c.payment_provider, o.payment_provider) AS effective_provider,
  o.payment_account, o.payment_qr_url`;

export type PaymentSettingsRow = {
  effective_provider: 'offline' | 'wechatpay' | 'stripe';
  payment_instructions: string | null;
  payment_account: string | null;
  payment_qr_url: string | null;
};
