import { html, nothing, type TemplateResult } from 'lit';
import { ApiError, defaultApi, type Recipient } from '../lib/api.js';
import { GongyiElement } from '../lib/base.js';
import { baseStyles } from '../lib/base.styles.js';
import { date, integer, INTL_TAG, money } from '../../../common/format.js';
import type { Locale } from '../../../common/locale.js';
import { catalogs, type LunchMessages } from './gongyi-lunch.i18n.js';
import { lunchStyles } from './gongyi-lunch.styles.js';
import type { LunchSchool, LunchSponsor } from './gongyi-lunch.types.js';

/** Rows shown before "show all": the skeleton shows as many. */
const SHOWN = 3;
/** The strip of coming school days: two rows of five (a school fortnight). */
const STRIP = 10;

/** Calendar dates (2026-12-02) are formatted in UTC so they never shift a day. */
const fmt = (iso: string, l: Locale, o: Intl.DateTimeFormatOptions) =>
  new Date(iso + 'T00:00:00Z').toLocaleDateString(INTL_TAG[l], { timeZone: 'UTC', ...o });

/** Staff type these links: only http(s) becomes a link, never a javascript: URL. */
const web = (url: string | null | undefined): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

/**
 * <gongyi-lunch school="ID">: a free-lunch school (免费午餐). Shows who receives the money (募捐主体
 * and its filing number), how long the lunches are funded ("funded through" a date, and the coming
 * school days funded or not), the children, meal price and fixed costs, meals funded and served,
 * the balance, who co-funds the meals ("您的2元 + 县财政2元 = 一餐", or a monthly sum), the latest
 * daily reports (公示: meals, spending, menu, photo) and recent masked sponsors; a sponsor form for
 * N meals or N school days of the whole school (at what a donor pays per meal), <gongyi-lunch-sponsor>,
 * loaded only when a reader reaches for it, or a note instead of it when the school's campaign
 * accepts no gifts (`acceptsGifts: false`).
 *
 * Events: `gongyi-load`, `gongyi-error`, and from the form `gongyi-sponsor` (accepted; detail
 * {school, id, meals, days, amount, currency, reference}) and `gongyi-sponsor-error`.
 *
 * @tag gongyi-lunch
 * @attr {string} school - The school's id (required).
 * @csspart title - The school's name.
 * @csspart recipient - Who receives the money (募捐主体) and its filing number.
 * @csspart through - The "funded through" line.
 * @csspart funded-through - The date lunches are funded through.
 * @csspart strip - The coming school days.
 * @csspart day - A school day of the strip.
 * @csspart day-funded - A funded school day.
 * @csspart stats - Children, meal price and fixed costs.
 * @csspart meals-funded - Meals funded.
 * @csspart meals-served - Meals served.
 * @csspart balance - The balance.
 * @csspart co-funding - Who co-funds the meals.
 * @csspart reports - The latest daily reports (公示).
 * @csspart photo - A report's photo.
 * @csspart sponsors - Recent sponsors.
 * @csspart sponsor - The button that opens the sponsor form.
 * @csspart share - The button that makes a share poster (its code loads on first use).
 * @csspart note - A note under the figures.
 * @csspart no-gifts - The note shown when the school accepts no gifts.
 * @csspart sponsor-form - The sponsor form element.
 * @csspart form - The sponsor form.
 * @csspart mode - Meals or school days.
 * @csspart quick - A suggested number.
 * @csspart input - A form field.
 * @csspart amount - What the sponsorship costs.
 * @csspart submit - The form's submit button.
 * @csspart result - The confirmation after sponsoring.
 * @csspart sponsor-error - The form's error message.
 * @fires gongyi-sponsor - A sponsorship was accepted; detail {school, id, meals, days, amount, currency, reference}.
 * @fires gongyi-sponsor-error - A sponsorship was refused; detail {status, code, message, fix?}.
 * @fires gongyi-payment-confirmed - An online payment was confirmed while the donor waited; detail {id, amount, currency, reference}.
 */
