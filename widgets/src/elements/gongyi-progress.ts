import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError, type Campaign, type MatchFund, type Recipient } from '../lib/api.js';
import { GongyiElement } from '../lib/base.js';
import { baseStyles } from '../lib/base.styles.js';
import { date, daysUntil, integer, money, percent } from '../../../common/format.js';
import { catalogs, type ProgressMessages } from './gongyi-progress.i18n.js';
import { progressStyles } from './gongyi-progress.styles.js';

/** Staff type these links: only http(s) becomes a link, never a javascript: URL. */
const web = (url: string | null | undefined): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

/**
 * <gongyi-progress campaign="ID">: who receives the money (募捐主体 and its filing number), goal,
 * confirmed and pending amounts, progress bar, donor count, days left, recent masked donors, what
 * was raised, spent and is left, the latest spending ("where the money went"), and a pledge form,
 * or a note instead when the campaign accepts no gifts (`acceptsGifts: false`). Matching funds
 * (配捐): what they added is a segment of its own after the raised one (part `bar-matched`, colour
 * `--gongyi-color-matched`) and a figure, and a running fund has a line saying what each 1 元 becomes.
 * Monthly giving (月捐): the active plans are a figure (part `monthly-donors`) once there is one; the
 * once / monthly choice is the pledge form's.
 *
 * The pledge form is <gongyi-pledge> (./gongyi-pledge.ts), imported when a donor opens it.
 *
 * Events: `gongyi-load`, `gongyi-error` (failed load), and from the form `gongyi-pledge` (a pledge
 * was accepted; detail {campaign, id, amount, currency, reference}) and `gongyi-pledge-error`.
 *
 * @tag gongyi-progress
 * @attr {string} campaign - The campaign's id (required).
 * @csspart title - The campaign's title.
 * @csspart figure - The headline figure (raised of goal).
 * @csspart raised - The confirmed amount raised.
 * @csspart pending - Pledged amounts not yet confirmed.
 * @csspart matched - What matching funds (配捐) added.
 * @csspart bar - The progress bar's track.
 * @csspart fill - The raised segment of the bar.
 * @csspart bar-matched - The matched segment of the bar.
 * @csspart stats - The row of figures under the bar.
 * @csspart donors - The donor count.
 * @csspart monthly-donors - Active monthly plans (月捐), once there is one.
 * @csspart recipient - Who receives the money (募捐主体) and its filing number.
 * @csspart flow - Raised, spent and left.
 * @csspart flow-raised - The raised figure of the flow.
 * @csspart spent - What was spent.
 * @csspart balance - What is left.
 * @csspart expenditures - The latest spending ("where the money went").
 * @csspart matching - The running matching funds' line.
 * @csspart give - The button that opens the pledge form.
 * @csspart share - The button that makes a share poster (its code loads on first use).
 * @csspart no-gifts - The note shown when the campaign accepts no gifts.
 * @csspart pledge - The pledge form element.
 * @csspart form - The pledge form.
 * @csspart frequency - The once / monthly choice.
 * @csspart tier - A suggested amount.
 * @csspart input - A form field.
 * @csspart match-preview - What the gift becomes with matching.
 * @csspart submit - The form's submit button.
 * @csspart result - The confirmation after a pledge.
 * @csspart donor-link - The donor's own link after a pledge.
 * @csspart pledge-error - The form's error message.
 * @cssprop [--gongyi-color-matched=#a67c00] - The matched segment of the bar.
 * @fires gongyi-pledge - A pledge was accepted; detail {campaign, id, amount, currency, reference}.
 * @fires gongyi-pledge-error - A pledge was refused; detail {status, code, message, fix?}.
 * @fires gongyi-payment-confirmed - An online payment was confirmed while the donor waited; detail {id, amount, currency, reference}.
 */
