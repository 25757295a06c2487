/**
 * <admin-tokens>: the organisation's tokens, one per person: a label (who holds it), a role (what
 * it may do) and an optional expiry. The list never has secrets (the API stores only a hash); a
 * newly issued secret is shown once, with a copy button, until staff close the notice.
 */
import { TOKEN_ROLES, type TokenRole } from '../../common/roles.js';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ADMIN_ROUTES } from '../../common/admin-routes.js';
import type { AdminToken, IssuedToken } from '../../common/wire/admin-token.js';
import { ConsoleView } from '../ui/console-view.js';
import { dateTime } from '../ui/dates.js';
import { field, typed } from '../ui/form-field.js';
import { fromLocalInput } from '../ui/local-time.js';
import '../ui/confirm-button.js';
import '../ui/copy-button.js';
import { messages, type TokensMessages } from './tokens.i18n.js';
import { tokensStyles } from './tokens.styles.js';

export class AdminTokens extends ConsoleView<TokensMessages> {
  static override styles = [ConsoleView.styles, tokensStyles];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    tokens: { state: true },
    issued: { state: true },
  };
  declare private tokens: AdminToken[] | undefined;
  /** The token just issued: its secret lives only here, and only until the notice is closed. */
  declare private issued: IssuedToken | undefined;
  protected override readonly messages = messages;

  protected override async load(): Promise<void> {
    this.issued = undefined;
    this.tokens = undefined;
    this.clearErrors();
    const items = await this.fetchList<AdminToken>('/admin/tokens', { orgId: this.org });
    if (items) this.tokens = items;
  }

  /** The API's own default: the super-admin's first token for an organisation is its owner's, an owner's are editors'. */
  private get defaultRole(): TokenRole {
    return this.can(ADMIN_ROUTES.createOrg) ? 'owner' : 'editor';
  }

  private async issue(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const d = new FormData(form);
    const body = {
      orgId: this.org,
      label: typed(d, 'label') || null,
      role: typed(d, 'role') || this.defaultRole,
      expiresAt: fromLocalInput(typed(d, 'expiresAt')),
    };
    const issued = await this.run(() => this.api.send<IssuedToken>('POST', '/admin/tokens', body));
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

  private async revoke(token: AdminToken): Promise<void> {
    const revoked = await this.run(() =>
      this.api.send<AdminToken>('DELETE', `/admin/tokens/${encodeURIComponent(token.id)}`),
    );
    if (!revoked) return;
    // Revoking a token revokes every token it minted, down the line: reload to show them all so.
    this.showStatus(this.t.revoked(token.label ?? token.id));
    const items = await this.fetchList<AdminToken>('/admin/tokens', { orgId: this.org });
    if (items) this.tokens = items;
  }

  /** Who minted it: the minting token's label, or the super-admin. */
  private minter(x: AdminToken): string {
    if (!x.mintedBy) return this.t.superAdmin;
    const m = this.tokens?.find((y) => y.id === x.mintedBy);
    return m?.label ?? x.mintedBy;
  }

  private state(x: AdminToken): string {
    const t = this.t;
    if (x.revokedAt) return t.revokedAt(dateTime(x.revokedAt, this.locale));
    if (x.expiresAt && Date.parse(x.expiresAt) <= Date.now()) return t.expiredAt(dateTime(x.expiresAt, this.locale));
    return x.expiresAt ? t.activeUntil(dateTime(x.expiresAt, this.locale)) : t.active;
  }

  private renderSecret(issued: IssuedToken) {
    const t = this.t;
    return html`<section class="secret" aria-labelledby="secret-title">
      <h3 id="secret-title">${t.issued}${issued.label ? html` · ${issued.label}` : nothing} · ${t.roles[issued.role]}</h3>
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

  private renderForm() {
    const t = this.t;
    return html`<form class="editor" novalidate aria-label=${t.issue} @submit=${this.issue}>
      ${field({ name: 'label', label: t.label, hint: t.labelHint, error: this.errorFor('label'), idPrefix: 'token' })}
      ${field({
        name: 'role',
        label: t.role,
        type: 'select',
        value: this.defaultRole,
        hint: t.roleHint,
        options: TOKEN_ROLES.map((r) => ({ value: r, label: `${t.roles[r]} — ${t.roleDescriptions[r]}` })),
        error: this.errorFor('role'),
        idPrefix: 'token',
      })}
      ${field({ name: 'expiresAt', label: t.expiresAt, type: 'datetime-local', hint: t.expiresAtHint, error: this.errorFor('expiresAt'), idPrefix: 'token' })}
      <button class="primary" type="submit" ?disabled=${this.busy}>${t.issue}</button>
    </form>`;
  }

  override render() {
    const t = this.t;
    const c = t.columns;
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderAlert()}
      ${this.issued ? this.renderSecret(this.issued) : this.can(ADMIN_ROUTES.createToken) ? this.renderForm() : nothing}
      ${
        !this.tokens
          ? html`<p class="muted">${t.loading}</p>`
          : this.tokens.length === 0
            ? html`<p class="muted">${t.empty}</p>`
            : html`<table>
              <caption class="visually-hidden">${t.title}</caption>
              <thead>
                <tr>
                  <th scope="col">${c.label}</th>
                  <th scope="col">${c.role}</th>
                  <th scope="col">${c.mintedBy}</th>
                  <th scope="col">${c.createdAt}</th>
                  <th scope="col">${c.status}</th>
                  <th scope="col">${c.actions}</th>
                </tr>
              </thead>
              <tbody>
                ${this.tokens.map(
                  (x) => html`<tr data-id=${x.id}>
                    <th scope="row">${x.label ?? html`<span class="muted">${t.unlabelled}</span>`}</th>
                    <td data-label=${c.role}>${t.roles[x.role] ?? x.role}</td>
                    <td data-label=${c.mintedBy}>${this.minter(x)}</td>
                    <td data-label=${c.createdAt}>${dateTime(x.createdAt, this.locale)}</td>
                    <td data-label=${c.status}>${this.state(x)}</td>
                    <td class=${x.revokedAt || !this.can(ADMIN_ROUTES.revokeToken) ? 'blank' : ''}>
                      ${
                        x.revokedAt || !this.can(ADMIN_ROUTES.revokeToken)
                          ? nothing
                          : html`<confirm-button
                            label=${t.revoke}
                            question=${t.ask.question}
                            yes=${t.revokeConfirm}
                            no=${t.ask.no}
                            @confirm=${() => this.revoke(x)}
                          ></confirm-button>`
                      }
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`
      }`;
  }
}

customElements.define('admin-tokens', AdminTokens);

declare global {
  interface HTMLElementTagNameMap {
    'admin-tokens': AdminTokens;
  }
}
