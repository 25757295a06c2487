import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Campaign, DonationResult } from '../lib/api.js';
import { donorDetails, IdempotentPost } from '../forms/idempotent-post.js';
import { donorFields, giveButton } from '../forms/donor-fields.js';
import { fieldStyles } from '../forms/field.styles.js';
import { PaymentPanel } from '../forms/payment-panel.js';
import { paymentStyles } from '../forms/payment-panel.styles.js';
import { returnUrl } from '../forms/payment-return.js';
import { baseStyles } from '../lib/base.styles.js';
import { money } from '../lib/format.js';
import { yuanToFen } from '../forms/yuan.js';
import type { Locale } from '../lib/i18n.js';
import type { ProgressMessages } from './gongyi-progress.i18n.js';
import { pledgeStyles } from './gongyi-pledge.styles.js';

/**
 * <gongyi-pledge>: the give / pledge form of <gongyi-progress>, which renders it (and imports this
 * module) only once a donor opens the form, so the card itself stays small. Not for pages to use.
 *
 * Sends POST /campaigns/{id}/donations with an integer amount in fen and an Idempotency-Key; a
 * retry of the same submission reuses the key, so the server replays instead of counting twice.
 * How to pay then follows the provider (../forms/payment-panel.ts); a donor sent back from a
 * payment page (?gongyi_donation=…) sees that donation's status here.
 * Events: `gongyi-pledge` (accepted; detail {campaign, id, amount, currency, reference}),
 * `gongyi-pledge-error` (refused; detail {status, code, message}) and `gongyi-payment-confirmed`.
 */
export class GongyiPledge extends LitElement {
  static override styles = [baseStyles, fieldStyles, pledgeStyles, paymentStyles];
  static override properties: PropertyDeclarations = {
    api: {},
    campaign: {},
    elder: { type: Boolean, reflect: true },
    theme: { reflect: true },
    data: { attribute: false },
    t: { attribute: false },
    locale: { attribute: false },
    _amount: { state: true },
    _custom: { state: true },
    _amountError: { state: true },
    _result: { state: true },
  };
  declare api: string | undefined;
  declare campaign: string;
  declare elder: boolean;
  declare theme: string | undefined;
  declare data: Campaign;
  declare t: ProgressMessages;
  declare locale: Locale;
  declare private _amount: number | null;
  declare private _custom: string;
  declare private _amountError: string;
  declare private _result: DonationResult | undefined;
  private readonly post = new IdempotentPost(this);
  private readonly payment = new PaymentPanel(this, {
    campaign: () => this.campaign,
    resumed: (d) => (this._result = d),
    restart: () => this.again(),
  });

  constructor() {
    super();
    this.elder = false;
    this._amount = null;
    this._custom = '';
    this._amountError = '';
  }


  private m(n: number, currency = this.data.currency): string {
    return money(n, currency, this.locale);
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.t || !this.data) return nothing;
    const t = this.t;
    const r = this._result;
    const e = this.post.error;
    return html`${r ? nothing : this.renderForm()}
      <div class=${r ? 'result shown' : 'result'} role="status" part="result">
        ${r
          ? html`<h4 tabindex="-1" id="thanks">${t.thanks}</h4>
              <p>${this.m(r.amount, r.currency)} · ${t.reference}: <span class="ref">${r.payment.reference ?? r.id}</span></p>
              ${this.payment.render(t)}
              <button class="btn ghost" type="button" @click=${this.again}>${t.again}</button>`
          : nothing}
      </div>
      <div class="err" role="alert" part="pledge-error">
        ${e
          ? html`<p>${t.common.errors[e.code] ?? ((e.status >= 500 && t.common.errors.server_error) || e.message)}</p>
              ${e.errors.length ? html`<ul>${e.errors.map((x) => html`<li>${x.path}: ${x.message}</li>`)}</ul>` : nothing}`
          : nothing}
      </div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const amount = this._amount;
    return html`<form part="form" novalidate @submit=${this.submit}>
      ${this.data.tiers.length
        ? html`<fieldset>
            <legend>${t.chooseAmount}</legend>
            ${this.data.tiers.map(
              (tier) => html`<button
                class="tier"
                type="button"
                part="tier"
                aria-pressed=${String(amount === tier.amount && !this._custom)}
                @click=${() => this.pick(tier.amount)}
              >
                <strong>${this.m(tier.amount)}</strong>${tier.label ? html`<small>${tier.label}</small>` : nothing}
              </button>`,
            )}
          </fieldset>`
        : nothing}
      <label>
        ${t.custom}
        <input
          name="amount"
          inputmode="decimal"
          autocomplete="off"
          part="input"
          .value=${this._custom}
          aria-invalid=${this._amountError ? 'true' : 'false'}
          aria-describedby="amount-error"
          @input=${this.typed}
        />
      </label>
      <p class="err" id="amount-error">${this._amountError}</p>
      ${donorFields(t)}
      ${giveButton(t, this.post.sending, amount ? this.m(amount) : null)}
    </form>`;
  }

  private pick(fen: number): void {
    this._amount = fen;
    this._custom = '';
    this._amountError = '';
  }

  private typed(e: Event): void {
    const v = (e.target as HTMLInputElement).value;
    this._custom = v;
    this._amount = v.trim() ? yuanToFen(v) : null;
    if (this._amount) this._amountError = '';
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.post.sending) return;
    const t = this.t;
    const amount = this._amount;
    if (!amount) {
      this._amountError = this._custom.trim() ? t.amountInvalid : t.amountRequired;
      this.renderRoot.querySelector<HTMLInputElement>('input[name=amount]')?.focus();
      return;
    }
    const r = await this.post.send<DonationResult>(this.api, `/campaigns/${encodeURIComponent(this.campaign)}/donations`, {
      amount,
      ...donorDetails(e.target as HTMLFormElement),
      returnUrl: returnUrl(),
    });
    if (!r) {
      const { status, code, message } = this.post.error!;
      this.emit('gongyi-pledge-error', { status, code, message });
      return;
    }
    this._result = r;
    this.emit('gongyi-pledge', { campaign: this.campaign, id: r.id, amount: r.amount, currency: r.currency, reference: r.payment.reference });
    this.payment.show(r); // after the event: the host page hears of the pledge before a redirect to the payment page
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#thanks')?.focus();
  }

  private again(): void {
    this.payment.clear();
    this._result = undefined;
    this.post.reset();
    this._amount = null;
    this._custom = '';
  }

  private emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('gongyi-pledge')) customElements.define('gongyi-pledge', GongyiPledge);

declare global {
  interface HTMLElementTagNameMap {
    'gongyi-pledge': GongyiPledge;
  }
}
