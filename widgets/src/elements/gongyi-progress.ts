import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError, type Campaign } from '../lib/api.js';
import { GongyiElement } from '../lib/base.js';
import { baseStyles } from '../lib/base.styles.js';
import { date, daysUntil, integer, money, percent } from '../lib/format.js';
import { catalogs, type ProgressMessages } from './gongyi-progress.i18n.js';
import { progressStyles } from './gongyi-progress.styles.js';

/**
 * <gongyi-progress campaign="ID">: goal, confirmed and pending amounts, progress bar, donor count,
 * days left, recent masked donors and a pledge form.
 *
 * The pledge form is <gongyi-pledge> (./gongyi-pledge.ts), imported when a donor opens it.
 *
 * Events: `gongyi-load`, `gongyi-error` (failed load), and from the form `gongyi-pledge` (a pledge
 * was accepted; detail {campaign, id, amount, currency, reference}) and `gongyi-pledge-error`.
 */
export class GongyiProgress extends GongyiElement<Campaign, ProgressMessages> {
  static override styles = [baseStyles, progressStyles];
  static override properties = {
    campaign: { reflect: true },
    _open: { state: true },
    _all: { state: true },
  };
  declare campaign: string | undefined;
  /** Set by a parent that does not know the campaign id yet: keep the skeleton, load nothing. */
  hold = false;
  declare private _open: boolean;
  declare private _all: boolean;
  /** Once opened, the form stays in the DOM (hidden when collapsed) so input and retry state survive. */
  private _opened = false;
  private _returnChecked = false;

  constructor() {
    super();
    this._open = false;
    this._all = false;
    this.addEventListener('gongyi-pledge', () => void this.load(true));
    this.addEventListener('gongyi-payment-confirmed', () => void this.load(true)); // an online payment arrived
  }

  protected catalogs() {
    return catalogs;
  }

  protected resourcePath(): string | ApiError | null {
    if (this.campaign) return '/campaigns/' + encodeURIComponent(this.campaign);
    return this.hold ? null : new ApiError(0, 'missing_attribute', 'Missing attribute: campaign');
  }

  protected renderSkeleton(): TemplateResult {
    return html`<h3 class="title"><span class="sk"></span></h3>
      <div class="figure"><span class="sk s"></span></div>
      <div class="bar"></div>
      <div class="stats">
        ${[0, 1, 2, 3].map(() => html`<div><span class="sk s"></span></div>`)}
      </div>
      <div class="donors">
        <div class="donors-head"><span class="sk s"></span></div>
        <ul>
          <li><span class="sk l"></span></li>
          <li><span class="sk"></span></li>
          <li><span class="sk l"></span></li>
        </ul>
      </div>
      <div class="actions"><span class="sk btn"></span></div>`;
  }

  private days(c: Campaign): string {
    const t = this.t;
    if (!c.endsAt) return t.ongoing;
    const d = daysUntil(c.endsAt);
    return d < 0 || c.status !== 'open' ? t.ended : d === 0 ? t.endsToday : t.days(d);
  }

  private isOpen(c: Campaign): boolean {
    return c.status === 'open' && (!c.endsAt || daysUntil(c.endsAt) >= 0);
  }

