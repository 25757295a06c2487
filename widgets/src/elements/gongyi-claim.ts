import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { IdempotentPost } from '../forms/idempotent-post.js';
import { refusal } from '../forms/page-owner.js';
import { fieldStyles } from '../forms/field.styles.js';
import { baseStyles } from '../lib/base.styles.js';
import type { GongyiEventDetail } from '../events.js';
import type { Locale } from '../../../common/locale.js';
import { catalogs, type ClaimMessages } from './gongyi-claim.i18n.js';
import type { ClaimResult, Wish } from '../../../common/wire/wishes.js';
import { claimStyles } from './gongyi-claim.styles.js';

type Field = 'name' | 'contact';

/**
 * <gongyi-claim>: the claim dialog of <gongyi-wishes>, which renders it (and imports this module)
 * only when a reader reaches for "claim". Not for pages to use. A native modal <dialog>: focus stays
 * inside, Esc closes it, and the board gets focus back (event `gongyi-claim-close`). In elder mode
 * (no pop-ups) the same <dialog> opens non-modally, in the board below the wishes.
 *
 * It explains what happens next, then sends POST /wishes/{id}/claims with an Idempotency-Key that
 * a retry of the same submission reuses. Events: `gongyi-claim` (won; detail {wish, id,
 * claimedBy}) and `gongyi-claim-error` (refused; detail {wish, status, code, message}).
 */
export class GongyiClaim extends LitElement {
  static override styles = [baseStyles, fieldStyles, claimStyles];
  static override properties: PropertyDeclarations = {
    api: {},
    elder: { type: Boolean, reflect: true },
    theme: { reflect: true },
    wish: { attribute: false },
    locale: { attribute: false },
    t: { state: true },
    _invalid: { state: true },
    _result: { state: true },
  };
  declare api: string | undefined;
  declare elder: boolean;
  declare theme: string | undefined;
  declare wish: Wish;
  declare locale: Locale;
  /** This dialog's messages, loaded for `locale` with the dialog (not with the board). */
  declare t: ClaimMessages | undefined;
  private _tLocale: Locale | undefined;
  private _tLoaded: Promise<unknown> | undefined;
  declare private _invalid: Partial<Record<Field, string>>;
  declare private _result: ClaimResult | undefined;
  private readonly post = new IdempotentPost(this);
  private _for: string | undefined;