export class GongyiProgress extends GongyiElement<Campaign, ProgressMessages> {
  static override styles = [baseStyles, progressStyles];
  static override properties = {
    campaign: { reflect: true },
    hold: { attribute: false },
    _open: { state: true },
    _all: { state: true },
    _form: { state: true },
  };
  declare campaign: string | undefined;
  /**
   * Set by a parent that does not know the campaign id yet: keep the skeleton, load nothing. A
   * reactive property, so a value the parent set before this module arrived survives the upgrade.
   */
  declare hold: boolean | undefined;
  declare private _open: boolean;
  declare private _all: boolean;
  /** The pledge form's module once loaded: it also renders the form's tag, so none of it is in the first paint. */
  declare private _form: typeof import('./gongyi-pledge.js') | undefined;
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
    const sk = (w: number) => this.sk(w);
    const figures = (n: number) => Array.from({ length: n }, () => html`<div><dt>${sk(3)}</dt><dd>${sk(4)}</dd></div>`);
    const row = html`<li><span class="who">${sk(6)}</span><span class="when">${sk(3.5)} ${sk(7)}</span></li>`;
    // Each placeholder sits in the element its text will be in: the same font, line and box.
    return html`<h3 class="title">${sk(8)} ${sk(7)}</h3>
      <p class="recipient"><span>${sk(12)}</span><span>${sk(5)} ${sk(9)} ${sk(9)}</span></p>
      <div class="figure"><span class="big">${sk(3.5)}</span><span>${sk(7)}</span><span class="pct">${sk(2.5)}</span></div>
      <div class="bar"></div>
      <dl class="stats">${figures(4)}</dl>
      <div class="donors">
        <div class="donors-head"><h4>${sk(4)}</h4><span class="sk tg"></span></div>
        <ul>${row}${row}${row}</ul>
      </div>
      <dl class="stats">${figures(3)}</dl>
      <details class="spending"><summary>${sk(4)}</summary></details>
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
    const matched = c.matchedAmount ?? 0;
    const funds = c.matchFunds ?? [];
    // Matched money is the campaign's too: the bar and its percentage count it after the raised part.
    const ratio = c.goalAmount > 0 ? (c.raisedAmount + matched) / c.goalAmount : 0;
    const pct = percent(ratio, l);
    const donors = this._all ? c.recentDonations : c.recentDonations.slice(0, 3);
    // Only an explicit false closes giving: a service from before the field existed still takes gifts.
    const gifts = c.acceptsGifts !== false;
    const open = gifts && this.isOpen(c);
    const spending = c.expenditures ?? [];
    // A service from before spending was published sends no figures: a dash, not a false 0.
    const opt = (n: number | undefined) => (n == null ? '—' : m(n));
    return html`<div class="card" part="card">
      <h3 class="title" part="title" id="title">${c.title}</h3>
      ${this.recipient(c.recipient)}
      <div class="figure" part="figure">
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
        aria-valuetext=${t.valueText(m(c.raisedAmount), m(c.goalAmount), pct, matched ? m(matched) : undefined)}
      >
        <div class="fill" part="fill"></div>
        ${matched ? html`<div class="fill matched" part="bar-matched"></div>` : nothing}
      </div>
      ${this.matching(funds, m)}
      <dl class="stats" part="stats">
        <div><dt>${t.goal}</dt><dd>${m(c.goalAmount)}</dd></div>
        <div><dt>${t.pending}</dt><dd part="pending">${m(c.pendingAmount)}</dd></div>
        <div><dt>${t.donors}</dt><dd>${integer(c.donorCount, l)}</dd></div>
        <div><dt>${t.daysLeft}</dt><dd>${this.days(c)}</dd></div>
        ${matched || funds.length ? html`<div><dt>${t.matched}</dt><dd part="matched">${m(matched)}</dd></div>` : nothing}
        ${c.monthlyDonors ? html`<div><dt>${t.monthlyDonors}</dt><dd part="monthly-donors">${integer(c.monthlyDonors, l)}</dd></div>` : nothing}
      </dl>
      <section class="donors" part="donors" aria-labelledby="dh">
        <div class="donors-head">
          <h4 id="dh">${t.recent}</h4>
          ${
            c.recentDonations.length > 3
              ? html`<button class="link" type="button" aria-expanded=${this._all} @click=${() => (this._all = !this._all)}>
                ${this._all ? t.showLess : t.showAll(c.recentDonations.length)}
              </button>`
              : nothing
          }
        </div>
        <ul>
          ${
            donors.length
              ? donors.map(
                  (d) => html`<li>
                  <span class="who"
                    >${d.anonymous || d.name === '爱心人士' || !d.name ? t.anonymous : d.name}${
                      d.message ? html` <span class="muted">“${d.message}”</span>` : nothing
                    }</span
                  >
                  <span class="when"><strong>${m(d.amount)}</strong> <span class="muted">${date(d.at, l)}</span></span>
                </li>`,
                )
              : html`<li class="muted">${t.none}</li>`
          }
        </ul>
      </section>
      <dl class="stats" part="flow">
        <div><dt>${t.flowRaised}</dt><dd part="flow-raised">${m(c.raisedAmount)}</dd></div>
        <div><dt>${t.spent}</dt><dd part="spent">${opt(c.spentAmount)}</dd></div>
        <div><dt>${t.balance}</dt><dd part="balance">${opt(c.balance)}</dd></div>
      </dl>
      ${
        spending.length
          ? html`<details class="spending" part="expenditures">
            <summary>${t.spending}</summary>
            <ul>
              ${spending.map((e) => {
                const receipt = web(e.receiptUrl);
                return html`<li>
                  <span><time datetime=${e.date}>${date(e.date, l)}</time> ${e.purpose}</span>
                  <strong>${m(e.amount)}</strong>
                  ${
                    e.payee || receipt
                      ? html`<span class="muted"
                        >${e.payee ? t.payee + e.payee + ' ' : ''}${
                          receipt
                            ? html`<a href=${receipt} target="_blank" rel="noopener">${t.receipt}<span class="sr"> ${e.purpose}</span></a>`
                            : nothing
                        }</span
                      >`
                      : nothing
                  }
                </li>`;
              })}
            </ul>
          </details>`
          : nothing
      }
      <div class="actions">
        ${
          gifts
            ? html`<button
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
            </button>`
            : html`<p class="no-gifts" part="no-gifts">${c.giftRefusal == 'filing_not_current' ? t.outsideFiling(c.recipient?.filedFrom ?? '', c.recipient?.filedUntil ?? '') : t.noGifts}</p>`
        }
        <button class="link" part="share" aria-haspopup="dialog" @click=${this.share}>${t.share}</button>
      </div>
      ${open && (this._open || this._opened) ? this._form?.pledgeForm(this, c, t, this._open) : nothing}
    </div>`;
  }

  /**
   * "募捐主体：{name}  备案编号：{filing no.}": who legally receives the money, and the 慈善中国
   * record to check it against. None without a recipient (such a campaign takes no gifts).
   * <gongyi-lunch> has the same line: each card keeps its own copy, since a module both imported
   * would be a chunk of its own, a few hundred bytes more on each first paint.
   */
  private recipient(r: Recipient | null | undefined): TemplateResult | typeof nothing {
    const t = this.t;
    if (!r) return nothing;
    const url = web(r.filingUrl);
    return html`<p class="recipient" part="recipient">
      <span>${t.recipientLabel}${r.name}</span>
      ${
        r.filingNumber
          ? html`<span>${t.filingLabel}${url ? html`<a href=${url} target="_blank" rel="noopener">${r.filingNumber}</a>` : r.filingNumber}</span>`
          : nothing
      }
    </p>`;
  }

  /**
   * "配捐进行中：您的每1元将变为2元，剩余 X元 配捐方：{logo} {name}": what the running funds add to
   * each 1 元 (their ratios summed) and what they still hold. None without a running fund.
   */
  private matching(funds: MatchFund[], m: (n: number) => string): TemplateResult | typeof nothing {
    const t = this.t;
    if (!funds.length) return nothing;
    const sum = (k: 'ratioPercent' | 'remaining') => funds.reduce((a, f) => a + f[k], 0);
    // 100 fen is 1 元: each 1 元 becomes 100 + ratioPercent fen (1:1 → 2 元, 1:2 → 3 元, 50% → 1.50 元).
    return html`<p class="match" part="matching">
      <strong>${t.matching(m(100), m(100 + sum('ratioPercent')), m(sum('remaining')))}</strong>
      ${t.matchedBy}${funds.map((f, i) => {
        const logo = web(f.matcher.logoUrl);
        // The logo says the name to a screen reader; the name beside it is for the eye only.
        return html`${i ? '、' : ''}${logo ? html`<img class="logo" src=${logo} alt=${f.matcher.name} decoding="async" />` : nothing}<span
            aria-hidden=${logo ? 'true' : nothing}
            >${f.matcher.name}</span
          >`;
      })}
    </p>`;
  }

  private toggle(): void {
    this._open = !this._open;
    this._opened = true;
    void this.prefetch();
  }

  /** The share poster's code (../share/gongyi-share.ts, with lean-qr) is fetched only when a reader presses "分享". */
  private share(): void {
    void import('../share/gongyi-share.js').then((m) => m.share(this));
  }

  /** The form module is fetched when a donor shows interest (hover, focus) or opens it. */
  private prefetch(): Promise<unknown> {
    return import('./gongyi-pledge.js').then((m) => (this._form = m));
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
    if (fill && c) {
      const w = (n: number) => Math.min(100, c.goalAmount > 0 ? (n / c.goalAmount) * 100 : 0);
      const raised = w(c.raisedAmount);
      fill.style.width = raised + '%';
      // The matched segment follows the raised one, both together at most the whole bar.
      const matched = this.renderRoot.querySelector<HTMLElement>('.matched');
      if (matched) matched.style.width = w(c.raisedAmount + (c.matchedAmount ?? 0)) - raised + '%';
    }
  }
}

if (!customElements.get('gongyi-progress')) customElements.define('gongyi-progress', GongyiProgress);

declare global {
  interface HTMLElementTagNameMap {
    'gongyi-progress': GongyiProgress;
  }
}
