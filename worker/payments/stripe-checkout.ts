// Stripe Checkout Session (form-encoded POST /v1/checkout/sessions): the donor is redirected to
// Stripe and back to the host page; a monthly plan's session is a subscription. The Idempotency-Key is the donation id, so a retried pledge
// gets the same session back instead of a second one.
import type { StripeConfig } from './config';
import { type OnlinePaymentProvider, type OrderRequest, PaymentProviderError } from './provider';

/** Stripe wants expires_at at least 30 minutes ahead; keep a minute of margin for clock skew. */
export const STRIPE_MIN_EXPIRY_MS = 31 * 60_000;

/** The host page with `gongyi_donation=<id>&gongyi_payment=<outcome>` added to its query. */
export function returnTo(returnUrl: string, donationId: string, outcome: 'success' | 'cancelled'): string {
  const u = new URL(returnUrl);
  u.searchParams.set('gongyi_donation', donationId);
  u.searchParams.set('gongyi_payment', outcome);
  return u.toString();
}

export function stripeProvider(cfg: StripeConfig): OnlinePaymentProvider {
  return {
    name: 'stripe',
    async openOrder(order: OrderRequest) {
      // Whole seconds: the expiry we report is exactly the one Stripe enforces.
      const expiresAt = new Date(
        Math.ceil(Math.max(order.expiresAt.getTime(), Date.now() + STRIPE_MIN_EXPIRY_MS) / 1000) * 1000,
      );
      const form = new URLSearchParams({
        mode: order.monthlyPlanId ? 'subscription' : 'payment',
        'line_items[0][price_data][currency]': order.currency.toLowerCase(),
        'line_items[0][price_data][unit_amount]': String(order.amount),
        'line_items[0][price_data][product_data][name]': order.description,
        'line_items[0][quantity]': '1',
        success_url: returnTo(order.returnUrl, order.donationId, 'success'),
        cancel_url: returnTo(order.returnUrl, order.donationId, 'cancelled'),
        client_reference_id: order.donationId,
        'metadata[donation_id]': order.donationId,
        'metadata[reference]': order.reference,
        expires_at: String(Math.floor(expiresAt.getTime() / 1000)),
      });
      if (order.monthlyPlanId) {
        // Monthly: Stripe bills each month; its invoices name the plan and the pledge's first gift.
        form.set('line_items[0][price_data][recurring][interval]', 'month');
        form.set('metadata[plan_id]', order.monthlyPlanId); // checkout.session.completed names the plan
        form.set('subscription_data[metadata][plan_id]', order.monthlyPlanId);
        form.set('subscription_data[metadata][donation_id]', order.donationId);
      }
      let res: Response;
      try {
        res = await fetch(`${cfg.apiBase}/v1/checkout/sessions`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${cfg.secretKey}`,
            'Content-Type': 'application/x-www-form-urlencoded',
            'Idempotency-Key': order.donationId,
          },
          body: form.toString(),
        });
      } catch (e) {
        throw new PaymentProviderError('stripe', `unreachable: ${e instanceof Error ? e.message : String(e)}`);
      }
      const answer = (await res.json().catch(() => null)) as {
        id?: unknown;
        url?: unknown;
        error?: { message?: string };
      } | null;
      if (!res.ok || typeof answer?.id !== 'string' || typeof answer.url !== 'string') {
        throw new PaymentProviderError(
          'stripe',
          `session refused (${res.status} ${answer?.error?.message ?? ''})`,
          res.status,
        );
      }
      return { paymentUrl: answer.url, providerOrderId: answer.id, expiresAt };
    },
  };
}

/** Ends a subscription now (the donor or staff stopped the monthly gift); an already ended one is fine. */
export async function cancelStripeSubscription(
  cfg: { apiBase: string; secretKey: string },
  subscriptionId: string,
): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`${cfg.apiBase}/v1/subscriptions/${encodeURIComponent(subscriptionId)}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${cfg.secretKey}` },
    });
  } catch (e) {
    throw new PaymentProviderError('stripe', `unreachable: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!res.ok && res.status !== 404)
    throw new PaymentProviderError('stripe', `cancel refused (${res.status})`, res.status);
  await res.body?.cancel();
}