  protected renderReady(c: Campaign): TemplateResult {
    const t = this.t;
    const l = this.locale;
    const m = (n: number) => money(n, c.currency, l);
    const ratio = c.goalAmount > 0 ? c.raisedAmount / c.goalAmount : 0;
    const pct = percent(ratio, l);
    const donors = this._all ? c.recentDonations : c.recentDonations.slice(0, 3);
    const open = this.isOpen(c);
    return html`<div class="card" part="card">
      <h3 class="title line" part="title" id="title" title=${c.title}>${c.title}</h3>
      <div class="figure line" part="figure">
        <span class="big" part="raised">${m(c.raisedAmount)}</span>
        <span class="muted">${t.raised}</span>
        <span class="pct">${pct}</span>
      </div>
      <div
        class="bar"
        part="bar"
        role="progressbar"
        aria-labelledby="title"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${Math.min(100, Math.round(ratio * 100))}
        aria-valuetext=${t.valueText(m(c.raisedAmount), m(c.goalAmount), pct)}
      >
        <div class="fill" part="fill"></div>
      </div>
      <dl class="stats" part="stats">
        <div><dt>${t.goal}</dt><dd class="line">${m(c.goalAmount)}</dd></div>
        <div><dt>${t.pending}</dt><dd class="line" part="pending">${m(c.pendingAmount)}</dd></div>
        <div><dt>${t.donors}</dt><dd class="line">${integer(c.donorCount, l)}</dd></div>
        <div><dt>${t.daysLeft}</dt><dd class="line">${this.days(c)}</dd></div>
      </dl>
      <section class="donors" part="donors" aria-labelledby="dh">
        <div class="donors-head">
          <h4 id="dh">${t.recent}</h4>
          ${c.recentDonations.length > 3
            ? html`<button class="link" type="button" aria-expanded=${this._all} @click=${() => (this._all = !this._all)}>
                ${this._all ? t.showLess : t.showAll(c.recentDonations.length)}
              </button>`
            : nothing}
        </div>
        <ul>
          ${donors.length
            ? donors.map(
                (d) => html`<li>
                  <span class="who line"
                    >${d.anonymous || d.name === '爱心人士' || !d.name ? t.common.anonymous : d.name}${d.message
                      ? html` <span class="muted">“${d.message}”</span>`
                      : nothing}</span
                  >
                  <strong>${m(d.amount)}</strong>
                  <span class="muted">${date(d.at, l)}</span>
                </li>`,
              )
            : html`<li class="muted"><span class="line">${t.none}</span></li>`}
        </ul>
      </section>
      <div class="actions">
        <button
          class="btn"
          part="give"
          type="button"
          ?disabled=${!open}
          aria-expanded=${open ? String(this._open) : nothing}
          aria-controls=${open ? 'pledge' : nothing}
          @click=${this.toggle}
          @pointerenter=${this.prefetch}
          @focus=${this.prefetch}
        >
          ${open ? (this._open ? t.close : t.give) : t.closed}
        </button>
      </div>
      ${open && (this._open || this._opened)
        ? html`<gongyi-pledge
            id="pledge"
            part="pledge"
            exportparts="form, tier, input, submit, result, pledge-error"
            ?hidden=${!this._open}
            campaign=${c.id}
            api=${this.api ?? nothing}
            lang=${l}
            theme=${this.theme ?? nothing}
            ?elder=${this.elder}
            .data=${c}
            .t=${t}
            .locale=${l}
          ></gongyi-pledge>`
        : nothing}
    </div>`;
  }

  private toggle(): void {
    this._open = !this._open;
    this._opened = true;
    void this.prefetch();
  }

  /** The form module is fetched when a donor shows interest (hover, focus) or opens it. */
  private prefetch(): Promise<unknown> {
    return import('./gongyi-pledge.js');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Width via CSSOM, not a style attribute: strict CSPs without 'unsafe-inline' stay happy.
    const fill = this.renderRoot.querySelector<HTMLElement>('.fill');
    const c = this._data;
    // Back from a payment page (?gongyi_donation=…): open the form if that donation is ours.
    if (c && !this._returnChecked && location.search.includes('gongyi_donation=')) {
      this._returnChecked = true;
      void import('../forms/payment-return.js')
        .then((m) => m.returningDonation(this.api))
        .then((d) => d?.campaignId === c.id && !this._open && this.toggle());
    }
    if (fill && c) fill.style.width = Math.min(100, c.goalAmount > 0 ? (c.raisedAmount / c.goalAmount) * 100 : 0) + '%';
  }
}

if (!customElements.get('gongyi-progress')) customElements.define('gongyi-progress', GongyiProgress);

declare global {
  interface HTMLElementTagNameMap {
    'gongyi-progress': GongyiProgress;
  }
}
