import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError } from '../lib/api.js';
import { GongyiElement } from '../lib/base.js';
import { baseStyles } from '../lib/base.styles.js';
import { money, percent } from '../../../common/format.js';
import type { Org } from '../../../common/wire/org.js';
import { catalogs, type ColumnMessages } from './gongyi-column.i18n.js';
import { ProjectPager, type Filters, type ProjectCard } from './gongyi-column.pager.js';
import { columnStyles } from './gongyi-column.styles.js';

const STATS_PARTS = 'card: stats-card, figures, figure, value, number, unit, label, period';

/** The opened-project view (./gongyi-column.detail.ts, with the project module) is fetched when a reader reaches for a card. */
const loadDetail = () => import('./gongyi-column.detail.js');

/**
 * <gongyi-column org="ID">: an organisation's charity column (慈善专栏): brand line and logo, its
 * figures (<gongyi-stats layout="compact">), and its projects as cards, filterable by category and
 * status and paged with the API cursor ("load more"). A card opens the full <gongyi-project> in
 * place — the host page never navigates — with a way back; focus goes to the project's heading and
 * back to the card it came from.
 *
 * Attributes besides the common ones: `categories` (comma list of the category chips to offer;
 * default all), `limit` (cards per page, default 6), `figures` (figure slots, default 4).
 * Events: `gongyi-load`, `gongyi-error`, `gongyi-open` {project} and `gongyi-close` {project}.
 *
 * @tag gongyi-column
 * @attr {string} org - The organisation's id (required).
 * @attr {string} [categories=all] - Comma list of the category chips to offer.
 * @attr {number} [limit=6] - Cards per page.
 * @attr {number} [figures=4] - Figure slots of the column's figures.
 * @csspart header - The brand line.
 * @csspart brand - The brand.
 * @csspart logo - The logo.
 * @csspart name - The organisation's name.
 * @csspart stats - The column's <gongyi-stats>.
 * @csspart stats-card - The figures' box.
 * @csspart figures - The list of figures.
 * @csspart figure - One figure.
 * @csspart value - A figure's value.
 * @csspart number - The number of a value.
 * @csspart unit - The unit of a value.
 * @csspart label - A figure's label.
 * @csspart period - A figure's period.
 * @csspart filters - The filters.
 * @csspart filter - One filter group.
 * @csspart chip - One filter chip.
 * @csspart list - The project list.
 * @csspart cards - The project cards.
 * @csspart project - One project card.
 * @csspart cover - A card's cover photo.
 * @csspart open - The card's open button.
 * @csspart meta - A card's category and status.
 * @csspart status - A card's status.
 * @csspart card-bar - A card's progress bar.
 * @csspart raised - A card's raised amount.
 * @csspart empty - Shown when no project matches.
 * @csspart more - The "load more" button.
 * @csspart detail - The opened project.
 * @csspart back - The way back to the cards.
 * @csspart project-card - The opened project's box.
 * @csspart project-title - The opened project's title.
 * @csspart project-cover - The opened project's cover.
 * @csspart timeline - The opened project's timeline.
 * @csspart progress - The opened project's progress card.
 * @cssprop [--gongyi-card-min-width=14em] - Minimum width of a project card.
 * @cssprop [--gongyi-stats-min-width=9em] - Minimum width of a figure.
 * @cssprop [--gongyi-color-matched=#a67c00] - The matched segment of an opened project's bar.
 * @fires gongyi-open - A project card was opened; detail {project}.
 * @fires gongyi-close - The opened project was closed; detail {project}.
 * @fires gongyi-pledge - From an opened project: a pledge was accepted.
 * @fires gongyi-pledge-error - From an opened project: a pledge was refused.
 * @fires gongyi-payment-confirmed - From an opened project: an online payment was confirmed.
 */
