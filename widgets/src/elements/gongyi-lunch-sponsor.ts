import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { donorDetails, IdempotentPost } from '../forms/idempotent-post.js';
import { donorFields, giveButton } from '../forms/donor-fields.js';
import { fieldStyles } from '../forms/field.styles.js';
import { PaymentPanel } from '../forms/payment-panel.js';
import { paymentStyles } from '../forms/payment-panel.styles.js';
import { returnUrl, type ReturnedDonation } from '../forms/payment-return.js';
import { baseStyles } from '../lib/base.styles.js';
import { integer, money } from '../lib/format.js';
import type { Locale } from '../lib/i18n.js';
import type { LunchMessages } from './gongyi-lunch.i18n.js';
import { formCatalogs, type LunchFormMessages } from './gongyi-lunch-sponsor.i18n.js';
import type { LunchSchool, SponsorshipResult } from './gongyi-lunch.types.js';
import { lunchSponsorStyles } from './gongyi-lunch-sponsor.styles.js';
import { pledgeStyles } from './gongyi-pledge.styles.js';

type Mode = 'meals' | 'days';

const QUICK: Record<Mode, number[]> = { meals: [5, 22, 50, 100], days: [1, 5, 10, 20] };
const MAX: Record<Mode, number> = { meals: 1_000_000, days: 10_000 };

/** "12", "１２" → 12; anything but a positive whole number → null. */
function parseCount(input: string, max: number): number | null {
  const s = input.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!/^\d{1,7}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= max ? n : null;
}

/**
 * <gongyi-lunch-sponsor>: the sponsor form of <gongyi-lunch>, which renders it (and imports this
 * module) only when a reader opens it. Not for pages to use.
 *
 * N meals (amount = N × meal price) or N school days for the whole school (N × children × meal
 * price), the amount computed live. Sends POST /lunch/{id}/sponsorships with an Idempotency-Key; a
 * retry of the same submission reuses the key, so the server replays instead of counting twice.
 * How to pay then follows the provider (../forms/payment-panel.ts); a donor sent back from a
 * payment page (?gongyi_donation=…) sees that sponsorship's status here.
 * Events: `gongyi-sponsor` (accepted; detail {school, id, meals, days, amount, currency, reference}),
 * `gongyi-sponsor-error` (refused; detail {status, code, message}) and `gongyi-payment-confirmed`.
 */
export class GongyiLunchSponsor extends LitElement {
  static override styles = [baseStyles, fieldStyles, pledgeStyles, lunchSponsorStyles, paymentStyles];
  static override properties: PropertyDeclarations = {
    api: {},
    school: {},
    elder: { type: Boolean, reflect: true },
    theme: { reflect: true },
    data: { attribute: false },
    t: { attribute: false },
    locale: { attribute: false },
    _mode: { state: true },
    _raw: { state: true },
    _countError: { state: true },
    _result: { state: true },
    _f: { state: true },
  };
  declare api: string | undefined;
  declare school: string;
  declare elder: boolean;
  declare theme: string | undefined;
  declare data: LunchSchool;
  declare t: LunchMessages;
  declare locale: Locale;
  declare private _mode: Mode;
  declare private _raw: string;
  declare private _countError: string;
  declare private _result: SponsorshipResult | ReturnedDonation | undefined;
  /** The form's own strings (a separate catalog chunk); the card's `t` gives the shared ones. */
  declare private _f: LunchFormMessages | undefined;
  private _fLocale: Locale | undefined;
  private readonly post = new IdempotentPost(this);
  private readonly payment = new PaymentPanel(this, {
    campaign: () => this.data?.campaignId,
    resumed: (d) => (this._result = d),
    restart: () => this.again(),
  });

