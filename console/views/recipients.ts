/**
 * <admin-recipients>: the charities that receive the organisation's money (name, 统一社会信用代码,
 * public-fundraising qualification, website). Everyone may read the list; owners add and edit.
 */
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ADMIN_ROUTES } from '../../common/admin-routes.js';
import type { AdminRecipient } from '../../common/wire/admin-recipient.js';
import { EditorView } from '../ui/editor-view.js';
import { field, typed } from '../ui/form-field.js';
import { withItem } from '../ui/with-item.js';
import { messages, type RecipientsMessages } from './recipients.i18n.js';

export class AdminRecipients extends EditorView<RecipientsMessages, AdminRecipient> {
  static override properties: PropertyDeclarations = {
    ...EditorView.properties,
    recipients: { state: true },
  };
  declare private recipients: AdminRecipient[] | undefined;
  protected override readonly messages = messages;

  protected override async load(): Promise<void> {
    this.editing = undefined;
    this.recipients = undefined;
    this.clearErrors();
    const items = await this.fetchList<AdminRecipient>('/admin/recipients', { orgId: this.org });
    if (items) this.recipients = items;
  }

  private async save(e: SubmitEvent) {
    e.preventDefault();
    const editing = this.editing;
    if (!editing) return;
    const d = new FormData(e.target as HTMLFormElement);
    const body = {
      name: typed(d, 'name'),
      creditCode: typed(d, 'creditCode').toUpperCase(),
      qualification: typed(d, 'qualification') || null,
      website: typed(d, 'website') || null,
    };
    const saved = await this.run(() =>
      editing === 'new'
        ? this.api.send<AdminRecipient>('POST', '/admin/recipients', { orgId: this.org, ...body })
        : this.api.send<AdminRecipient>('PATCH', `/admin/recipients/${encodeURIComponent(editing.id)}`, body),
    );
    if (!saved) return;
    this.recipients = withItem(this.recipients, saved);
    this.closeEditor();
    this.showStatus(editing === 'new' ? this.t.created(saved.name) : this.t.saved(saved.name));
  }

  override render() {
    const t = this.t;
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderAlert()}
      ${
        this.can(ADMIN_ROUTES.createRecipient) && this.editing !== 'new'
          ? html`<div class="toolbar"><button type="button" class="create primary" @click=${() => this.openEditor('new')}>${t.create}</button></div>`
          : nothing
      }
      ${this.editing ? this.renderEditor(this.editing) : nothing} ${this.renderList()}`;
  }

  private renderList() {
    const t = this.t;
    const c = t.columns;
    if (!this.recipients) return html`<p role="status">${t.loading}</p>`;
    if (!this.recipients.length) return html`<p>${t.empty}</p>`;
    return html`<table>
      <caption class="visually-hidden">${t.title}</caption>
      <thead>
        <tr>
          <th scope="col">${c.name}</th>
          <th scope="col">${c.creditCode}</th>
          <th scope="col">${c.qualification}</th>
          <th scope="col">${c.website}</th>
          <th scope="col">${c.actions}</th>
        </tr>
      </thead>
      <tbody>
        ${this.recipients.map(
          (r) => html`<tr data-id=${r.id}>
            <th scope="row">${r.name}</th>
            <td data-label=${c.creditCode}><code>${r.creditCode}</code></td>
            <td data-label=${c.qualification}>${r.qualification ?? html`<span class="muted">${t.noQualification}</span>`}</td>
            <td data-label=${c.website} class=${r.website ? '' : 'blank'}>${r.website ? html`<a class="url" href=${r.website} target="_blank" rel="noopener">${r.website}</a>` : ''}</td>
            <td><div class="actions">${this.can(ADMIN_ROUTES.editRecipient) ? this.renderEditButton(r, r.name, t.edit) : nothing}</div></td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderEditor(r: AdminRecipient | 'new') {
    const t = this.t;
    const f = t.fields;
    const v = r === 'new' ? undefined : r;
    return html`<form class="editor" novalidate aria-labelledby="recipient-editor-title" @submit=${this.save} @keydown=${this.onEditorKey}>
      <h3 id="recipient-editor-title">${v ? t.editorEdit(v.name) : t.editorNew}</h3>
      ${field({ name: 'name', label: f.name, value: v?.name, required: true, error: this.errorFor('name'), idPrefix: 'recipient' })}
      ${field({
        name: 'creditCode',
        label: f.creditCode,
        value: v?.creditCode,
        required: true,
        hint: f.creditCodeHint,
        error: this.errorFor('creditCode'),
        autocomplete: 'off',
        idPrefix: 'recipient',
      })}
      ${field({ name: 'qualification', label: f.qualification, value: v?.qualification, hint: f.qualificationHint, error: this.errorFor('qualification'), idPrefix: 'recipient' })}
      ${field({ name: 'website', label: f.website, value: v?.website, type: 'url', placeholder: 'https://', inputmode: 'url', error: this.errorFor('website'), idPrefix: 'recipient' })}
      ${this.renderEditorActions(t)}
    </form>`;
  }
}

if (!customElements.get('admin-recipients')) customElements.define('admin-recipients', AdminRecipients);

declare global {
  interface HTMLElementTagNameMap {
    'admin-recipients': AdminRecipients;
  }
}