export class GongyiColumn extends GongyiElement<Org, ColumnMessages> {
  static override styles = [baseStyles, columnStyles];
  static override properties = {
    org: { reflect: true },
    categories: {},
    limit: { type: Number },
    figures: { type: Number },
    _filters: { state: true },
    _open: { state: true },
  };
  declare org: string | undefined;
  declare categories: string | undefined;
  declare limit: number | undefined;
  declare figures: number | undefined;
  declare private _filters: Filters;
  declare private _open: string | undefined;
  private _detail: typeof import('./gongyi-column.detail.js') | undefined;
  private readonly pager = new ProjectPager(() => this.requestUpdate());
  /** org|api|filters|limit of the list on screen; a change reloads its first page. */
  private _listKey: string | undefined;
  /** A focus move to make once the next render is in the DOM. */
  private _focus: (() => void) | undefined;

  constructor() {
    super();
    this._filters = { category: '', status: '' };
  }

  protected catalogs() {
    return catalogs;
  }

  protected resourcePath(): string | ApiError {
    return this.org
      ? '/orgs/' + encodeURIComponent(this.org)
      : new ApiError(0, 'missing_attribute', 'Missing attribute: org');
  }

  private get pageSize(): number {
    const n = Math.floor(this.limit ?? 6);
    return Number.isFinite(n) ? Math.min(50, Math.max(1, n)) : 6;
  }

  /** The category chips: those asked for (`categories`) that the catalog names, else all, in the catalog's order. */
  private chipCategories(names: Record<string, string>): string[] {
    const asked = (this.categories ?? '').split(/[\s,]+/).filter((c) => Object.hasOwn(names, c));
    return asked.length ? asked : Object.keys(names);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._listKey = undefined; // reload the list when moved back into a document
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pager.stop();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The first page loads alongside the organisation, not after it.
    const key = [this.org, this.api ?? '', this._filters.category, this._filters.status, this.pageSize].join('|');
    if (this.org && key !== this._listKey) {
      this._listKey = key;
      void this.loadList(false);
    }
  }

  private async loadList(more: boolean): Promise<void> {
    await this.pager.load(this.api, this.org!, this._filters, this.pageSize, more);
    const e = this.pager.error;
    if (e) this.emit('gongyi-error', { status: e.status, code: e.code, message: e.message });
  }

  private setFilter(kind: keyof Filters, value: string): void {
    if (this._filters[kind] !== value) this._filters = { ...this._filters, [kind]: value };
  }

  private async more(): Promise<void> {
    if (this.pager.loading || !this.pager.nextCursor) return;
    const before = this.pager.items.length;
    await this.loadList(true);
    // Keyboard readers carry on at the first new card (the button may be gone: no more pages).
    if (this.pager.items.length > before) {
      this._focus = () => this.renderRoot.querySelectorAll<HTMLElement>('button.open')[before]?.focus();
      this.requestUpdate();
    }
  }

  private async openProject(id: string): Promise<void> {
    this._detail ??= await loadDetail();
    this._open = id;
    // Focus the detail at once (the card's button is hidden now), then its heading once it loads.
    this._focus = () => this.renderRoot.querySelector<HTMLElement>('.detail')?.focus();
    this.emit('gongyi-open', { project: id });
  }

  /** The opened project closes (its view's back button, Escape): the cards again, then `focus`. */
  close(focus: () => void): void {
    const id = this._open;
    if (!id) return;
    this._open = undefined;
    this._focus = focus;
    this.emit('gongyi-close', { project: id });
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // The figures are <gongyi-stats>, a chunk of its own fetched once the column has drawn itself,
    // so it never holds up the column's first paint; until it arrives its box is held (styles).
    void import('./gongyi-stats.js');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const f = this._focus;
    this._focus = undefined;
    f?.();
    // Bar widths via the CSSOM, not style attributes: strict CSPs stay happy.
    for (const fill of this.renderRoot.querySelectorAll<HTMLElement>('.fill[data-pct]'))
      fill.style.width = fill.dataset.pct + '%';
  }

  // ── rendering ──