  constructor() {
    super();
    this.elder = false;
    this._mode = 'meals';
    this._raw = '';
    this._countError = '';
  }


  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const l = this.locale;
    if (l && l !== this._fLocale) {
      this._fLocale = l;
      void formCatalogs[l]().then((m) => this._fLocale === l && (this._f = m.default));
    }
  }

  private m(n: number): string {
    return money(n, this.data.currency, this.locale);
  }

  private get count(): number | null {
    return parseCount(this._raw, MAX[this._mode]);
  }

  /** The same arithmetic as the server: meals × price, or days × children × price. */
  private amountOf(count: number | null): number | null {
    if (!count) return null;
    const d = this.data;
    const fen = this._mode === 'meals' ? count * d.mealPrice : count * d.childrenCount * d.mealPrice;
    return fen <= 1e10 ? fen : null;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.t || !this.data || !this._f) return nothing;
    const t = this.t;
    const f = this._f;
    const r = this._result;
    const e = this.post.error;
    return html`${r ? nothing : this.renderForm()}
      <div class=${r ? 'result shown' : 'result'} role="status" part="result">
        ${r
          ? html`<h4 tabindex="-1" id="thanks">${f.thanks}</h4>
              <p>
                ${'meals' in r
                  ? html`${r.days ? t.boughtDays(integer(r.days, this.locale), integer(r.meals, this.locale)) : t.boughtMeals(integer(r.meals, this.locale))} ·`
                  : nothing}
                ${money(r.amount, r.currency, this.locale)} · ${f.reference}: <span class="ref">${r.payment.reference ?? r.id}</span>
              </p>
              ${this.payment.render(f)}
              <button class="btn ghost" type="button" @click=${this.again}>${f.again}</button>`
          : nothing}
      </div>
      <div class="err" role="alert" part="sponsor-error">
        ${e
          ? html`<p>${f.common.errors[e.code] ?? ((e.status >= 500 && f.common.errors.server_error) || e.message)}</p>
              ${e.errors.length ? html`<ul>${e.errors.map((x) => html`<li>${x.path}: ${x.message}</li>`)}</ul>` : nothing}`
          : nothing}
      </div>`;
  }

  private renderForm(): TemplateResult {
    const f = this._f!;
    const d = this.data;
    const count = this.count;
    const amount = this.amountOf(count);
    const mode = this._mode;
    return html`<form part="form" novalidate @submit=${this.submit}>
      <fieldset class="modes" part="mode">
        <legend>${f.how}</legend>
        <label class="radio"
          ><input type="radio" name="mode" value="meals" .checked=${mode === 'meals'} @change=${() => this.setMode('meals')} />
          ${f.byMeals(this.m(d.mealPrice))}</label
        >
        <label class="radio"
          ><input type="radio" name="mode" value="days" .checked=${mode === 'days'} @change=${() => this.setMode('days')} />
          ${f.byDays(integer(d.childrenCount, this.locale), this.m(d.childrenCount * d.mealPrice))}</label
        >
      </fieldset>
      <fieldset>
        <legend class="sr">${mode === 'meals' ? f.mealsInput : f.daysInput}</legend>
        ${QUICK[mode].map(
          (n) => html`<button class="tier" type="button" part="quick" aria-pressed=${String(count === n)} @click=${() => this.pick(n)}>
            <strong>${mode === 'meals' ? f.quickMeals(n) : f.quickDays(n)}</strong><small>${this.m(this.amountOf(n) ?? 0)}</small>
          </button>`,
        )}
      </fieldset>
      <label>
        ${mode === 'meals' ? f.mealsInput : f.daysInput}
        <input
          name="count"
          inputmode="numeric"
          autocomplete="off"
          part="input"
          .value=${this._raw}
          aria-invalid=${this._countError ? 'true' : 'false'}
          aria-describedby="count-error total"
          @input=${this.typed}
        />
      </label>
      <p class="err" id="count-error">${this._countError}</p>
      <p class="total" id="total" part="amount" aria-live="polite">${amount ? f.total(this.m(amount)) : f.totalNone}</p>
      <p class="hint">${f.dayCostNote(this.m(d.dayCost))}</p>
      ${donorFields(f)}
      ${giveButton(f, this.post.sending, amount ? this.m(amount) : null)}
    </form>`;
  }

  private setMode(mode: Mode): void {
    this._mode = mode;
    this._raw = '';
    this._countError = '';
  }

  private pick(n: number): void {
    this._raw = String(n);
    this._countError = '';
  }

  private typed(e: Event): void {
    this._raw = (e.target as HTMLInputElement).value;
    if (this.count) this._countError = '';
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.post.sending) return;
    const count = this.count;
    if (!count || !this.amountOf(count)) {
      this._countError = this._f!.countInvalid;
      this.renderRoot.querySelector<HTMLInputElement>('input[name=count]')?.focus();
      return;
    }
    const r = await this.post.send<SponsorshipResult>(this.api, `/lunch/${encodeURIComponent(this.school)}/sponsorships`, {
      [this._mode]: count,
      ...donorDetails(e.target as HTMLFormElement),
      returnUrl: returnUrl(),
    });
    if (!r) {
      const { status, code, message } = this.post.error!;
      this.emit('gongyi-sponsor-error', { status, code, message });
      return;
    }
    this._result = r;
    this.emit('gongyi-sponsor', {
      school: this.school, id: r.id, meals: r.meals, days: r.days, amount: r.amount, currency: r.currency, reference: r.payment.reference,
    });
    this.payment.show(r); // after the event: the host page hears of the pledge before a redirect to the payment page
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#thanks')?.focus();
  }

  private again(): void {
    this.payment.clear();
    this._result = undefined;
    this.post.reset();
    this._raw = '';
  }

  private emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('gongyi-lunch-sponsor')) customElements.define('gongyi-lunch-sponsor', GongyiLunchSponsor);

declare global {
  interface HTMLElementTagNameMap {
    'gongyi-lunch-sponsor': GongyiLunchSponsor;
  }
}
