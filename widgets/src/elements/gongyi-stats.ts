import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError } from '../lib/api.js';
import { GongyiElement } from '../lib/base.js';
import { baseStyles } from '../lib/base.styles.js';
import { CountUp } from './gongyi-stats.count-up.js';
import { figureParts, labelOf } from '../../../common/stats-figures.js';
import type { Stat } from '../../../common/wire/stats.js';
import { catalogs, type StatsMessages } from './gongyi-stats.i18n.js';
import { statsStyles } from './gongyi-stats.styles.js';

export type { Stat };
export type StatsLayout = 'full' | 'compact';

const DEFAULT_MAX: Record<StatsLayout, number> = { full: 8, compact: 4 };

/**
 * <gongyi-stats org="ID" layout="full|compact" max="N">: an organisation's headline figures
 * (staff-entered and live), with units, 万/亿 for Chinese readers, counting up once when scrolled
 * into view unless the reader prefers reduced motion.
 *
 * It shows at most `max` figures (default 8 full, 4 compact); the skeleton lays out that many slots.
 * Events: `gongyi-load`, `gongyi-error`.
 *
 * @tag gongyi-stats
 * @attr {string} org - The organisation's id (required).
 * @attr {'full' | 'compact'} [layout=full] - Full cards or a compact row.
 * @attr {number} [max=8 full, 4 compact] - Figure slots laid out; figures past it are not shown.
 * @csspart figures - The list of figures.
 * @csspart figure - One figure.
 * @csspart value - A figure's value.
 * @csspart number - The number of a value.
 * @csspart unit - The unit of a value.
 * @csspart label - A figure's label.
 * @csspart period - A figure's period.
 * @csspart empty - Shown when there are no figures.
 * @cssprop [--gongyi-stats-min-width=11em] - Minimum width of a figure (9em compact).
 */
export class GongyiStats extends GongyiElement<{ items: Stat[] }, StatsMessages> {
  static override styles = [baseStyles, statsStyles];
  static override properties = {
    org: { reflect: true },
    layout: { reflect: true },
    max: { type: Number },
    hold: { attribute: false },
  };
  declare org: string | undefined;
  declare layout: StatsLayout;
  declare max: number | undefined;
  /**
   * Set by a parent that does not know the organisation yet: keep the skeleton, load nothing. A
   * reactive property, so a value the parent set before this module arrived survives the upgrade.
   */
  declare hold: boolean | undefined;
  private readonly countUp = new CountUp(this);

  constructor() {
    super();
    this.layout = 'full';
  }

  protected catalogs() {
    return catalogs;
  }

  protected resourcePath(): string | ApiError | null {
    if (this.org) return `/orgs/${encodeURIComponent(this.org)}/stats`;
    return this.hold ? null : new ApiError(0, 'missing_attribute', 'Missing attribute: org');
  }

  private get slots(): number {
    const n = Math.floor(this.max ?? DEFAULT_MAX[this.layout === 'compact' ? 'compact' : 'full']);
    return Math.min(24, Math.max(1, Number.isFinite(n) ? n : 1));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Armed before the first render of the figures, so reduced motion never shows a zero.
    if (this._state === 'ready' && this._data) this.countUp.arm();
  }

  protected renderSkeleton(): TemplateResult {
    const sk = (w: number) => this.sk(w);
    return html`<div class="grid">
      ${Array.from(
        { length: this.slots },
        () => html`<div class="fig">
          <span class="label">${sk(5)} ${sk(5)}</span>
          <span class="value">${sk(3)}</span>
          ${this.layout === 'compact' ? nothing : html`<span class="period">${sk(3)}</span>`}
        </div>`,
      )}
    </div>`;
  }

  private figure(s: Stat): TemplateResult {
    const l = this.locale;
    const { label, unit } = labelOf(s, this.t);
    const final = figureParts(s, s.value, unit, l);
    const now = this.countUp.progress < 1 ? figureParts(s, s.value * this.countUp.progress, unit, l) : final;
    return html`<li class="fig" part="figure" data-key=${s.key} data-source=${s.source}>
      <span class="label" part="label">${label}</span>
      <span class="value" part="value">
        <span class="sr">${final.num}${final.unit}</span>
        <span class="stack" aria-hidden="true"
          ><span class="ghost">${final.num}</span><span class="num" part="number">${now.num}</span></span
        ><span class="unit" part="unit" aria-hidden="true">${final.unit}</span>
      </span>
      ${s.period ? html`<span class="period" part="period"><span class="sr">${this.t.period}: </span>${s.period}</span>` : nothing}
    </li>`;
  }

  protected renderReady(data: { items: Stat[] }): TemplateResult {
    const shown = data.items.slice(0, this.slots);
    return html`<div class="card" part="card">
      <ul class="grid" part="figures" aria-label=${this.t.title}>${shown.map((s) => this.figure(s))}</ul>
      ${shown.length ? nothing : html`<p class="empty muted" part="empty">${this.t.empty}</p>`}
    </div>`;
  }
}

if (!customElements.get('gongyi-stats')) customElements.define('gongyi-stats', GongyiStats);

declare global {
  interface HTMLElementTagNameMap {
    'gongyi-stats': GongyiStats;
  }
}