  private header(org: Org | undefined): TemplateResult {
    const t = this._m;
    return html`<header class="head" part="header">
      <div class="logo" part="logo">
        ${
          org?.logoUrl
            ? html`<img src=${org.logoUrl} alt="" decoding="async" />`
            : org
              ? html`<span aria-hidden="true">${[...org.name][0]}</span>`
              : nothing
        }
      </div>
      <div class="names">
        ${
          org && t
            ? html`<h2 class="name" part="name">${org.name}<span class="word"> · ${t.column}</span></h2>`
            : html`<div class="name"><span class="sk"></span></div>` /* no empty heading while loading */
        }
        <p class="brand" part="brand">${org ? (org.brand ?? org.region ?? '') : html`<span class="sk l"></span>`}</p>
      </div>
    </header>`;
  }

  /**
   * Until <gongyi-stats>'s code arrives, its light DOM draws the slots of its skeleton (same boxes,
   * styles), so its box is the one the skeleton will have; once defined, its shadow root hides them.
   */
  private heldFigures(): TemplateResult[] {
    return Array.from(
      { length: Math.min(24, Math.max(1, Math.floor(this.figures ?? 4) || 1)) },
      () => html`<i><b>${this.sk(3)}</b><i>${this.sk(5)} ${this.sk(5)}</i></i>`,
    );
  }

  private stats(org: Org | undefined): TemplateResult {
    return html`<gongyi-stats
      part="stats"
      exportparts=${STATS_PARTS}
      layout="compact"
      .hold=${!org}
      org=${org?.id ?? nothing}
      max=${this.figures ?? nothing}
      api=${this.api ?? nothing}
      lang=${this.locale}
      theme=${this.theme ?? nothing}
      ?elder=${this.elder}
    >${this.heldFigures()}</gongyi-stats>`;
  }

  /** A chip row of `values` (named by `names`); while the messages load, `slots` placeholder chips. */
  private chips(
    kind: keyof Filters,
    values: string[],
    names: Record<string, string> | undefined,
    label: string | undefined,
    slots: number,
  ): TemplateResult {
    const t = this._m;
    // A row that scrolls sideways on purpose (data-scroll-x): every choice stays one tap away.
    return html`<div class="chips" role=${t ? 'group' : nothing} aria-label=${label ?? nothing} part="filter" data-scroll-x>
      ${
        t
          ? [['', t.all], ...values.map((v) => [v, names![v]])].map(
              ([v, name]) => html`<button
              type="button"
              class="chip"
              part="chip"
              data-value=${v!}
              aria-pressed=${String(this._filters[kind] === v)}
              @click=${() => this.setFilter(kind, v!)}
            >
              ${name}
            </button>`,
            )
          : Array.from({ length: slots }, () => html`<span class="chip sk"></span>`)
      }
    </div>`;
  }

  /** A skeleton card: the boxes of a card, placeholders about as wide as the usual text. */
  private placeholderCard(): TemplateResult {
    const sk = (w: number) => this.sk(w);
    return html`<li class="pcard" aria-hidden="true">
      <div class="cover"></div>
      <div class="ptitle">${sk(7)} ${sk(6)}</div>
      <p class="meta">${sk(2)} ${sk(6)}</p>
      <p class="state"><span class="badge">${sk(2.5)}</span></p>
    </li>`;
  }

