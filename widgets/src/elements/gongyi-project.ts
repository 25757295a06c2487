import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError, defaultApi, type Project } from '../lib/api.js';
import { GongyiElement } from '../lib/base.js';
import { baseStyles } from '../lib/base.styles.js';
import { date } from '../../../common/format.js';
import { watchClamps } from './clamp.js';
import { catalogs, type ProjectMessages } from './gongyi-project.i18n.js';
import { projectStyles } from './gongyi-project.styles.js';

const ROWS = 6;
const LINKS = 2;
const PROGRESS_PARTS =
  'card: progress-card, bar: progress-bar, fill: progress-fill, give: progress-give, form: progress-form, ' +
  'recipient: progress-recipient, spent: progress-spent, balance: progress-balance, no-gifts: progress-no-gifts';

/**
 * <gongyi-project project="ID">: cover, title, organisation, location, category, beneficiaries,
 * status, the progress-update timeline (done / doing / planned), source links, and the campaign's
 * <gongyi-progress> when the project has one (its code loads after the project's own).
 * Events: `gongyi-load`, `gongyi-error`.
 *
 * @tag gongyi-project
 * @attr {string} project - The project's id (required).
 * @csspart cover - The cover photo.
 * @csspart title - The project's title.
 * @csspart org - The organisation.
 * @csspart summary - The summary.
 * @csspart meta - Location, category, beneficiaries and status.
 * @csspart timeline - The progress-update timeline.
 * @csspart links - The source links.
 * @csspart progress - The campaign's <gongyi-progress>.
 * @csspart progress-card - The progress card's box.
 * @csspart progress-bar - The progress bar's track.
 * @csspart progress-fill - The raised segment of the bar.
 * @csspart progress-give - The button that opens the pledge form.
 * @csspart progress-form - The pledge form.
 * @csspart progress-recipient - Who receives the money.
 * @csspart progress-spent - What was spent.
 * @csspart progress-balance - What is left.
 * @csspart progress-no-gifts - The note shown when the campaign accepts no gifts.
 * @cssprop [--gongyi-color-matched=#a67c00] - The matched segment of the progress bar.
 * @fires gongyi-pledge - From the progress card: a pledge was accepted; detail {campaign, id, amount, currency, reference}.
 * @fires gongyi-pledge-error - From the progress card: a pledge was refused.
 * @fires gongyi-payment-confirmed - From the progress card: an online payment was confirmed.
 */
export class GongyiProject extends GongyiElement<Project, ProjectMessages> {
  static override styles = [baseStyles, projectStyles];
  static override properties = {
    project: { reflect: true },
    _allUpdates: { state: true },
    _allLinks: { state: true },
  };
  declare project: string | undefined;
  declare private _allUpdates: boolean;
  declare private _allLinks: boolean;
  /** The long texts a reader opened (summary, updates by index). */
  private _opened = new Set<string>();

  constructor() {
    super();
    this._allUpdates = false;
    this._allLinks = false;
  }

  protected catalogs() {
    return catalogs;
  }

  protected resourcePath(): string | ApiError {
    return this.project
      ? '/projects/' + encodeURIComponent(this.project)
      : new ApiError(0, 'missing_attribute', 'Missing attribute: project');
  }

  /**
   * Until <gongyi-progress>'s code arrives, its light DOM draws the boxes of its skeleton
   * (gongyi-progress.ts renderSkeleton, box for box; styles: gongyi-project.styles.ts), so the box
   * held is the one its skeleton will have at any width, in any language, elder or not; once
   * defined, its shadow root hides them.
   */
  private heldProgress(): TemplateResult {
    const sk = (w: number) => this.sk(w);
    const figures = (n: number) =>
      html`<div class="ps">${Array.from({ length: n }, () => html`<div><div class="pm">${sk(3)}</div>${sk(4)}</div>`)}</div>`;
    const row = html`<div class="pw"><span>${sk(6)}</span><span>${sk(3.5)} ${sk(7)}</span></div>`;
    return html`<div class="pt">${sk(8)} ${sk(7)}</div>
      <div class="pr pm"><span>${sk(12)}</span><span>${sk(5)} ${sk(9)} ${sk(9)}</span></div>
      <div class="pf"><span>${sk(3.5)}</span><span>${sk(7)}</span><b>${sk(2.5)}</b></div>
      <div class="pb"></div>
      ${figures(4)}
      <div class="pd"><div><span>${sk(4)}</span><span class="sk"></span></div><div>${row}${row}${row}</div></div>
      ${figures(3)}
      <div class="pg">${sk(4)}</div>
      <div class="pa"><span class="sk"></span></div>`;
  }

  /** The nested progress element; `hold` keeps it a skeleton while the campaign id is unknown. */
  private progress(campaign: string | undefined): TemplateResult {
    return html`<gongyi-progress
      part="progress"
      exportparts=${PROGRESS_PARTS}
      .hold=${!campaign}
      campaign=${campaign ?? nothing}
      api=${this.api ?? nothing}
      lang=${this.locale}
      theme=${this.theme ?? nothing}
      ?elder=${this.elder}
    >${this.heldProgress()}</gongyi-progress>`;
  }