  constructor() {
    super();
    this.elder = false;
    this._invalid = {};
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.locale && this.locale !== this._tLocale) {
      const l = (this._tLocale = this.locale);
      this._tLoaded = catalogs[l]().then((m) => this._tLocale === l && (this.t = m.default));
    }
  }

  /** Shows the dialog for the current `wish`; a different wish (or a finished one) starts afresh. */
  async open(): Promise<void> {
    await this.updateComplete; // willUpdate starts loading the messages
    await this._tLoaded;
    await this.updateComplete; // rendered with them
    if (this._for !== this.wish.id || this._result || this.final()) {
      this._for = this.wish.id;
      this._result = undefined;
      this.post.reset();
      this._invalid = {};
      this.renderRoot.querySelector('form')?.reset();
    }
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    // Elder mode has no pop-ups (MIIT elder-friendly rules): the form opens in the board's flow.
    if (!dialog.open) this.elder ? dialog.show() : dialog.showModal();
    const name = this.renderRoot.querySelector<HTMLInputElement>('input[name=name]');
    name?.focus();
    if (this.elder) dialog.scrollIntoView({ block: 'nearest' });
  }

  /** Every way out (Esc, cancel, close) comes here, and the board hears of it at once. */
  close(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog?.open) return;
    dialog.close();
    this.dispatchEvent(new CustomEvent('gongyi-claim-close'));
  }

  /** Esc: close through close() rather than waiting for the dialog's (asynchronous) close event. */
  private cancelled(e: Event): void {
    e.preventDefault();
    this.close();
  }

  /** A close we did not start (an Esc the browser would not let us cancel): tell the board too. */
  private closed(): void {
    this.dispatchEvent(new CustomEvent('gongyi-claim-close'));
  }

  /** Someone was first, or the wish closed: no point in trying again. */
  private final(): boolean {
    return this.post.error?.code === 'already_claimed' || this.post.error?.code === 'wish_closed';
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.t || !this.wish) return nothing;
    const t = this.t;
    const w = this.wish;
    return html`<dialog part="dialog" aria-labelledby="dlg-title" @cancel=${this.cancelled} @close=${this.closed}>
      <div class="dlg">
        <h3 id="dlg-title">${t.dialogTitle}</h3>
        <div class="wish">
          <strong>${w.title}</strong>
          <p class="muted">${w.wisher}${w.community ? ` · ${w.community}` : ''}</p>
          ${w.story ? html`<p>${w.story}</p>` : nothing}
        </div>
        ${this._result ? this.renderResult(this._result) : this.final() ? this.renderFinal() : this.renderForm()}
      </div>
    </dialog>`;
  }

  private renderResult(r: ClaimResult): TemplateResult {
    const t = this.t!;
    return html`<div class="result" role="status" part="claim-result">
        <h4 id="done" tabindex="-1">${t.claimed}</h4>
        <p>${t.claimedNote(r.claimedBy)}</p>
      </div>
      <div class="actions"><button class="btn" type="button" @click=${this.close}>${t.close}</button></div>`;
  }

  private renderFinal(): TemplateResult {
    const t = this.t!;
    return html`<p class="err" role="alert" part="claim-error">${this.post.error?.code === 'wish_closed' ? t.wishClosed : t.alreadyClaimed}</p>
      <div class="actions"><button class="btn" type="button" @click=${this.close}>${t.close}</button></div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.t!;
    const e = this.post.error;
    const inv = this._invalid;
    return html`<section class="next" aria-labelledby="next-title">
        <h4 id="next-title">${t.nextTitle}</h4>
        <ol>${t.next.map((s) => html`<li>${s}</li>`)}</ol>
      </section>
      <form part="claim-form" novalidate @submit=${this.submit}>
        <label>
          ${t.name}
          <input name="name" maxlength="50" autocomplete="name" required aria-invalid=${inv.name ? 'true' : 'false'} aria-describedby="name-err" />
        </label>
        <p class="err" id="name-err">${inv.name ?? ''}</p>
        <label>
          <span>${t.organisation}<span class="hint">${t.optional}</span></span>
          <input name="organisation" maxlength="100" autocomplete="organization" />
        </label>
        <label>
          ${t.contact}
          <input
            name="contact"
            type="tel"
            maxlength="100"
            autocomplete="tel"
            required
            aria-invalid=${inv.contact ? 'true' : 'false'}
            aria-describedby="contact-hint contact-err"
          />
          <span class="hint" id="contact-hint">${t.contactHint}</span>
        </label>
        <p class="err" id="contact-err">${inv.contact ?? ''}</p>
        <div class="err" role="alert">
          ${e ? refusal(e, t.common) : nothing}
        </div>
        <div class="actions">
          <button class="btn ghost" type="button" @click=${this.close}>${t.cancel}</button>
          <button class="btn" type="submit" part="claim-submit" ?disabled=${this.post.sending} aria-busy=${String(this.post.sending)}>
            ${this.post.sending ? t.sending : t.submit}
          </button>
        </div>
      </form>`;
  }

  private async submit(ev: SubmitEvent): Promise<void> {
    ev.preventDefault();
    if (this.post.sending || !this.t) return;
    const t = this.t;
    const f = new FormData(ev.target as HTMLFormElement);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    const invalid: Partial<Record<Field, string>> = {};
    if (!text('name')) invalid.name = t.nameRequired;
    if (!text('contact')) invalid.contact = t.contactRequired;
    this._invalid = invalid;
    const first = (['name', 'contact'] as const).find((k) => invalid[k]);
    if (first) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`input[name=${first}]`)?.focus();
      return;
    }
    const payload: Record<string, string> = { name: text('name'), contact: text('contact') };
    if (text('organisation')) payload.organisation = text('organisation');
    const wish = this.wish.id;
    const r = await this.post.send<ClaimResult>(this.api, `/wishes/${encodeURIComponent(wish)}/claims`, payload);
    if (!r) {
      this.emit('gongyi-claim-error', { wish, ...this.post.detail() });
      return;
    }
    this._result = r;
    this.emit('gongyi-claim', { wish, id: r.id, claimedBy: r.claimedBy });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#done')?.focus();
  }

  private emit<K extends 'gongyi-claim' | 'gongyi-claim-error'>(name: K, detail: GongyiEventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('gongyi-claim')) customElements.define('gongyi-claim', GongyiClaim);

declare global {
  interface HTMLElementTagNameMap {
    'gongyi-claim': GongyiClaim;
  }
}