export class GongyiLunch extends GongyiElement<LunchSchool, LunchMessages> {
  static override styles = [baseStyles, lunchStyles];
  static override properties = {
    school: { reflect: true },
    _open: { state: true },
    _allReports: { state: true },
    _allSponsors: { state: true },
    _form: { state: true },
  };
  declare school: string | undefined;
  declare private _open: boolean;
  declare private _allReports: boolean;
  declare private _allSponsors: boolean;
  /** The sponsor form's module once loaded: it also renders the form's tag, so none of it is in the first paint. */
  declare private _form: typeof import('./gongyi-lunch-sponsor.js') | undefined;
  /** Once opened, the form stays in the DOM (hidden when collapsed) so input and retry state survive. */
  private _opened = false;
  private _returnChecked = false;

  constructor() {
    super();
    this._open = false;
    this._allReports = false;
    this._allSponsors = false;
    this.addEventListener('gongyi-sponsor', () => void this.load(true));
    this.addEventListener('gongyi-payment-confirmed', () => void this.load(true)); // an online payment arrived
  }

  protected catalogs() {
    return catalogs;
  }

  protected resourcePath(): string | ApiError {
    return this.school
      ? '/lunch/' + encodeURIComponent(this.school)
      : new ApiError(0, 'missing_attribute', 'Missing attribute: school');
  }

  protected renderSkeleton(): TemplateResult {
    const sk = (w: number) => this.sk(w);
    const rows = (n: number, row: TemplateResult) => Array.from({ length: n }, () => row);
    return html`<div class="head">
        <h3 class="title">${sk(5)}</h3>
        <p class="loc">${sk(8)} ${sk(8)}</p>
      </div>
      <p class="recipient"><span>${sk(12)}</span><span>${sk(5)} ${sk(9)} ${sk(9)}</span></p>
      <div class="through">
        <p class="lead">${sk(6)}</p>
        <p class="big">${sk(5)}</p>
        <p class="sub">${sk(7)} ${sk(7)}</p>
      </div>
      <section class="strip">
        <div class="sec-head"><h4>${sk(7)}</h4><span class="legend">${sk(9)}</span></div>
        <ol class="days">${rows(STRIP, html`<li class="day"></li>`)}</ol>
      </section>
      <dl class="stats">${rows(6, html`<div><dt>${sk(3)}</dt><dd>${sk(4)}</dd></div>`)}</dl>
      <section class="reports">
        <div class="sec-head"><h4>${sk(4)}</h4><span class="sk tg"></span></div>
        <ul>${rows(SHOWN, html`<li class="report"><span class="photo"></span><div class="report-text"><p>${sk(7)} ${sk(7)} ${sk(7)}</p><p class="menu">${sk(9)}</p></div></li>`)}</ul>
      </section>
      <section class="sponsors">
        <div class="sec-head"><h4>${sk(4)}</h4><span class="sk tg"></span></div>
        <ul>${rows(SHOWN, html`<li><span class="who">${sk(6)}</span><span class="when">${sk(3.5)} ${sk(7)}</span></li>`)}</ul>
      </section>
      <p class="note">${sk(9)} ${sk(9)}</p>
      <div class="actions"><span class="sk btn"></span>${this.elder ? html`<span class="sk btn"></span>` : nothing}</div>`;
  }