  protected renderSkeleton(): TemplateResult {
    const sk = (w: number) => this.sk(w);
    const update = html`<li><span class="mark"></span><div class="u"><p>${sk(4)} ${sk(9)}</p><time>${sk(6)}</time></div></li>`;
    return html`<div class="cover"></div>
      <h2 class="title">${sk(8)} ${sk(7)}</h2>
      <p class="org">${sk(5)}</p>
      <p class="summary">${sk(9)} ${sk(9)} ${sk(9)}</p>
      <dl class="meta">${[7, 2, 5, 3].map((w, i) => html`<div><dt>${sk(2)}</dt><dd>${sk(w)}${i ? nothing : html` ${sk(7)}`}</dd></div>`)}</dl>
      <section class="timeline">
        <div class="head"><h3>${sk(4)}</h3></div>
        <ol>${Array.from({ length: ROWS }, () => update)}</ol>
      </section>
      <section class="links">
        <div class="head"><h3>${sk(4)}</h3></div>
        <ul><li><span>${sk(16)}</span></li></ul>
      </section>
      ${this.progress(undefined)}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    watchClamps(this.renderRoot);
    // The campaign part of the card is <gongyi-progress>, a chunk of its own fetched once the
    // project says it has a campaign: it never holds up the project's own first paint, and a
    // project without a campaign never downloads it. Until then its box is held (styles).
    if (this._data?.campaignId) void import('./gongyi-progress.js');
  }

  /**
   * A long text's first lines (--_clamp), and the button that shows the rest; `key` keeps it open
   * across renders. The summary is a part (spelled out, so the manifest's check can read it).
   */
  private clamped(key: string, cls: string, text: TemplateResult | string, isSummary = false): TemplateResult {
    const open = this._opened.has(key);
    const flip = () => {
      if (!this._opened.delete(key)) this._opened.add(key);
      this.requestUpdate();
    };
    return html`<p class=${`${cls} clamp${open ? ' open' : ''}`} part=${isSummary ? 'summary' : nothing} data-clamp>${text}</p>
      <button class="link more" type="button" aria-expanded=${String(open)} @click=${flip}>${open ? this.t.readLess : this.t.readMore}</button>`;
  }

  protected renderReady(p: Project): TemplateResult {
    const t = this.t;
    const l = this.locale;
    const updates = this._allUpdates ? p.updates : p.updates.slice(0, ROWS);
    const links = this._allLinks ? p.links : p.links.slice(0, LINKS);
    const cat = t.categories[p.category] ?? p.category;
    // The demo's covers are paths on the service (/photos/…): resolved against it, not the host page.
    const cover = p.coverUrl ? new URL(p.coverUrl, (this.api || defaultApi()) + '/').href : null;
    const more = (n: number, limit: number, all: boolean, flip: () => void) =>
      n > limit
        ? html`<button class="link" type="button" aria-expanded=${String(all)} @click=${flip}>
            ${all ? t.showLess : t.showAll(n)}
          </button>`
        : nothing;
    return html`<article class="card" part="card" aria-labelledby="title">
      <div class="cover" part="cover">${cover ? html`<img src=${cover} alt="" loading="lazy" decoding="async" />` : cat}</div>
      <h2 class="title" part="title" id="title">${p.title}</h2>
      <p class="org muted" part="org"><span class="sr">${t.org}: </span>${p.orgName}</p>
      ${this.clamped('summary', 'summary', p.summary, true)}
      <dl class="meta" part="meta">
        ${[
          [t.location, p.location],
          [t.category, cat],
          [t.beneficiaries, p.beneficiaries],
          [t.status, t.statuses[p.status] ?? p.status],
        ].map(([k, v]) => html`<div><dt>${k}</dt><dd>${v || '—'}</dd></div>`)}
      </dl>
      <section class="timeline" part="timeline" aria-labelledby="th">
        <div class="head">
          <h3 id="th">${t.timeline}</h3>
          ${more(p.updates.length, ROWS, this._allUpdates, () => (this._allUpdates = !this._allUpdates))}
        </div>
        <ol>
          ${
            updates.length
              ? updates.map(
                  (u, i) => html`<li class=${u.state} data-state=${u.state}>
                  <span class="mark" aria-hidden="true">${u.state === 'done' ? '✓' : ''}</span>
                  <div class="u">
                    ${this.clamped(
                      'u' + i,
                      '',
                      html`<span class="sr">${t.states[u.state] ?? u.state}: </span><span class="t">${u.title}</span>${
                        u.body ? html` <span class="muted">${u.body}</span>` : nothing
                      }`,
                    )}
                    ${u.date ? html`<time datetime=${u.date}>${date(u.date, l)}</time>` : nothing}
                  </div>
                </li>`,
                )
              : html`<li class="muted">${t.noUpdates}</li>`
          }
        </ol>
      </section>
      ${
        p.links.length
          ? html`<section class="links" part="links" aria-labelledby="lh">
            <div class="head">
              <h3 id="lh">${t.sources}</h3>
              ${more(p.links.length, LINKS, this._allLinks, () => (this._allLinks = !this._allLinks))}
            </div>
            <ul>
              ${links.map((k) => html`<li><a href=${k.url} target="_blank" rel="noopener">${k.title || k.url}</a></li>`)}
            </ul>
          </section>`
          : nothing
      }
      ${p.campaignId ? this.progress(p.campaignId) : nothing}
    </article>`;
  }
}

if (!customElements.get('gongyi-project')) customElements.define('gongyi-project', GongyiProject);

declare global {
  interface HTMLElementTagNameMap {
    'gongyi-project': GongyiProject;
  }
}
