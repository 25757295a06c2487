import type { CardSettings } from '../lib/base.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Campaign, DonationResult, MatchFund } from '../lib/api.js';
import { donorFields, giveButton } from '../forms/donor-fields.js';
import { donorLink } from '../forms/donor-link.js';
import { fieldStyles } from '../forms/field.styles.js';
import { GivingForm, type GivingRequest } from '../forms/giving-form.js';
import { paymentStyles } from '../forms/payment-panel.styles.js';
import { returnUrl, type ReturnedDonation } from '../forms/payment-return.js';
import { baseStyles } from '../lib/base.styles.js';
import { money } from '../../../common/format.js';
import type { GongyiPledgeDetail } from '../events.js';
import type { Locale } from '../../../common/locale.js';
import { yuanToFen } from '../../../common/yuan.js';
import type { ProgressMessages } from './gongyi-progress.i18n.js';
import { frequencyChoice, frequencyStyles } from './gongyi-pledge.frequency.js';
import { pledgeCatalogs, type PledgeMessages } from './gongyi-pledge.i18n.js';
import { pledgeStyles } from './gongyi-pledge.styles.js';

/**
 * What the running funds add to a gift of `amount` (minor units), as the service reckons it when the
 * gift is confirmed (schema/migrations/0009_matching.sql): each fund ratio × gift, rounded down, at
 * most its cap per gift and what it still holds, summed over the funds.
 */
export function matchOf(amount: number, funds: readonly MatchFund[]): number {
  return funds.reduce((sum, f) => {
    const share = Math.floor((amount * f.ratioPercent) / 100);
    return sum + (share >= 1 ? Math.max(0, Math.min(share, f.capPerGift ?? share, f.remaining)) : 0);
  }, 0);
}

/**
 * <gongyi-pledge>: the give / pledge form of <gongyi-progress>, which renders it (and imports this
 * module) only once a donor opens the form, so the card itself stays small. Not for pages to use.
 *
 * Sends POST /campaigns/{id}/donations with an integer amount in fen and an Idempotency-Key; a
 * retry of the same submission reuses the key, so the server replays instead of counting twice.
 * How to pay then follows the provider (../forms/payment-panel.ts); a donor sent back from a
 * payment page (?gongyi_donation=…) sees that donation's status here. The result, errors and
 * events are those of every giving form (../forms/giving-form.ts). With matching funds running, the
 * form says what the chosen amount becomes (matchOf). Where the campaign offers monthly giving
 * (`monthlyAllowed`) the donor chooses once or monthly (`frequency`), and the button and the result
 * say "monthly". Every result links the donor's own page (`donorUrl`: their gifts, and stopping a
 * monthly gift), also after the trip to a payment page (../forms/donor-link.ts).
 * Events: `gongyi-pledge` (accepted; detail {campaign, id, amount, currency, reference, frequency}),
 * `gongyi-pledge-error` (refused; detail {status, code, message, fix?}) and `gongyi-payment-confirmed`.
 */
export class GongyiPledge extends GivingForm<Campaign, ProgressMessages, DonationResult, 'gongyi-pledge'> {
  static override styles = [baseStyles, fieldStyles, pledgeStyles, paymentStyles, frequencyStyles];
  static override properties: PropertyDeclarations = {
    campaign: {},
    _amount: { state: true },
    _custom: { state: true },
    _amountError: { state: true },
    _monthly: { state: true },
    _f: { state: true },
  };
  declare campaign: string;
  declare private _amount: number | null;
  declare private _custom: string;
  declare private _amountError: string;
  /** Monthly chosen; counts only where the campaign offers it (`monthly`). */
  declare private _monthly: boolean;
  /** The form's own strings (a separate catalog chunk, so the card's first paint does not carry them). */
  declare private _f: PledgeMessages | undefined;
  private _fLocale: Locale | undefined;
  protected readonly event = 'gongyi-pledge';
  protected readonly errorPart = 'pledge-error';

  constructor() {
    super();
    this._amount = null;
    this._custom = '';
    this._amountError = '';
    this._monthly = false;
  }

  protected get campaignId(): string {
    return this.campaign;
  }

  protected officialPage(): string {
    return this.onService(`/p/${encodeURIComponent(this.data.projectId)}`);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const l = this.locale;
    if (l && l !== this._fLocale) {
      this._fLocale = l;
      void pledgeCatalogs[l]().then((m) => this._fLocale === l && (this._f = m.default));
    }
  }

