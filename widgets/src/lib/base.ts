import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError, getJson } from './api.js';
import { toLocale, type Locale } from '../../../common/locale.js';
import type { Catalogs, CommonMessages, WithCommon } from './i18n.js';
import { nearestLang } from './nearest-lang.js';
import type { GongyiEventDetail, GongyiEventName } from '../events.js';

/** Used only if a catalog chunk itself cannot be loaded: never a blank box. */
const FALLBACK: CommonMessages = { loading: '…', retry: '↻ Retry', loadFailed: '⚠', errors: {} };

export type Theme = 'light' | 'dark' | 'auto';
type LoadState = 'loading' | 'ready' | 'error';

/**
 * Shared behaviour of every gongyi-* element: the common attributes (api, lang, elder, theme),
 * loading one JSON resource with abort on change, the skeleton → ready / error states and the
 * `gongyi-error` event. Subclasses render; they never touch global state.
 *
 * The tags below are inherited by every element's entry in custom-elements.json (scripts/manifest).
 * @attr {string} [api=the origin embed.js came from] - Base URL of the Gongyi service.
 * @attr {'zh-Hans' | 'zh-Hant' | 'en'} [lang=nearest lang on the page, else zh-Hans] - Language of the widget.
 * @attr {boolean} [elder=false] - 适老化 elder mode: larger text and controls, system colours, no motion.
 * @attr {'light' | 'dark' | 'auto'} [theme=light] - Colour scheme; `auto` follows the reader's system.
 * @csspart card - The widget's outer box.
 * @csspart error - The message shown when loading fails (with a retry button).
 * @cssprop [--gongyi-color-accent=#b3202c] - Bars, buttons and figures.
 * @cssprop [--gongyi-color-on-accent=#fff] - Text on the accent colour.
 * @cssprop [--gongyi-color-text=#1d2127] - Text.
 * @cssprop [--gongyi-color-muted=#555e69] - Secondary text.
 * @cssprop [--gongyi-color-bg=#fff] - Background.
 * @cssprop [--gongyi-color-surface=#f1f3f5] - Raised surfaces (tracks, chips, inputs).
 * @cssprop [--gongyi-color-border=#d3d8de] - Borders.
 * @cssprop [--gongyi-color-success=#17703a] - Success messages and done states.
 * @cssprop [--gongyi-color-danger=#b42318] - Errors.
 * @cssprop [--gongyi-radius=12px] - Corner radius.
 * @cssprop [--gongyi-font-family=system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif] - Font.
 * @cssprop [--gongyi-font-size=16px] - Base font size.
 * @fires gongyi-load - The data loaded; detail {path}.
 * @fires gongyi-error - Loading failed, or a form was refused because of the page itself (its site is not registered); detail {status, code, message, fix?}.
 */
export abstract class GongyiElement<T, M extends WithCommon> extends LitElement {
  static override properties: PropertyDeclarations = {
    api: {},
    // `lang` stays the native global attribute; observing it here only makes a change re-render.
    langAttr: { attribute: 'lang' },
    elder: { type: Boolean, reflect: true },
    theme: { reflect: true },
    _state: { state: true },
    _data: { state: true },
    _error: { state: true },
    _m: { state: true },
  };
  declare api: string | undefined;
  declare langAttr: string | null | undefined;
  declare elder: boolean;
  declare theme: Theme | undefined;
  declare protected _state: LoadState;
  declare protected _data: T | undefined;
  declare protected _error: ApiError | undefined;
  /** This element's catalog (loaded for its own locale). */
  declare protected _m: M | undefined;
  // `declare`: no class field to emit (useDefineForClassFields); each starts undefined all the same.
  declare private _mLocale: Locale | undefined;
  declare private _path: string | null | undefined;
  declare private _abort: AbortController | undefined;

  constructor() {
    super();
    this.elder = false;
    this._state = 'loading';
  }

  /** The resolved locale of this element (own lang, nearest ancestor's, the document's, else zh-Hans). */
  get locale(): Locale {
    return toLocale(nearestLang(this));
  }

  /** This element's messages in its locale (set before renderReady is called). */
  protected get t(): M {
    return this._m!;
  }

