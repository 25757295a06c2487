/**
 * <admin-project-timeline .projectId>: the progress updates of one project, as a timeline editor —
 * list in date order, add one, edit one in place (Escape cancels). Used inside <admin-projects>.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ADMIN_ROUTES } from '../../common/admin-routes.js';
import type { AdminProjectUpdate } from '../../common/wire/admin-project.js';
import { EditorView } from '../ui/editor-view.js';
import { withItem } from '../ui/with-item.js';
import { field } from '../ui/form-field.js';
import { messages, type TimelineMessages } from './project-timeline.i18n.js';

const STATES = ['done', 'doing', 'planned'];

/** Today as YYYY-MM-DD in the staff member's own calendar. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export class AdminProjectTimeline extends EditorView<TimelineMessages, AdminProjectUpdate> {
  static override properties: PropertyDeclarations = {
    ...EditorView.properties,
    projectId: { attribute: 'project-id' },
    updates: { state: true },
  };
  declare projectId: string;
  declare private updates: AdminProjectUpdate[] | undefined;
  protected override readonly messages = messages;
  protected override readonly newButton = 'button.add';

  constructor() {
    super();
    this.projectId = '';
  }

  /** The timeline follows its project (the organisation's view around it reloads on its own). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('projectId') || changed.has('api')) && this.api && this.projectId) void this.load();
  }

  private get base() {
    return `/admin/projects/${encodeURIComponent(this.projectId)}/updates`;
  }

  protected override async load(): Promise<void> {
    const id = this.projectId;
    this.editing = undefined;
    this.updates = undefined;
    try {
      const { items } = await this.api.get<{ items: AdminProjectUpdate[] }>(this.base);
      if (id === this.projectId) this.updates = sortUpdates(items);
    } catch (e) {
      this.showError(e);
    }
  }

  private async save(e: SubmitEvent) {
    e.preventDefault();
    const d = new FormData(e.target as HTMLFormElement);
    const body = {
      date: String(d.get('date') ?? ''),
      state: String(d.get('state') ?? ''),
      title: String(d.get('title') ?? ''),
      body: String(d.get('body') ?? ''),
    };
    const editing = this.editing;
    if (!editing) return;
    const u = await this.run(() =>
      editing === 'new'
        ? this.api.send<AdminProjectUpdate>('POST', this.base, body)
        : this.api.send<AdminProjectUpdate>('PATCH', `${this.base}/${encodeURIComponent(editing.id)}`, body),
    );
    if (!u) return;
    this.updates = sortUpdates(withItem(this.updates, u));
    this.editing = undefined;
    this.showStatus(editing === 'new' ? this.t.added(u.title) : this.t.saved(u.title));
  }

  override render() {
    const t = this.t;
    return html`<section aria-labelledby="timeline-title">
      <h3 id="timeline-title">${t.title}</h3>
      <p class="intro">${t.intro}</p>
      ${this.renderAlert()}
      ${
        !this.updates
          ? html`<p role="status">${t.loading}</p>`
          : !this.updates.length
            ? html`<p>${t.empty}</p>`
            : html`<ol class="timeline">
              ${this.updates.map((u) =>
                this.editing !== 'new' && this.editing?.id === u.id
                  ? html`<li>${this.renderForm(u)}</li>`
                  : html`<li>
                      <strong>${u.date}</strong> · <span class="state">${t.states[u.state] ?? u.state}</span> · ${u.title}
                      ${this.can(ADMIN_ROUTES.editUpdate) ? this.renderEditButton(u, u.title, t.edit) : nothing}
                      ${u.body ? html`<p class="muted">${u.body}</p>` : nothing}
                    </li>`,
              )}
            </ol>`
      }
      ${
        this.editing === 'new'
          ? this.renderForm(undefined)
          : this.can(ADMIN_ROUTES.createUpdate)
            ? html`<button type="button" class="add" @click=${() => this.openEditor('new')}>${t.add}</button>`
            : nothing
      }
    </section>`;
  }

  private renderForm(u: AdminProjectUpdate | undefined) {
    const t = this.t;
    const prefix = u ? 'u-' + u.id : 'u-new';
    return html`<form class="editor" novalidate aria-label=${u ? t.editTitle(u.title) : t.addTitle} @submit=${this.save} @keydown=${this.onEditorKey}>
      ${field({ name: 'date', idPrefix: prefix, label: t.fields.date, type: 'date', value: u?.date ?? today(), required: true, error: this.errorFor('date') })}
      ${field({
        name: 'state',
        idPrefix: prefix,
        label: t.fields.state,
        type: 'select',
        value: u?.state ?? 'done',
        options: STATES.map((s) => ({ value: s, label: t.states[s] ?? s })),
        error: this.errorFor('state'),
      })}
      ${field({ name: 'title', idPrefix: prefix, label: t.fields.title, value: u?.title, required: true, error: this.errorFor('title') })}
      ${field({ name: 'body', idPrefix: prefix, label: t.fields.body, type: 'textarea', value: u?.body, error: this.errorFor('body') })}
      ${this.renderEditorActions(t)}
    </form>`;
  }
}

/** Date order, then the API's position (the public timeline uses the same order). */
function sortUpdates(items: AdminProjectUpdate[]): AdminProjectUpdate[] {
  return [...items].sort((a, b) => a.date.localeCompare(b.date) || a.position - b.position);
}

if (!customElements.get('admin-project-timeline'))
  customElements.define('admin-project-timeline', AdminProjectTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'admin-project-timeline': AdminProjectTimeline;
  }
}