  protected get f(): PledgeMessages | undefined {
    return this._f;
  }

  private m(n: number): string {
    return money(n, this.data.currency, this.locale);
  }

  /** Monthly is sent and said only while the campaign offers it (staff may switch it off between two reads). */
  private get monthly(): boolean {
    return this._monthly && this.data.monthlyAllowed === true;
  }

  protected renderForm(): TemplateResult {
    const t = this._f!;
    const amount = this._amount;
    const funds = this.data.matchFunds ?? [];
    const match = amount ? matchOf(amount, funds) : 0;
    return html`<form part="form" novalidate @submit=${this.submit}>
      ${this.data.monthlyAllowed ? frequencyChoice(t, this._monthly, (m) => (this._monthly = m)) : nothing}
      ${
        this.data.tiers.length
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
          : nothing
      }
      <label>
        ${t.custom}
        <input
          name="amount"
          inputmode="decimal"
          autocomplete="off"
          part="input"
          .value=${this._custom}
          aria-invalid=${this._amountError ? 'true' : 'false'}
          aria-describedby=${funds.length ? 'amount-error becomes' : 'amount-error'}
          @input=${this.typed}
        />
      </label>
      <p class="err" id="amount-error">${this._amountError}</p>
      ${
        funds.length
          ? html`<p class="becomes" id="becomes" part="match-preview" aria-live="polite">
            ${amount && match ? t.becomes(this.m(amount), this.m(amount + match)) : nothing}
          </p>`
          : nothing
      }
      ${donorFields(t)}
      ${giveButton(t, this.post.sending, amount ? this.m(amount) : null, this.monthly ? t.submitMonthly : t.submit)}
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

  protected request(): GivingRequest | undefined {
    const amount = this._amount;
    if (!amount) {
      this._amountError = this._custom.trim() ? this._f!.amountInvalid : this._f!.amountRequired;
      this.renderRoot.querySelector<HTMLInputElement>('input[name=amount]')?.focus();
      return undefined;
    }
    // No frequency where the choice is not offered: the request stays what an older service knows.
    const body = this.data.monthlyAllowed ? { amount, frequency: this.monthly ? 'monthly' : 'once' } : { amount };
    return { path: `/campaigns/${encodeURIComponent(this.campaign)}/donations`, body, returnUrl: returnUrl() };
  }

  protected detail(r: DonationResult): GongyiPledgeDetail {
    const { id, amount, currency } = r;
    return {
      campaign: this.campaign,
      id,
      amount,
      currency,
      reference: r.payment.reference,
      frequency: r.frequency ?? 'once',
    };
  }

  /** "每月捐 50元 · 认捐编号 …": a monthly gift says so before its amount. */
  protected override bought(r: DonationResult | ReturnedDonation): unknown {
    return r.frequency === 'monthly' ? this._f!.monthlyGift : nothing;
  }

  protected override afterPayment(r: DonationResult | ReturnedDonation): unknown {
    return donorLink(this._f!, r);
  }

  /** "Again" starts from a one-off gift: a second monthly plan is never a leftover choice. */
  protected clearInputs(): void {
    this._amount = null;
    this._custom = '';
    this._monthly = false;
  }
}

/**
 * The form as <gongyi-progress> places it, open or folded away (`hidden`, keeping what was typed).
 * Here, not in the card, so the card's first paint carries none of it.
 */
export const pledgeForm = (card: CardSettings, c: Campaign, t: ProgressMessages, open: boolean): TemplateResult =>
  html`<gongyi-pledge
    id="pledge"
    part="pledge"
    exportparts="form, frequency, tier, input, match-preview, submit, result, donor-link, pledge-error"
    ?hidden=${!open}
    campaign=${c.id}
    api=${card.api ?? nothing}
    lang=${card.locale}
    theme=${card.theme ?? nothing}
    ?elder=${card.elder}
    .data=${c}
    .t=${t}
    .locale=${card.locale}
  ></gongyi-pledge>`;

if (!customElements.get('gongyi-pledge')) customElements.define('gongyi-pledge', GongyiPledge);

declare global {
  interface HTMLElementTagNameMap {
    'gongyi-pledge': GongyiPledge;
  }
}