  protected renderReady(s: LunchSchool): TemplateResult {
    // Back from a payment page (?gongyi_donation=…): open the form if that sponsorship is this school's.
    if (!this._returnChecked && location.search.includes('gongyi_donation=')) {
      this._returnChecked = true;
      void import('../forms/payment-return.js')
        .then((m) => m.returningDonation(this.api))
        .then((d) => d?.campaignId === s.campaignId && !this._open && this.toggle());
    }
    const t = this.t;
    const l = this.locale;
    const m = (n: number) => money(n, s.currency, l);
    const reports = this._allReports ? s.reports : s.reports.slice(0, SHOWN);
    const sponsors = this._allSponsors ? s.recentSponsors : s.recentSponsors.slice(0, SHOWN);
    // Only an explicit false removes sponsoring: a service from before the field existed still takes it.
    const gifts = s.acceptsGifts !== false;
    const accepting = gifts && s.accepting;
    const co = s.coFunding;
    return html`<div class="card" part="card">
      <div class="head">
        <h3 class="title" part="title">${s.name}</h3>
        ${s.location ? html`<p class="loc muted">${s.location}</p>` : nothing}
      </div>
      ${this.recipient(s.recipient)}
      ${this.renderThrough(s)}
      <section class="strip" aria-labelledby="strip-h">
        <div class="sec-head">
          <h4 id="strip-h">${t.coming}</h4>
          <span class="legend muted" aria-hidden="true"
            ><span class="key funded"></span>${t.funded} <span class="key"></span>${t.unfunded}</span
          >
        </div>
        <ol class="days" part="strip">
          ${s.upcoming.slice(0, STRIP).map(
            (d) => html`<li class=${d.funded ? 'day funded' : 'day'} part=${d.funded ? 'day day-funded' : 'day'}>
              <span class="wd">${fmt(d.date, l, { weekday: 'short' })}</span>
              <span class="dm">${fmt(d.date, l, { month: 'numeric', day: 'numeric' })}</span>
              <span class="sr">${d.funded ? t.funded : t.unfunded}</span>
            </li>`,
          )}
        </ol>
      </section>
      <dl class="stats" part="stats">
        <div><dt>${t.children}</dt><dd>${t.childrenValue(integer(s.childrenCount, l))}</dd></div>
        <div><dt>${t.mealPrice}</dt><dd>${t.perMeal(m(s.mealPrice))}</dd></div>
        <div>
          <dt>${s.fixedCostLabel ?? t.fixedCost}</dt>
          <dd>${t.perMonth(m(s.monthlyFixedCost))}</dd>
        </div>
        <div><dt>${t.mealsFunded}</dt><dd part="meals-funded">${t.mealsValue(integer(s.mealsFunded, l))}</dd></div>
        <div><dt>${t.mealsServed}</dt><dd part="meals-served">${t.mealsValue(integer(s.mealsServed, l))}</dd></div>
        <div><dt>${t.balance}</dt><dd part="balance">${m(s.balance)}</dd></div>
      </dl>
      ${
        co?.perMeal || co?.monthly
          ? html`<p class="cofund" part="co-funding">
            ${co.perMeal ? t.coMeal(m(s.donorMealPrice!), co.name, m(co.perMeal)) : ''}
            ${co.monthly ? t.coMonth(co.name, m(co.monthly)) : ''}
          </p>`
          : nothing
      }
      <section class="reports" part="reports" aria-labelledby="reports-h">
        ${this.sectionHead('reports-h', t.reports, s.reports.length, this._allReports, () => (this._allReports = !this._allReports))}
        <ul>
          ${
            reports.length
              ? reports.map(
                  (r) => html`<li class="report">
                  ${this.photo(r.photoUrl, t.photoAlt(date(r.date, l)))}
                  <div class="report-text">
                    <p><strong>${date(r.date, l)}</strong> <span class="muted">${t.reportLine(integer(r.meals, l), m(r.spent))}</span></p>
                    ${r.menu ? html`<p class="menu">${r.menu}</p>` : nothing}
                  </div>
                </li>`,
                )
              : html`<li class="muted">${t.noReports}</li>`
          }
        </ul>
      </section>
      <section class="sponsors" part="sponsors" aria-labelledby="sponsors-h">
        ${this.sectionHead('sponsors-h', t.sponsors, s.recentSponsors.length, this._allSponsors, () => (this._allSponsors = !this._allSponsors))}
        <ul>
          ${
            sponsors.length
              ? sponsors.map(
                  (x) => html`<li>
                  <span class="who">${this.sponsorName(x)} <span class="muted">${this.bought(x)}</span></span>
                  <span class="when"><strong>${m(x.amount)}</strong> <span class="muted">${date(x.at, l)}</span></span>
                </li>`,
                )
              : html`<li class="muted">${t.noSponsors}</li>`
          }
        </ul>
      </section>
      ${s.note ? html`<p class="note muted" part="note">${s.note}</p>` : nothing}
      <div class="actions">
        ${
          gifts
            ? html`<button
              class="btn"
              part="sponsor"
              type="button"
              ?disabled=${!accepting}
              aria-expanded=${accepting ? String(this._open) : nothing}
              aria-controls=${accepting ? 'sponsor-form' : nothing}
              @click=${this.toggle}
              @pointerenter=${this.prefetch}
              @focus=${this.prefetch}
            >
              ${accepting ? (this._open ? t.close : t.sponsor) : t.closed}
            </button>`
            : html`<p class="no-gifts" part="no-gifts">${s.giftRefusal == 'filing_not_current' ? t.outsideFiling(s.recipient?.filedFrom ?? '', s.recipient?.filedUntil ?? '') : t.noGifts}</p>`
        }
        <button class="link" part="share" @click=${() => import('../share/gongyi-share.js').then((m) => m.share(this))}>${t.share}</button>
      </div>
      ${accepting && (this._open || this._opened) ? this._form?.sponsorForm(this, s, t, this._open) : nothing}
    </div>`;
  }

