import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError, getJson } from '../lib/api.js';
import { GongyiElement } from '../lib/base.js';
import { baseStyles } from '../lib/base.styles.js';
import { date, integer, money } from '../../../common/format.js';
import { watchClamps } from './clamp.js';
import { catalogs, type WishesMessages } from './gongyi-wishes.i18n.js';
import { wishesStyles } from './gongyi-wishes.styles.js';
import { WISH_CATEGORIES, type WishCategory } from '../../../common/categories.js';
import {
  PUBLIC_WISH_STATUSES as WISH_STATUSES,
  type PublicWishStatus as WishStatus,
} from '../../../common/statuses.js';
import type { Wish, WishPage } from '../../../common/wire/wishes.js';

/** Wishes per page; the skeleton shows this many cards. */
export const PAGE = 6;

/** The claim dialog and its focus handling (./gongyi-wishes.claiming.ts), fetched when a reader reaches for "claim". */
const prefetchClaim = () => import('./gongyi-wishes.claiming.js');

/**
 * <gongyi-wishes org="ID">: an organisation's micro-wish board (微心愿): counts per status (which
 * also filter), category chips, wish cards (category colour and badge, masked wisher, community,
 * estimated value, status, who claimed it, the thank-you once fulfilled), "more" paging, and a
 * claim dialog on open wishes. Optional `status` and `category` attributes preselect a filter.
 *
 * The dialog is <gongyi-claim> (./gongyi-claim.ts), imported when a reader reaches for "claim".
 * Events: `gongyi-load`, `gongyi-error`, and from the dialog `gongyi-claim` (detail {wish, id,
 * claimedBy}) and `gongyi-claim-error` (detail {wish, status, code, message}).
 *
 * @tag gongyi-wishes
 * @attr {string} org - The organisation's id (required).
 * @attr {'open' | 'claimed' | 'fulfilled'} [status=all] - Preselected status filter.
 * @attr {string} [category=all] - Preselected category filter (necessities, study, culture, policy, employment, other).
 * @csspart title - The board's title.
 * @csspart counts - The counts per status (they filter).
 * @csspart count - One status count.
 * @csspart chips - The category chips.
 * @csspart chip - One category chip.
 * @csspart list - The wish cards.
 * @csspart wish - One wish card.
 * @csspart status - A wish's status.
 * @csspart value - A wish's estimated value.
 * @csspart story - A wish's text.
 * @csspart thanks - The thank-you of a fulfilled wish.
 * @csspart claimed-by - Who claimed the wish.
 * @csspart claim - The claim button of an open wish.
 * @csspart share - A wish card's button that makes a share poster (its code loads on first use).
 * @csspart more - The "more" button.
 * @csspart dialog - The claim dialog.
 * @csspart claim-form - The claim form.
 * @csspart claim-submit - The claim form's submit button.
 * @csspart claim-result - The confirmation after a claim.
 * @csspart claim-error - The claim form's error message.
 * @cssprop [--gongyi-wish-necessities=#b4430f] - Colour of the 必需物资 category.
 * @cssprop [--gongyi-wish-study=#1d4ed8] - Colour of the 学习用品 category.
 * @cssprop [--gongyi-wish-culture=#7e22ce] - Colour of the 精神文化 category.
 * @cssprop [--gongyi-wish-policy=#047857] - Colour of the 政策扶持 category.
 * @cssprop [--gongyi-wish-employment=#be123c] - Colour of the 就业指导 category.
 * @cssprop [--gongyi-wish-other=#4b5563] - Colour of the 其他 category.
 * @fires gongyi-claim - A wish was claimed; detail {wish, id, claimedBy}.
 * @fires gongyi-claim-error - A claim was refused; detail {wish, status, code, message, fix?}.
 */
export class GongyiWishes extends GongyiElement<WishPage, WishesMessages> {
  static override styles = [baseStyles, wishesStyles];
  static override properties = {
    org: { reflect: true },
    status: {},
    category: {},
    _more: { state: true },
    _next: { state: true },
    _claiming: { state: true },
  };
  declare org: string | undefined;
  declare status: WishStatus | undefined;
  declare category: WishCategory | undefined;
  /** Items of the pages after the first, and the cursor after them (undefined: the first page's). */
  declare private _more: Wish[];
  declare private _next: string | null | undefined;
  /** The wish the dialog is for; once set, the dialog element stays rendered. */
  declare private _claiming: Wish | undefined;
  /** The wishes whose whole story a reader opened. */
  private _opened = new Set<string>();

