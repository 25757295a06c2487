/**
 * <admin-tokens>: the organisation's tokens. The list never has secrets (the API stores only a
 * hash); a newly issued secret is shown once, with a copy button, until staff close the notice.
 */
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ConsoleView } from '../ui/console-view.js';
import { field, typed } from '../ui/form-field.js';
import '../ui/confirm-button.js';
import '../ui/copy-button.js';
import { messages, type TokensMessages } from './tokens.i18n.js';
import { tokensStyles } from './tokens.styles.js';

interface Token {
  id: string;
  orgId: string;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}

interface IssuedToken extends Token {
  token: string;
}

export class AdminTokens extends ConsoleView<TokensMessages> {
  static override styles = [ConsoleView.styles, tokensStyles];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    tokens: { state: true },
    issued: { state: true },
  };
  declare private tokens: Token[] | undefined;
  /** The token just issued: its secret lives only here, and only until the notice is closed. */
  declare private issued: IssuedToken | undefined;
  protected override readonly messages = messages;

  protected override async load(): Promise<void> {
    this.issued = undefined;
    this.tokens = undefined;
    this.clearErrors();
    const items = await this.fetchList<Token>('/admin/tokens', { orgId: this.org });
    if (items) this.tokens = items;
  }

  private async issue(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const label = typed(new FormData(form), 'label');
    const issued = await this.run(() => this.api.send<IssuedToken>('POST', '/admin/tokens', { orgId: this.org, label: label || null }));
    if (!issued) return;
    form.reset();
    this.issued = issued;
    const { token: _secret, ...listed } = issued;
    this.tokens = [...(this.tokens ?? []), listed];
    this.showStatus(this.t.issued);
    await this.focusAfterRender('.secret textarea');
  }

  private closeSecret(): void {
    this.issued = undefined;
    this.status = '';
  }

  private async revoke(token: Token): Promise<void> {
    const revoked = await this.run(() => this.api.send<Token>('DELETE', `/admin/tokens/${encodeURIComponent(token.id)}`));
    if (!revoked) return;
    this.tokens = (this.tokens ?? []).map((x) => (x.id === token.id ? { ...x, revokedAt: revoked.revokedAt } : x));
    this.showStatus(this.t.revoked(token.label ?? token.id));
  }

  private renderSecret(issued: IssuedToken) {
    const t = this.t;
    return html`<section class="secret" aria-labelledby="secret-title">
      <h3 id="secret-title">${t.issued}${issued.label ? html` · ${issued.label}` : nothing}</h3>
      <p class="warning"><strong>${t.onceWarning}</strong></p>
      <label for="secret-value">${t.secretLabel}</label>
      <textarea id="secret-value" readonly rows="2" aria-describedby="secret-title" @focus=${(e: FocusEvent) => (e.target as HTMLTextAreaElement).select()}
        .value=${issued.token}></textarea>
      <div class="actions">
        <copy-button .text=${issued.token} label=${t.copy} copied=${t.copied}></copy-button>
        <button type="button" @click=${this.closeSecret}>${t.done}</button>
      </div>
    </section>`;
  }

  override render() {
    const t = this.t;
    const when = (iso: string) => new Date(iso).toLocaleString(this.locale === 'en' ? 'en' : 'zh-CN');
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderAlert()}
      ${this.issued
        ? this.renderSecret(this.issued)
        : html`<form class="editor" novalidate @submit=${this.issue}>
            ${field({ name: 'label', label: t.label, hint: t.labelHint, error: this.errorFor('label'), idPrefix: 'token' })}
            <button class="primary" type="submit" ?disabled=${this.busy}>${t.issue}</button>
          </form>`}
      ${!this.tokens
        ? html`<p class="muted">${t.loading}</p>`
        : this.tokens.length === 0
          ? html`<p class="muted">${t.empty}</p>`
          : html`<table>
              <caption class="visually-hidden">${t.title}</caption>
              <thead><tr><th scope="col">${t.columns.label}</th><th scope="col">${t.columns.createdAt}</th><th scope="col">${t.columns.status}</th><th scope="col">${t.columns.actions}</th></tr></thead>
              <tbody>
                ${this.tokens.map(
                  (x) => html`<tr data-id=${x.id}>
                    <td>${x.label ?? html`<span class="muted">${t.unlabelled}</span>`}</td>
                    <td>${when(x.createdAt)}</td>
                    <td>${x.revokedAt ? t.revokedAt(when(x.revokedAt)) : t.active}</td>
                    <td>
                      ${x.revokedAt
                        ? nothing
                        : html`<confirm-button
                            label=${t.revoke}
                            question=${t.ask.question}
                            yes=${t.revokeConfirm}
                            no=${t.ask.no}
                            @confirm=${() => this.revoke(x)}
                          ></confirm-button>`}
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`}`;
  }
}

customElements.define('admin-tokens', AdminTokens);

declare global {
  interface HTMLElementTagNameMap {
    'admin-tokens': AdminTokens;
  }
}