  /** The headline a parent or donor reads first: until when are lunches paid for? */
  private renderThrough(s: LunchSchool): TemplateResult {
    const t = this.t;
    const l = this.locale;
    const through = s.fundedThrough;
    const sameYear = through?.slice(0, 4) === s.today.slice(0, 4);
    const when = through
      ? fmt(through, l, { ...(sameYear ? {} : { year: 'numeric' }), month: 'long', day: 'numeric', weekday: 'short' })
      : '';
    return html`<div class="through" part="through" role="group" aria-label=${through ? t.fundedThrough + ' ' + when : t.notFunded}>
      ${through ? html`<p class="lead muted">${t.fundedThrough}</p>` : nothing}
      <p class="big" part="funded-through">${through ? html`<time datetime=${through}>${when}</time>` : t.notFunded}</p>
      <p class="sub">${!through ? t.needFirst : through < s.today ? t.ranOut : t.ahead(s.fundedDaysAhead)}</p>
    </div>`;
  }

  /**
   * "募捐主体：{name}  备案编号：{filing no.}": who legally receives the money, and the 慈善中国
   * record to check it against. None without a recipient (such a school takes no gifts). <gongyi-progress> has the same line: each card keeps its own copy, since a module
   * both imported would be a chunk of its own, a few hundred bytes more on each first paint.
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

  private sectionHead(id: string, title: string, total: number, all: boolean, toggle: () => void): TemplateResult {
    return html`<div class="sec-head">
      <h4 id=${id}>${title}</h4>
      ${
        total > SHOWN
          ? html`<button class="link" type="button" aria-expanded=${all} @click=${toggle}>${all ? this.t.showLess : this.t.showAll(total)}</button>`
          : nothing
      }
    </div>`;
  }

  private sponsorName(x: LunchSponsor): string {
    return x.anonymous || x.name === '爱心人士' || !x.name ? this.t.anonymous : x.name;
  }

  private bought(x: LunchSponsor): string {
    const t = this.t;
    const n = (v: number) => integer(v, this.locale);
    if (x.days) return t.boughtDays(n(x.days), n(x.meals ?? 0));
    return x.meals ? t.boughtMeals(n(x.meals)) : t.gift;
  }

  /** Report photos may be paths on the service (/photos/…): resolved against the API origin. */
  private photo(url: string | null, alt: string): TemplateResult {
    let src: URL | null = null;
    try {
      src = url ? new URL(url, (this.api || defaultApi()) + '/') : null;
    } catch {
      // not a URL: no photo (src stays null)
    }
    return src && /^https?:$/.test(src.protocol)
      ? html`<img class="photo" part="photo" src=${src.href} alt=${alt} loading="lazy" decoding="async" />`
      : html`<span class="photo none" aria-hidden="true"></span>`;
  }

  private toggle(): void {
    this._open = !this._open;
    this._opened = true;
    void this.prefetch();
  }

  /** The form module (which loads its own strings) is fetched when a reader shows interest (hover, focus) or opens it. */
  private prefetch(): Promise<unknown> {
    return import('./gongyi-lunch-sponsor.js').then((m) => (this._form = m));
  }
}

if (!customElements.get('gongyi-lunch')) customElements.define('gongyi-lunch', GongyiLunch);

declare global {
  interface HTMLElementTagNameMap {
    'gongyi-lunch': GongyiLunch;
  }
}