  constructor() {
    super();
    this._more = [];
    this.addEventListener('gongyi-claim', () => void this.load(true));
    // Someone was first (or the wish closed): show the board as it now is.
    this.addEventListener('gongyi-claim-error', (e) => {
      const code = (e as CustomEvent<{ code: string }>).detail.code;
      if (code === 'already_claimed' || code === 'wish_closed') void this.load(true);
    });
  }

  protected catalogs() {
    return catalogs;
  }

  protected resourcePath(): string | ApiError {
    if (!this.org) return new ApiError(0, 'missing_attribute', 'Missing attribute: org');
    const q = new URLSearchParams({ limit: String(PAGE) });
    if (this.status && WISH_STATUSES.includes(this.status)) q.set('status', this.status);
    if (this.category && WISH_CATEGORIES.includes(this.category)) q.set('category', this.category);
    return `/orgs/${encodeURIComponent(this.org)}/wishes?${q}`;
  }

  /** A (re)load shows the first page again. */
  protected override async load(fresh = false): Promise<void> {
    await super.load(fresh);
    this._more = [];
    this._next = undefined;
  }

  protected renderSkeleton(): TemplateResult {
    const sk = (w: number) => this.sk(w);
    const card = html`<li class="wish" data-cat="">
      <div class="head"><span class="badge"></span><h4>${sk(7)}</h4></div>
      <p class="meta">${sk(6)} ${sk(8)}</p>
      <p class="text">${sk(8)} ${sk(8)}</p>
      <div class="foot"><span class="sk btn"></span></div>
    </li>`;
    return html`<h3 class="title">${sk(5)}</h3>
      <div class="statuses">${[0, 1, 2, 3].map(() => html`<div class="status"><span class="sk s"></span></div>`)}</div>
      <div class="chips">${[0, 1, 2, 3].map(() => html`<span class="chip"><span class="sk"></span></span>`)}</div>
      <ul class="list">
        ${Array.from({ length: PAGE }, () => card)}
      </ul>
      <div class="more"><span class="sk btn"></span></div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    watchClamps(this.renderRoot);
  }

  protected renderReady(p: WishPage): TemplateResult {
    const t = this.t;
    const l = this.locale;
    const items = [...p.items, ...this._more];
    const next = this._next === undefined ? p.nextCursor : this._next;
    const total = WISH_STATUSES.reduce((n, s) => n + (p.counts[s] ?? 0), 0);
    const statusButton = (s: WishStatus | undefined) => html`<button
      type="button"
      class="status"
      part="count"
      aria-pressed=${String(this.status === s)}
      @click=${() => this.filter(s, this.category)}
    >
      <strong>${integer(s ? (p.counts[s] ?? 0) : total, l)}</strong><span>${s ? t.statuses[s] : t.all}</span>
    </button>`;
    const chip = (c: WishCategory | undefined) => html`<button
      type="button"
      class="chip"
      part="chip"
      data-cat=${c ?? ''}
      aria-pressed=${String(this.category === c)}
      @click=${() => this.filter(this.status, c)}
    >
      ${c ? html`<span class="dot" aria-hidden="true"></span>${t.categories[c]}` : t.all}
    </button>`;
    return html`<section class="card" part="card" aria-labelledby="title" aria-busy=${String(this._state === 'loading')}>
        <h3 class="title" part="title" id="title">${t.title}</h3>
        <div class="statuses" part="counts" role="group" aria-label=${t.byStatus}>${[undefined, ...WISH_STATUSES].map(statusButton)}</div>
        <div class="chips" part="chips" role="group" aria-label=${t.byCategory} data-scroll-x>${[undefined, ...WISH_CATEGORIES].map(chip)}</div>
        <ul class="list" part="list">
          ${items.map((w) => this.renderWish(w))}
          ${items.length ? nothing : html`<li class="none">${t.none}</li>`}
        </ul>
        ${
          next
            ? html`<div class="more"><button class="btn ghost" type="button" part="more" @click=${this.loadMore}>${t.more}</button></div>`
            : nothing
        }
      </section>
      ${
        this._claiming
          ? html`<gongyi-claim
            id="claim"
            exportparts="dialog, claim-form, claim-submit, claim-result, claim-error"
            api=${this.api ?? nothing}
            lang=${l}
            theme=${this.theme ?? nothing}
            ?elder=${this.elder}
            .wish=${this._claiming}
            .locale=${l}
            @gongyi-claim-close=${this.restoreFocus}
          ></gongyi-claim>`
          : nothing
      }`;
  }

  private renderWish(w: Wish): TemplateResult {
    const t = this.t;
    const l = this.locale;
    const who = w.claimedBy ?? '';
    const titleId = 'w-' + w.id;
    return html`<li class="wish" part="wish" data-cat=${w.category} data-status=${w.status} data-id=${w.id}>
      <div class="head">
        <span class="badge" aria-hidden="true">${t.icons[w.category]}</span>
        <h4 id=${titleId} tabindex="-1">${w.title}</h4>
        <span class=${'pill ' + w.status} part="status">${t.statuses[w.status]}</span>
      </div>
      <p class="meta">
        <span class="cat">${t.categories[w.category]}</span> · <span class="sr">${t.wisher}: </span>${w.wisher}${
          w.community ? ` · ${w.community}` : nothing
        }
      </p>
      <p class=${this._opened.has(w.id) ? 'text clamp open' : 'text clamp'} part=${w.thanks && w.status === 'fulfilled' ? 'thanks' : 'story'} data-clamp>
        ${w.status === 'fulfilled' && w.thanks ? html`<span class="sr">${t.thanks}: </span>“${w.thanks}”` : w.story}
      </p>
      <button class="link more-text" type="button" aria-expanded=${String(this._opened.has(w.id))} @click=${() => this.flip(w.id)}>
        ${this._opened.has(w.id) ? t.readLess : t.readMore}
      </button>
      <div class="foot">
        ${w.value ? html`<span class="value" part="value"><span class="sr">${t.value}: </span>${money(w.value, w.currency, l)}</span>` : nothing}
        ${
          w.status === 'open'
            ? html`<button
              class="btn"
              type="button"
              part="claim"
              aria-describedby=${titleId}
              aria-haspopup="dialog"
              @click=${() => this.openClaim(w)}
              @pointerenter=${prefetchClaim}
              @focus=${prefetchClaim}
            >
              ${t.claim}
            </button>`
            : html`<span class="who" part="claimed-by"
              >${w.status === 'fulfilled' ? t.fulfilledBy(who, w.fulfilledAt ? date(w.fulfilledAt, l) : '') : t.claimedBy(who)}</span
            >`
        }
        <button class="link" part="share" aria-describedby=${titleId} aria-haspopup="dialog" @click=${(e: Event) => this.share(w, e)}>${t.share}</button>
      </div>
    </li>`;
  }

  /** Shows a wish's whole story, or folds it again. */
  private flip(id: string): void {
    if (!this._opened.delete(id)) this._opened.add(id);
    this.requestUpdate();
  }

  private filter(status: WishStatus | undefined, category: WishCategory | undefined): void {
    this.status = status;
    this.category = category;
  }

  private async loadMore(): Promise<void> {
    const p = this._data;
    const cursor = this._next === undefined ? p?.nextCursor : this._next;
    const path = this.resourcePath();
    if (!cursor || path instanceof ApiError) return;
    try {
      const page = await getJson<WishPage>(this.api, `${path}&cursor=${encodeURIComponent(cursor)}`);
      if (this._data !== p) return; // filters changed meanwhile
      this._more = [...this._more, ...page.items];
      this._next = page.nextCursor;
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'network_error', String(e));
      this.emit('gongyi-error', { status: err.status, code: err.code, message: err.message });
    }
  }

  private async openClaim(w: Wish): Promise<void> {
    this._claiming = w;
    await prefetchClaim();
    await this.updateComplete;
    this.renderRoot.querySelector('gongyi-claim')?.open();
  }

  /** The share poster's code is fetched only when a reader presses "分享" (see ../share/gongyi-share.ts). */
  private share(wish: Wish, e: Event): void {
    void import('../share/gongyi-share.js').then((m) => m.share(this, e.target as HTMLElement, wish));
  }

  /** Focus back to the wish once its dialog closes (the dialog's module is loaded by then). */
  private restoreFocus(): void {
    const id = this._claiming?.id ?? '';
    void prefetchClaim().then((m) => m.focusAfterClaim(this.renderRoot, id));
  }
}

if (!customElements.get('gongyi-wishes')) customElements.define('gongyi-wishes', GongyiWishes);

declare global {
  interface HTMLElementTagNameMap {
    'gongyi-wishes': GongyiWishes;
  }
}
