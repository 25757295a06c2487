import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { GongyiPaymentConfirmedDetail } from '../events.js';
import type { ApiError, DonationResult, DonationState } from '../lib/api.js';
import { money } from '../../../common/format.js';
import type { Locale } from '../../../common/locale.js';
import type { GivingFormMessages } from './giving-form.i18n.js';
import { paymentCatalogs, type PaymentMessages } from './payment.i18n.js';
import { PaymentPoller } from './payment-poller.js';
import type { QrShape } from './payment-qr.js';
import { RETURN_ID, returningDonation, type ReturnedDonation, type ReturnOutcome } from './payment-return.js';

/** The form that shows the panel: it knows its API origin and locale. */
export interface PaymentHost extends ReactiveControllerHost, HTMLElement {
  api: string | undefined;
  locale: Locale;
}

/** What the panel needs from its form beyond the host itself. */
export interface PaymentPanelOptions {
  /** The campaign the form gives to (a sponsorship: its school's campaign). */
  campaign: () => string | undefined;
  /** The page was opened back from a payment page for a donation of this campaign: show it as the form's result. */
  resumed: (d: ReturnedDonation) => void;
  /** The donor chose "start again" after an expired or cancelled payment. */
  restart: () => void;
}

/** 'still' = pending after the donor asked again: the text says so instead of repeating itself. */
type PanelState = DonationState | 'still';

const QUIET = 4; // modules of white border a QR reader needs

/**
 * Leaving for the payment page. A seam, because a page cannot stub `location.assign` itself: the
 * widget tests replace it to see where the donor would be sent.
 */
export const navigation = { assign: (url: string): void => location.assign(url) };

/**
 * What a giving form (pledge, lunch sponsorship) shows once its pledge is accepted, following the
 * payment provider: `offline` → instructions, reference and the organisation's QR image (staff
 * confirm later); `wechatpay` → a QR code of the order drawn here, then polling until it is paid
 * or expires; `stripe` → off to the checkout page, and back on this page (?gongyi_donation=…)
 * polling again. A first "confirmed" fires `gongyi-payment-confirmed` (detail {id, amount,
 * currency, reference}) so the card around the form refreshes its figures.
 */
export class PaymentPanel implements ReactiveController {
  private donation: DonationResult | undefined;
  private outcome: ReturnOutcome | undefined;
  private state: PanelState = 'pending';
  private qr: QrShape | undefined;
  private poller: PaymentPoller | undefined;
  private checking = false;
  private error: ApiError | undefined;
  private m: PaymentMessages | undefined;
  private mLocale: Locale | undefined;