  private card(p: ProjectCard, t: ColumnMessages): TemplateResult {
    const l = this.locale;
    const cat = t.categories[p.category] ?? p.category;
    const g = p.progress;
    const ratio = g && g.goalAmount > 0 ? g.raisedAmount / g.goalAmount : 0;
    const raised = g ? t.raised(money(g.raisedAmount, g.currency, l), money(g.goalAmount, g.currency, l)) : '';
    return html`<li class="pcard" part="project" data-id=${p.id}>
      <div class="cover" part="cover">
        ${p.coverUrl ? html`<img src=${p.coverUrl} alt="" loading="lazy" decoding="async" />` : html`<span aria-hidden="true">${cat}</span>`}
      </div>
      <h3 class="ptitle clamp" data-clamp>
        <button
          type="button"
          class="open"
          part="open"
          data-id=${p.id}
          @click=${() => this.openProject(p.id)}
          @pointerenter=${loadDetail}
          @focus=${loadDetail}
        >${p.title}</button>
      </h3>
      <p class="meta" part="meta">${cat}${p.location ? html` · ${p.location}` : nothing}</p>
      <p class="state"><span class="badge" part="status" data-status=${p.status}>${t.statuses[p.status] ?? p.status}</span></p>
      ${
        g
          ? html`<div class="prog">
              <div
                class="bar"
                part="card-bar"
                role="progressbar"
                aria-label=${t.progressOf(p.title)}
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=${Math.min(100, Math.round(ratio * 100))}
                aria-valuetext=${`${raised} (${percent(ratio, l)})`}
              >
                <div class="fill" data-pct=${Math.min(100, ratio * 100)}></div>
              </div>
              <p class="raised" part="raised">${raised}</p>
            </div>`
          : nothing
      }
    </li>`;
  }

  private list(t: ColumnMessages | undefined): TemplateResult {
    const pg = this.pager;
    const first = pg.loading && !pg.items.length;
    const n = this.pageSize;
    const items = t && !first ? pg.items : [];
    // While the first page loads, a page of skeleton cards; then the cards, as many as there are.
    const rest = t && !first ? 0 : n;
    const empty = t && !pg.loading && !pg.error && !items.length;
    return html`<div class="list" part="list" aria-busy=${String(!t || pg.loading)}>
        <ul class="cards" part="cards" aria-label=${t?.projects ?? nothing}>
          ${t ? items.map((p) => this.card(p, t)) : nothing}
          ${Array.from({ length: rest }, () => this.placeholderCard())}
        </ul>
        ${empty ? html`<p class="empty" part="empty">${t.empty}</p>` : nothing}
        ${t && pg.error ? this.errorOverlay(pg.error, () => this.loadList(pg.items.length > 0)) : nothing}
      </div>
      <div class="sr" role="status">${t && !pg.loading && !pg.error ? t.shown(pg.items.length) : ''}</div>
      ${
        rest
          ? html`<div class="more"><span class="sk btn"></span></div>`
          : t && pg.nextCursor
            ? html`<div class="more"><button
              class="btn ghost"
              part="more"
              type="button"
              aria-disabled=${String(pg.loading)}
              @click=${this.more}
            >
              ${pg.loading ? t.common.loading : t.loadMore}
            </button></div>`
            : items.length && !pg.loading
              ? html`<div class="more"><p class="muted">${t!.allShown(items.length)}</p></div>`
              : nothing
      }`;
  }

  private listView(org: Org | undefined): TemplateResult {
    const t = this._m;
    return html`${this.stats(org)}
      <div class="filters" part="filters" role=${t ? 'group' : nothing} aria-label=${t?.filters ?? nothing}>
        ${this.chips('category', t ? this.chipCategories(t.categories) : [], t?.categories, t?.category, 4)}
        ${this.chips('status', t ? Object.keys(t.statuses) : [], t?.statuses, t?.status, 3)}
      </div>
      ${this.list(t)}`;
  }

  protected renderSkeleton(): TemplateResult {
    return html`${this.header(undefined)}${this.listView(undefined)}`;
  }

  protected renderReady(org: Org): TemplateResult {
    const t = this.t;
    return html`<div class="card" part="card">
      ${this.header(org)}
      <div class="view" ?hidden=${!!this._open}>${this.listView(org)}</div>
      ${
        this._open && this._detail
          ? this._detail.detailView(
              this,
              this._open,
              this.pager.items.find((p) => p.id === this._open)?.title ?? this._open,
              t,
            )
          : nothing
      }
    </div>`;
  }
}

if (!customElements.get('gongyi-column')) customElements.define('gongyi-column', GongyiColumn);

declare global {
  interface HTMLElementTagNameMap {
    'gongyi-column': GongyiColumn;
  }
}
