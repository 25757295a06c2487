// The provider interface: what the pledge and sponsorship routes need from a payment provider.
// `offline` needs no provider call (staff confirm); `wechatpay` and `stripe` open an order whose
// payment is later confirmed only by a verified callback (see settle.ts).
import type { PaymentProviderName } from '../../common/payment-providers';
export { PAYMENT_PROVIDERS, type PaymentProviderName } from '../../common/payment-providers';
export type OnlineProviderName = Exclude<PaymentProviderName, 'offline'>;

/** One online order to open: the donation it pays for and where the donor comes back to. */
export type OrderRequest = {
  donationId: string;
  reference: string;
  amount: number;
  currency: string;
  description: string;
  expiresAt: Date;
  /** Absolute URL of the callback endpoint (WeChat notify_url). */
  notifyUrl: string;
  /** Host page to return to after a redirect checkout (Stripe). */
  returnUrl: string;
  /** A monthly plan's first gift: Stripe opens a subscription (the others ignore it: their months are offline). */
  monthlyPlanId?: string;
};

/** What the provider answered: the URL the donor pays at and the provider's own order id. */
export type OpenedOrder = { paymentUrl: string; providerOrderId: string | null; expiresAt: Date };

export interface OnlinePaymentProvider {
  readonly name: OnlineProviderName;
  openOrder(order: OrderRequest): Promise<OpenedOrder>;
}

/** The provider refused or could not be reached; nothing was written, the donor may retry. */
export class PaymentProviderError extends Error {
  constructor(
    readonly provider: OnlineProviderName,
    message: string,
    readonly status?: number,
  ) {
    super(`${provider}: ${message}`);
  }
}
