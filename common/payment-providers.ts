// Who takes a gift's money: `offline` (staff confirm a transfer), `wechatpay` (Native QR) or
// `stripe` (Checkout). The worker's schemas and providers and the console's settings read this list.
export const PAYMENT_PROVIDERS = ['offline', 'wechatpay', 'stripe'] as const;
export type PaymentProviderName = (typeof PAYMENT_PROVIDERS)[number];
