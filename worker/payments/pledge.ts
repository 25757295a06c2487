// Opening a pledge: decide how it is paid and write the pending donation row. For an online
// provider the order is opened FIRST and the donation written after, in the route's idempotent
// batch; the ids come from the Idempotency-Key (order-ids.ts), so a retry or a racing duplicate
// asks the provider for the same order, and a provider failure leaves nothing behind (502).
import type { Context } from 'hono';
import type { Env } from '../env';
import { newId, paymentReference } from '../lib/ids';
import { ProblemError } from '../lib/problem';
import { nowIso } from '../lib/time';
import { onlineProvider, type PaymentSettings } from './choice';
import { expiryMinutes } from './config';
import { offlineDetailsOf, offlinePayment } from './offline';
import { orderIds } from './order-ids';
import { type OnlineProviderName, type OrderRequest, PaymentProviderError } from './provider';
import { publicOrigin } from '../lib/public-origin';
import { chinaDate } from '../../common/china-time';
import { firstOfNextMonth } from './monthly';

export type PledgeInput = {
  campaignId: string;
  amount: number;
  currency: string;
  description: string;
  name?: string;
  anonymous?: boolean;
  message?: string;
  contact?: string;
  returnUrl?: string;
  /** A monthly pledge: its plan is written with the first gift (payments/monthly.ts). */
  monthly?: boolean;
};

export type PaymentJson =
  | ReturnType<typeof offlinePayment>
  | { method: 'wechatpay'; reference: string; codeUrl: string; expiresAt: string }
  | { method: 'stripe'; reference: string; checkoutUrl: string; expiresAt: string };

/** A returnUrl must lead back to the page that asked (the accepted Origin). */
function checkedReturnUrl(c: Context<Env>, returnUrl: string | undefined): string {
  const origin = c.get('allowedOrigin');
  if (returnUrl === undefined) return `${origin}/`;
  if (new URL(returnUrl).origin !== origin) {
    throw new ProblemError(400, 'validation_failed', 'returnUrl must be on the page origin that sent the request', [
      { path: 'returnUrl', message: `Use a URL on ${origin}` },
    ]);
  }
  return returnUrl;
}

type OnlineOrder = { provider: OnlineProviderName; url: string; orderId: string | null; expiresAt: string };

/** Asks the provider for the order; its refusal becomes a 502 before anything is written. */
async function openOnlineOrder(
  c: Context<Env>,
  name: OnlineProviderName,
  order: Omit<OrderRequest, 'expiresAt' | 'notifyUrl'>,
): Promise<OnlineOrder> {
  const provider = onlineProvider(c.env, name);
  try {
    const opened = await provider.openOrder({
      ...order,
      expiresAt: new Date(Date.now() + expiryMinutes(c.env) * 60_000),
      notifyUrl: `${publicOrigin(c.env, c.req.url)}/api/v1/payments/wechatpay/notify`,
    });
    return {
      provider: name,
      url: opened.paymentUrl,
      orderId: opened.providerOrderId,
      expiresAt: opened.expiresAt.toISOString(),
    };
  } catch (e) {
    if (!(e instanceof PaymentProviderError)) throw e;
    console.error('payment provider refused an order', e.message);
    throw new ProblemError(
      502,
      'payment_provider_error',
      'The payment provider did not accept the order; please try again',
    );
  }
}

const onlinePayment = (o: OnlineOrder, reference: string): PaymentJson =>
  o.provider === 'wechatpay'
    ? { method: 'wechatpay', reference, codeUrl: o.url, expiresAt: o.expiresAt }
    : { method: 'stripe', reference, checkoutUrl: o.url, expiresAt: o.expiresAt };

/** A plan's id follows from its first gift's, so a retried pledge writes (and answers) the same plan. */
export const planIdOf = (donationId: string) => `mp_${donationId.slice(3)}`;

/**
 * The writes of a pledge, for the route's idempotent batch (a monthly plan's row first, then the
 * pending donation), and the `payment` to answer. A monthly pledge on a Stripe campaign opens a
 * subscription; elsewhere its later months are offline pledges in the staff queue.
 */
export async function openPledge(
  c: Context<Env>,
  input: PledgeInput,
  settings: PaymentSettings,
): Promise<{ id: string; planId: string | null; payment: PaymentJson; writes: D1PreparedStatement[] }> {
  const returnUrl = checkedReturnUrl(c, input.returnUrl);
  let id: string;
  let reference: string;
  let online: OnlineOrder | null = null;
  if (settings.provider === 'offline') {
    id = newId('dn');
    reference = paymentReference();
  } else {
    ({ id, reference } = await orderIds(c));
    online = await openOnlineOrder(c, settings.provider, {
      donationId: id,
      reference,
      amount: input.amount,
      currency: input.currency,
      description: input.description,
      returnUrl,
      ...(input.monthly && settings.provider === 'stripe' ? { monthlyPlanId: planIdOf(id) } : {}),
    });
  }
  const planId = input.monthly ? planIdOf(id) : null;
  const stripePlan = online?.provider === 'stripe';
  const now = nowIso();
  const today = chinaDate(now);
  const writes: D1PreparedStatement[] = [];
  if (planId) {
    // Pending until its first gift is confirmed (the first invoice paid, or staff seeing the
    // transfer; a trigger starts it then): an unpaid promise is neither a monthly donor nor renewed.
    // Offline: next month's gift is due on its 1st.
    writes.push(
      c.env.DB.prepare(
        `INSERT INTO monthly_plans (id, campaign_id, amount, currency, name, anonymous, message, contact, provider, status, next_due_on, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
      ).bind(
        planId,
        input.campaignId,
        input.amount,
        input.currency,
        input.name || null,
        input.anonymous ? 1 : 0,
        input.message || null,
        input.contact || null,
        stripePlan ? 'stripe' : null,
        stripePlan ? null : firstOfNextMonth(today),
        now,
      ),
    );
  }
  writes.push(
    c.env.DB.prepare(
      `INSERT INTO donations (id, campaign_id, amount, currency, name, anonymous, message, contact, channel, reference, status, created_at,
                              provider, payment_url, provider_order_id, expires_at, plan_id, plan_month, offline_payment)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).bind(
      id,
      input.campaignId,
      input.amount,
      input.currency,
      input.name || null,
      input.anonymous ? 1 : 0,
      input.message || null,
      input.contact || null,
      online ? 'online' : 'offline',
      reference,
      now,
      online?.provider ?? null,
      online?.url ?? null,
      online?.orderId ?? null,
      online?.expiresAt ?? null,
      planId,
      planId && !stripePlan ? today.slice(0, 7) : null,
      // What the donor is told now is what the status poll shows later (payments/status.ts).
      online ? null : JSON.stringify(offlineDetailsOf(settings)),
    ),
  );
  return {
    id,
    planId,
    payment: online ? onlinePayment(online, reference) : offlinePayment(settings, reference),
    writes,
  };
}