  constructor(
    private readonly host: PaymentHost,
    private readonly o: PaymentPanelOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.waiting) this.poller?.start();
    if (this.donation || !location.search.includes(RETURN_ID)) return;
    void returningDonation(this.host.api).then((d) => {
      if (!d || d.campaignId !== this.o.campaign() || this.donation) return;
      this.o.resumed(d);
      this.show(d, d.outcome);
    });
  }

  hostDisconnected(): void {
    this.poller?.stop(); // nobody is looking any more
  }

  hostUpdate(): void {
    const l = this.host.locale;
    // Loaded with the form, before any answer, so the panel can show at once.
    if (!l || l === this.mLocale) return;
    this.mLocale = l;
    void paymentCatalogs[l]().then((c) => {
      if (this.mLocale !== l) return;
      this.m = c.default;
      this.host.requestUpdate();
    });
  }

  private get waiting(): boolean {
    return this.state === 'pending' || this.state === 'still';
  }

  /** Starts showing how to pay `d` (a fresh answer, or a donation the donor came back for). */
  show(d: DonationResult, outcome?: ReturnOutcome): void {
    this.clear();
    this.donation = d;
    this.outcome = outcome;
    this.state = (d.status as DonationState) ?? 'pending';
    if (outcome === 'cancelled' && this.state === 'pending') this.state = 'cancelled';
    const p = d.payment;
    if (p.method !== 'offline' && this.waiting) {
      if (p.method === 'wechatpay') {
        void import('./payment-qr.js')
          .then((q) => q.qrShape(p.codeUrl))
          .then((qr) => {
            if (this.donation !== d) return;
            this.qr = qr;
            this.host.requestUpdate();
          });
      }
      const expires = Date.parse(p.expiresAt);
      this.poller = new PaymentPoller(
        this.host.api,
        d.id,
        Number.isNaN(expires) ? Infinity : expires,
        this.onStatus,
        this.onError,
      );
      if (this.host.isConnected) this.poller.start();
      if (p.method === 'stripe' && !outcome) navigation.assign(p.checkoutUrl);
    }
    if (this.state === 'confirmed') this.confirmed();
    this.host.requestUpdate();
  }

  /** Back to the empty form: no more polling. */
  clear(): void {
    this.poller?.stop();
    this.poller = this.donation = this.outcome = this.qr = this.error = undefined;
    this.checking = false;
  }

  private readonly onStatus = (s: DonationState): void => {
    const was = this.state;
    this.error = undefined;
    this.state = s === 'pending' && was === 'still' ? 'still' : s;
    if (s === 'confirmed' && was !== 'confirmed') this.confirmed();
    this.host.requestUpdate();
  };

  private readonly onError = (e: ApiError): void => {
    this.error = e;
    this.host.requestUpdate();
  };

  private confirmed(): void {
    const d = this.donation!;
    this.host.dispatchEvent(
      new CustomEvent('gongyi-payment-confirmed', {
        detail: {
          id: d.id,
          amount: d.amount,
          currency: d.currency,
          reference: d.payment.reference,
        } satisfies GongyiPaymentConfirmedDetail,
        bubbles: true,
        composed: true,
      }),
    );
  }

  private readonly checkAgain = async (): Promise<void> => {
    if (!this.poller || this.checking) return;
    this.checking = true;
    this.host.requestUpdate();
    await this.poller.check();
    this.checking = false;
    if (this.state === 'pending') this.state = 'still';
    this.host.requestUpdate();
  };

  private readonly restart = (): void => {
    this.clear();
    this.o.restart();
  };

  /** The panel; an offline payment is told in the form's own words (`f`), as before online payment existed. */
  render(f: Pick<GivingFormMessages, 'instructions' | 'pendingNote'>): TemplateResult | typeof nothing {
    const d = this.donation;
    const m = this.m;
    if (!d) return nothing;
    const p = d.payment;
    if (p.method === 'offline') {
      return html`${
        p.instructions
          ? html`<p><strong>${f.instructions}</strong></p>
              <p class="instructions">${p.instructions}</p>`
          : nothing
      }
        ${p.qrImageUrl ? html`<img class="pay-qr-image" part="payment-qr" src=${p.qrImageUrl} alt=${m?.qrImageAlt ?? f.instructions} />` : nothing}
        <p class="muted">${f.pendingNote}</p>`;
    }
    if (!m) return nothing;
    const amount = money(d.amount, d.currency, this.host.locale);
    const waiting = this.waiting;
    const e = this.error;
    return html`<div class="pay" part="payment">
      ${waiting && p.method === 'wechatpay' ? this.renderQr(m, amount, p.expiresAt) : nothing}
      ${
        waiting && p.method === 'stripe' && !this.outcome
          ? html`<p>${m.redirecting}</p>
            <p><a class="btn" part="pay-link" href=${p.checkoutUrl}>${m.continueToPay}</a></p>`
          : nothing
      }
      <p class=${'pay-state ' + this.state} part="payment-state" aria-live="polite">${this.stateText(m, amount)}</p>
      ${e && waiting ? html`<p class="err">${m.common.errors[e.code] ?? e.message}</p>` : nothing}
      ${
        waiting
          ? html`<button class="btn ghost" type="button" part="check-again" ?disabled=${this.checking} aria-busy=${String(this.checking)} @click=${this.checkAgain}>
            ${this.checking ? m.checking : m.checkAgain}
          </button>`
          : nothing
      }
      ${
        this.state === 'expired' || this.state === 'cancelled'
          ? html`<button class="btn" type="button" part="start-again" @click=${this.restart}>${m.startAgain}</button>`
          : nothing
      }
    </div>`;
  }

  private stateText(m: PaymentMessages, amount: string): string {
    switch (this.state) {
      case 'confirmed':
        return m.confirmed(amount);
      case 'expired':
        return m.expired;
      case 'cancelled':
        return m.cancelled;
      case 'refunded':
        return m.refunded;
      case 'still':
        return m.stillWaiting;
      default:
        return m.waiting;
    }
  }

  /** The order's code_url as a QR code: SVG attributes only (no style attribute), named for screen readers. */
  private renderQr(m: PaymentMessages, amount: string, expiresAt: string): TemplateResult {
    const q = this.qr;
    const side = q ? q.size + 2 * QUIET : 0;
    const until = new Date(expiresAt);
    return html`<figure class="pay-qr">
      ${
        q
          ? html`<svg part="qr" role="img" aria-label=${m.scanToPay(amount)} viewBox="${-QUIET} ${-QUIET} ${side} ${side}" shape-rendering="crispEdges" data-modules=${q.size}>
            <rect class="qr-off" x=${-QUIET} y=${-QUIET} width=${side} height=${side}></rect>
            <path class="qr-on" d=${q.path}></path>
          </svg>`
          : html`<div class="qr-wait" part="qr"></div>`
      }
      <figcaption>
        <strong>${m.scanToPay(amount)}</strong>
        <span>${m.scanHint}</span>
        ${
          Number.isNaN(until.getTime())
            ? nothing
            : html`<span>${m.validUntil(until.toLocaleTimeString(this.host.locale, { hour: '2-digit', minute: '2-digit' }))}</span>`
        }
      </figcaption>
    </figure>`;
  }
}
