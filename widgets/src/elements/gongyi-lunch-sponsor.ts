import type { CardSettings } from '../lib/base.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { donorFields, giveButton } from '../forms/donor-fields.js';
import { fieldStyles } from '../forms/field.styles.js';
import { GivingForm, type GivingRequest } from '../forms/giving-form.js';
import { paymentStyles } from '../forms/payment-panel.styles.js';
import { returnUrl, type ReturnedDonation } from '../forms/payment-return.js';
import { baseStyles } from '../lib/base.styles.js';
import { integer, money } from '../../../common/format.js';
import type { GongyiSponsorDetail } from '../events.js';
import type { Locale } from '../../../common/locale.js';
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
 * price), the amount computed live; with co-funding the price is what a donor pays per meal
 * (`donorMealPrice`, the co-funder pays the rest). Sends POST /lunch/{id}/sponsorships with an Idempotency-Key; a
 * retry of the same submission reuses the key, so the server replays instead of counting twice.
 * How to pay then follows the provider (../forms/payment-panel.ts); a donor sent back from a
 * payment page (?gongyi_donation=…) sees that sponsorship's status here. The result, errors and
 * events are those of every giving form (../forms/giving-form.ts).
 * Events: `gongyi-sponsor` (accepted; detail {school, id, meals, days, amount, currency, reference}),
 * `gongyi-sponsor-error` (refused; detail {status, code, message, fix?}) and `gongyi-payment-confirmed`.
 */
export class GongyiLunchSponsor extends GivingForm<LunchSchool, LunchMessages, SponsorshipResult, 'gongyi-sponsor'> {
  static override styles = [baseStyles, fieldStyles, pledgeStyles, lunchSponsorStyles, paymentStyles];
  static override properties: PropertyDeclarations = {
    school: {},
    _mode: { state: true },
    _raw: { state: true },
    _countError: { state: true },
    _f: { state: true },
  };
  declare school: string;
  declare private _mode: Mode;
  declare private _raw: string;
  declare private _countError: string;
  /** The form's own strings (a separate catalog chunk); the card's `t` gives the shared ones. */
  declare private _f: LunchFormMessages | undefined;
  private _fLocale: Locale | undefined;
  protected readonly event = 'gongyi-sponsor';
  protected readonly errorPart = 'sponsor-error';

  constructor() {
    super();
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

  protected get campaignId(): string | undefined {
    return this.data?.campaignId;
  }

  protected officialPage(): string {
    return this.onService(`/embed/lunch/${encodeURIComponent(this.school)}`);
  }

  protected get f(): LunchFormMessages | undefined {
    return this._f;
  }

  private m(n: number): string {
    return money(n, this.data.currency, this.locale);
  }

  /** What a donor pays for one meal: less than the meal price when someone co-funds each meal. */
  private get price(): number {
    return this.data.donorMealPrice ?? this.data.mealPrice;
  }

  private get count(): number | null {
    return parseCount(this._raw, MAX[this._mode]);
  }

  /** The same arithmetic as the server: meals × price, or days × children × price. */
  private amountOf(count: number | null): number | null {
    if (!count) return null;
    const d = this.data;
    const fen = this._mode === 'meals' ? count * this.price : count * d.childrenCount * this.price;
    return fen <= 1e10 ? fen : null;
  }

  /** A sponsorship's result says what it bought (a donation sent back from a payment page cannot). */
  protected override bought(r: SponsorshipResult | ReturnedDonation): unknown {
    if (!('meals' in r)) return nothing;
    const t = this.t;
    return html`${r.days ? t.boughtDays(integer(r.days, this.locale), integer(r.meals, this.locale)) : t.boughtMeals(integer(r.meals, this.locale))} · `;
  }

  protected renderForm(): TemplateResult {
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
          ${f.byMeals(this.m(this.price))}</label
        >
        <label class="radio"
          ><input type="radio" name="mode" value="days" .checked=${mode === 'days'} @change=${() => this.setMode('days')} />
          ${f.byDays(integer(d.childrenCount, this.locale), this.m(d.childrenCount * this.price))}</label
        >
      </fieldset>
      <fieldset>
        <legend class="sr">${mode === 'meals' ? f.mealsInput : f.daysInput}</legend>
        ${QUICK[mode].map(
          (
            n,
          ) => html`<button class="tier" type="button" part="quick" aria-pressed=${String(count === n)} @click=${() => this.pick(n)}>
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

  protected request(): GivingRequest | undefined {
    const count = this.count;
    if (!count || !this.amountOf(count)) {
      this._countError = this._f!.countInvalid;
      this.renderRoot.querySelector<HTMLInputElement>('input[name=count]')?.focus();
      return undefined;
    }
    return {
      path: `/lunch/${encodeURIComponent(this.school)}/sponsorships`,
      body: { [this._mode]: count },
      returnUrl: returnUrl(),
    };
  }

  protected detail(r: SponsorshipResult): GongyiSponsorDetail {
    return {
      school: this.school,
      id: r.id,
      meals: r.meals,
      days: r.days,
      amount: r.amount,
      currency: r.currency,
      reference: r.payment.reference,
    };
  }

  protected clearInputs(): void {
    this._raw = '';
  }
}

/**
 * The form as <gongyi-lunch> places it, open or folded away (`hidden`, keeping what was typed). Here,
 * not in the card, so the card's first paint carries none of it.
 */
export const sponsorForm = (card: CardSettings, s: LunchSchool, t: LunchMessages, open: boolean): TemplateResult =>
  html`<gongyi-lunch-sponsor
    id="sponsor-form"
    part="sponsor-form"
    exportparts="form, mode, quick, input, amount, submit, result, sponsor-error"
    ?hidden=${!open}
    school=${s.id}
    api=${card.api ?? nothing}
    lang=${card.locale}
    theme=${card.theme ?? nothing}
    ?elder=${card.elder}
    .data=${s}
    .t=${t}
    .locale=${card.locale}
  ></gongyi-lunch-sponsor>`;

if (!customElements.get('gongyi-lunch-sponsor')) customElements.define('gongyi-lunch-sponsor', GongyiLunchSponsor);

declare global {
  interface HTMLElementTagNameMap {
    'gongyi-lunch-sponsor': GongyiLunchSponsor;
  }
}