  /** The element's catalogs, one lazy chunk per locale. */
  protected abstract catalogs(): Catalogs<M>;

  /** API path of the resource to show, an ApiError when a required attribute is missing, or null to wait. */
  protected abstract resourcePath(): string | ApiError | null;
  protected abstract renderSkeleton(): TemplateResult;
  protected abstract renderReady(data: T): TemplateResult;

  override connectedCallback(): void {
    super.connectedCallback();
    this._path = undefined; // reload when moved back into a document
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const l = this.locale;
    if (l !== this._mLocale) {
      this._mLocale = l;
      this.catalogs()
        [l]()
        .then(
          (m) => this._mLocale === l && (this._m = m.default),
          () => this.fail(new ApiError(0, 'network_error', 'Could not load the messages')),
        );
    }
    const p = this.resourcePath();
    const key = p instanceof ApiError ? '!' + p.code : p;
    if (key !== this._path || changed.has('api')) {
      this._path = key;
      if (p instanceof ApiError) this.fail(p);
      else if (p) void this.load();
    }
  }

  /** (Re)load the resource; `fresh` revalidates past the HTTP cache (after a write). */
  protected async load(fresh = false): Promise<void> {
    const p = this.resourcePath();
    if (!p || p instanceof ApiError) return;
    this._abort?.abort();
    const ac = (this._abort = new AbortController());
    if (!this._data || this._state === 'error') this._state = 'loading';
    try {
      const data = await getJson<T>(this.api, p, ac.signal, fresh);
      if (ac.signal.aborted) return;
      this._data = data;
      this._error = undefined;
      this._state = 'ready';
      this.emit('gongyi-load', { path: p });
    } catch (e) {
      if (ac.signal.aborted) return;
      this.fail(e instanceof ApiError ? e : new ApiError(0, 'network_error', String(e)));
    }
  }

  private retry(): void {
    this._mLocale = undefined; // the catalog may be what failed
    void this.load();
  }

  private fail(err: ApiError): void {
    this._data = undefined;
    this._error = err;
    this._state = 'error';
    this.emit('gongyi-error', { status: err.status, code: err.code, message: err.message });
  }

  /**
   * A skeleton placeholder about as wide as the text it stands for (`w` em of Chinese; English runs
   * longer), so placeholders wrap where the text will. Its width goes through the CSSOM, which a
   * strict CSP allows, unlike a style attribute.
   */
  protected sk(w: number): TemplateResult {
    return html`<span class="sk" .style=${`width:${this.locale === 'en' ? w * 1.6 : w}em`}></span>`;
  }

  protected emit<K extends GongyiEventName>(name: K, detail: GongyiEventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /**
   * The error box over the skeleton (the box keeps its size): what failed, a readable text for the
   * error's code (else the server's own message) and, given `retry`, a button to try again. A
   * card's own part that loads separately (the column's project list) shows its failure the same way.
   */
  protected errorOverlay(err: ApiError, retry?: () => void): TemplateResult {
    const m = this._m?.common ?? FALLBACK;
    return html`<div class="overlay" role="alert" part="error">
      <strong>${m.loadFailed}</strong>
      <p>${m.errors[err.code] ?? ((err.status >= 500 && m.errors.server_error) || err.message)}</p>
      ${retry ? html`<button class="btn ghost" type="button" @click=${retry}>${m.retry}</button>` : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    const m = this._m?.common ?? FALLBACK;
    if (this._state === 'ready' && this._data && this._m) return this.renderReady(this._data);
    const err = this._state === 'error' ? this._error : undefined;
    return html`<div class="card" part="card" aria-busy=${err ? 'false' : 'true'}>
      <div class="sr" role="status">${err ? nothing : m.loading}</div>
      <div class="skeleton" inert>${this.renderSkeleton()}</div>
      ${err ? this.errorOverlay(err, err.code === 'missing_attribute' ? undefined : this.retry) : nothing}
    </div>`;
  }
}

/** What a card hands the form it opens (pledge, sponsorship): its API, language, theme and elder mode. */
export type CardSettings = Pick<GongyiElement<unknown, WithCommon>, 'api' | 'locale' | 'theme' | 'elder'>;
