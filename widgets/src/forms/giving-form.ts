import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { GongyiEventDetail } from '../events.js';
import { defaultApi, type DonationResult } from '../lib/api.js';
import { money } from '../../../common/format.js';
import type { Locale } from '../../../common/locale.js';
import type { WithCommon } from '../lib/i18n.js';
import type { GivingFormMessages } from './giving-form.i18n.js';
import { keepDonorLink, withKeptLink } from './donor-link.js';
import { donorDetails, IdempotentPost } from './idempotent-post.js';
import { refusal } from './page-owner.js';
import { PaymentPanel } from './payment-panel.js';
import type { ReturnedDonation } from './payment-return.js';

/** A validated submission: where it goes and what the element itself sends (the donor fields are added). */
export interface GivingRequest {
  path: string;
  body: object;
  /**
   * Where the payment page sends the donor back: the element passes returnUrl() (payment-return.ts).
   * The element imports it, not this module, so the bundler keeps payment-return a chunk of its own
   * that the cards import() as is; imported only from the forms' shared chunk, it gets a namespace
   * wrapper and a runtime chunk, and the cards grow.
   */
  returnUrl: string | undefined;
}

/**
 * What every giving form (<gongyi-pledge>, <gongyi-lunch-sponsor>) does around its own fields:
 * the idempotent POST, the result box (thanks, reference, how to pay, "again"), the error box, and
 * the events; the answer's donor link is kept for the way back from a payment page (donor-link.ts).
 * An element adds its fields (renderForm), their validation (request), its event's detail and what
 * "again" empties. Lives in forms/ so it loads with the forms, not with the cards.
 *
 * Events: `<event>` (accepted, before any redirect to a payment page), `<event>-error` (refused;
 * detail {status, code, message, fix?}), `gongyi-error` when the page itself was refused
 * (idempotent-post.ts) and, from the payment panel, `gongyi-payment-confirmed`.
 */
type Accepted = 'gongyi-pledge' | 'gongyi-sponsor';

export abstract class GivingForm<
  Data,
  Messages,
  Result extends DonationResult,
  Event extends Accepted = Accepted,
> extends LitElement {
  static override properties: PropertyDeclarations = {
    api: {},
    elder: { type: Boolean, reflect: true },
    theme: { reflect: true },
    data: { attribute: false },
    t: { attribute: false },
    locale: { attribute: false },
    _result: { state: true },
  };
  declare api: string | undefined;
  declare elder: boolean;
  declare theme: string | undefined;
  declare data: Data;
  /** The card's messages. */
  declare t: Messages;
  declare locale: Locale;
  declare protected _result: Result | ReturnedDonation | undefined;
  protected readonly post = new IdempotentPost(this);
  private readonly payment = new PaymentPanel(this, {
    campaign: () => this.campaignId,
    resumed: (d) => (this._result = withKeptLink(d)),
    restart: () => this.again(),
  });

  /** The accepted event's name, e.g. `gongyi-pledge`; a refusal is `<event>-error`. */
  protected abstract readonly event: Event;
  /** The error box's part, e.g. `pledge-error`. */
  protected abstract readonly errorPart: string;
  /** The campaign the form gives to: a donation sent back from a payment page is shown only by its form. */
  protected abstract get campaignId(): string | undefined;
  /** The strings of the form and its result; undefined while they load (nothing is rendered). */
  protected abstract get f(): (GivingFormMessages & WithCommon) | undefined;
  /** The element's own fields, inside a form bound to `submit`. */
  protected abstract renderForm(): TemplateResult;
  /** The validated submission, or undefined after showing the donor what to fix. */
  protected abstract request(): GivingRequest | undefined;
  /** The accepted event's detail. */
  protected abstract detail(r: Result): GongyiEventDetail<Event>;
  /** "Again": empty the element's own inputs. */
  protected abstract clearInputs(): void;

  /** What the result line says before the amount (a sponsorship: what it bought). */
  protected bought(_r: Result | ReturnedDonation): unknown {
    return nothing;
  }

  /** The service's own page of what the form gives to, where the form works when this page may not send it. */
  protected abstract officialPage(): string | undefined;

  /** `path` on the service (the `api` attribute, else where embed.js came from), in the form's language. */
  protected onService(path: string): string {
    return `${(this.api || defaultApi()).replace(/\/+$/, '')}${path}${this.locale === 'zh-Hans' ? '' : `?lang=${this.locale}`}`;
  }

  /** What the result shows after how to pay (a pledge: the donor's own link). */
  protected afterPayment(_r: Result | ReturnedDonation): unknown {
    return nothing;
  }

  constructor() {
    super();
    this.elder = false;
  }

  protected override render(): TemplateResult | typeof nothing {
    const f = this.f;
    if (!this.t || !this.data || !f) return nothing;
    const r = this._result;
    const e = this.post.error;
    return html`${r ? nothing : this.renderForm()}
      <div class=${r ? 'result shown' : 'result'} role="status" part="result">
        ${
          r
            ? html`<h4 tabindex="-1" id="thanks">${f.thanks}</h4>
              <p>${this.bought(r)}${money(r.amount, r.currency, this.locale)}</p>
              <p>${f.reference}${this.locale === 'en' ? ': ' : '：'}<span class="ref">${r.payment.reference ?? r.id}</span></p>
              ${this.payment.render(f)} ${this.afterPayment(r)}
              <button class="btn ghost" type="button" @click=${this.again}>${f.again}</button>`
            : nothing
        }
      </div>
      <div class="err" role="alert" part=${this.errorPart}>
        ${e ? refusal(e, f.common, this.officialPage()) : nothing}
      </div>`;
  }

  protected async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (this.post.sending) return;
    const q = this.request();
    if (!q) return;
    const r = await this.post.send<Result>(this.api, q.path, {
      ...q.body,
      ...donorDetails(e.target as HTMLFormElement),
      returnUrl: q.returnUrl,
    });
    if (!r) {
      this.emit(`${this.event}-error`, this.post.detail());
      return;
    }
    this._result = r;
    keepDonorLink(r); // before the payment page may take the donor away
    this.emit(this.event, this.detail(r));
    this.payment.show(r); // after the event: the host page hears of the pledge before a redirect to the payment page
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#thanks')?.focus();
  }

  private again(): void {
    this.payment.clear();
    this._result = undefined;
    this.post.reset();
    this.clearInputs();
  }

  private emit<K extends Event | `${Event}-error`>(name: K, detail: GongyiEventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}
