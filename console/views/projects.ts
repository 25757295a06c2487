/**
 * <admin-projects>: the organisation's projects — list, create, edit (cover image, category,
 * location, beneficiaries, status, source links) — and, for a saved project, its progress timeline
 * (<admin-project-timeline>). The API's field errors appear next to the field they concern; the
 * source-link rows are named links.N.title / links.N.url to match the API's error paths.
 */
import { PROJECT_CATEGORIES } from '../../common/categories.js';
import { PROJECT_STATUSES } from '../../common/statuses.js';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { PROJECT_CATEGORY_NAMES } from '../category-names.js';
import { ADMIN_ROUTES } from '../../common/admin-routes.js';
import type { AdminProject } from '../../common/wire/admin-project.js';
import type { ProjectLink } from '../../common/wire/project.js';
import { EditorView } from '../ui/editor-view.js';
import { withItem } from '../ui/with-item.js';
import { field } from '../ui/form-field.js';
import './project-timeline.js';
import { messages, type ProjectsMessages } from './projects.i18n.js';

/** Empty optional text → null, so clearing a field clears it in the API too. */
const orNull = (v: FormDataEntryValue | null) => {
  const s = String(v ?? '').trim();
  return s ? s : null;
};

export class AdminProjects extends EditorView<ProjectsMessages, AdminProject> {
  static override properties: PropertyDeclarations = {
    ...EditorView.properties,
    projects: { state: true },
    links: { state: true },
  };
  declare private projects: AdminProject[] | undefined;
  /** Source-link rows while editing (kept here so rows can be added and removed). */
  declare private links: ProjectLink[];
  protected override readonly messages = messages;

  constructor() {
    super();
    this.links = [];
  }

  protected override async load(): Promise<void> {
    this.editing = undefined;
    this.projects = undefined;
    this.clearErrors();
    const items = await this.fetchList<AdminProject>('/admin/projects', { orgId: this.org });
    if (items) this.projects = items;
  }

  protected override openEditor(p: AdminProject | 'new') {
    this.links = p === 'new' ? [] : p.links.map((l) => ({ ...l }));
    super.openEditor(p);
  }

  /** Keeps typed link values when rows are added or removed (rows are re-rendered from `links`). */
  private syncLinks(form: HTMLFormElement) {
    const data = new FormData(form);
    this.links = this.links.map((_, i) => ({
      title: String(data.get(`links.${i}.title`) ?? ''),
      url: String(data.get(`links.${i}.url`) ?? ''),
    }));
  }

  private addLink(e: Event) {
    this.syncLinks((e.target as HTMLElement).closest('form')!);
    this.links = [...this.links, { title: '', url: '' }];
    void this.focusAfterRender(`[name="links.${this.links.length - 1}.title"]`);
  }

  private removeLink(e: Event, index: number) {
    this.syncLinks((e.target as HTMLElement).closest('form')!);
    this.links = this.links.filter((_, i) => i !== index);
  }

  private body(form: HTMLFormElement) {
    const d = new FormData(form);
    this.syncLinks(form);
    return {
      title: String(d.get('title') ?? ''),
      summary: String(d.get('summary') ?? ''),
      body: String(d.get('body') ?? ''),
      coverUrl: orNull(d.get('coverUrl')),
      category: String(d.get('category') ?? ''),
      location: orNull(d.get('location')),
      beneficiaries: orNull(d.get('beneficiaries')),
      status: String(d.get('status') ?? ''),
      // A row left completely empty is not a source; a half-filled one goes to the API to be flagged.
      links: this.links
        .filter((l) => l.title.trim() || l.url.trim())
        .map((l) => ({ title: l.title.trim(), url: l.url.trim() })),
    };
  }

  private async save(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const body = this.body(form);
    const editing = this.editing;
    if (!editing) return;
    const id = orNull(new FormData(form).get('id'));
    const saved = await this.run(() =>
      editing === 'new'
        ? this.api.send<AdminProject>('POST', '/admin/projects', { ...(id ? { id } : {}), orgId: this.org, ...body })
        : this.api.send<AdminProject>('PATCH', `/admin/projects/${encodeURIComponent(editing.id)}`, body),
    );
    if (!saved) return;
    this.projects = withItem(this.projects, saved);
    this.editing = saved; // a new project stays in the editor so the first progress update can be posted
    this.showStatus(editing === 'new' ? this.t.created(saved.title) : this.t.saved(saved.title));
  }

  override render() {
    const t = this.t;
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderAlert()}
      ${
        this.can(ADMIN_ROUTES.createProject)
          ? html`<div class="toolbar">
            <button type="button" class="create primary" @click=${() => this.openEditor('new')}>${t.create}</button>
          </div>`
          : nothing
      }
      ${this.renderList()} ${this.editing ? this.renderEditor(this.editing) : nothing}`;
  }

  private renderList() {
    const t = this.t;
    if (!this.projects) return html`<p role="status">${t.loading}</p>`;
    if (!this.projects.length) return html`<p>${t.empty}</p>`;
    return html`<table>
      <caption class="visually-hidden">${t.title}</caption>
      <thead>
        <tr>
          <th scope="col">${t.columns.title}</th>
          <th scope="col">${t.columns.category}</th>
          <th scope="col">${t.columns.status}</th>
          <th scope="col">${t.columns.location}</th>
          <th scope="col">${t.columns.actions}</th>
        </tr>
      </thead>
      <tbody>
        ${this.projects.map(
          (p) => html`<tr>
            <th scope="row">${p.title}</th>
            <td data-label=${t.columns.category}>${PROJECT_CATEGORY_NAMES[this.locale][p.category] ?? p.category}</td>
            <td data-label=${t.columns.status}>${t.statuses[p.status] ?? p.status}</td>
            <td data-label=${t.columns.location} class=${p.location ? '' : 'blank'}>${p.location ?? ''}</td>
            <td>
              <div class="actions">
                ${this.can(ADMIN_ROUTES.editProject) ? this.renderEditButton(p, p.title, t.edit) : nothing}
                <a href=${`#/embed?kind=project&id=${encodeURIComponent(p.id)}`}>${t.embed}</a>
              </div>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderEditor(p: AdminProject | 'new') {
    const t = this.t;
    const f = t.fields;
    const v = p === 'new' ? undefined : p;
    const opts = (values: readonly string[], labels: Record<string, string>) =>
      values.map((value) => ({ value, label: labels[value] ?? value }));
    return html`<form class="editor" novalidate aria-labelledby="editor-title" @submit=${this.save} @keydown=${this.onEditorKey}>
        <h3 id="editor-title">${v ? t.editorEdit(v.title) : t.editorNew}</h3>
        ${p === 'new' ? field({ name: 'id', label: f.id, hint: f.idHint, error: this.errorFor('id'), autocomplete: 'off' }) : nothing}
        ${field({ name: 'title', label: f.title, value: v?.title, required: true, error: this.errorFor('title') })}
        ${field({ name: 'summary', label: f.summary, value: v?.summary, type: 'textarea', error: this.errorFor('summary') })}
        ${field({ name: 'body', label: f.body, value: v?.body, type: 'textarea', error: this.errorFor('body') })}
        ${field({ name: 'coverUrl', label: f.coverUrl, value: v?.coverUrl, type: 'url', hint: f.coverUrlHint, error: this.errorFor('coverUrl'), placeholder: 'https://' })}
        ${field({ name: 'category', label: f.category, value: v?.category ?? 'meals', type: 'select', options: opts(PROJECT_CATEGORIES, PROJECT_CATEGORY_NAMES[this.locale]), error: this.errorFor('category') })}
        ${field({ name: 'location', label: f.location, value: v?.location, error: this.errorFor('location') })}
        ${field({ name: 'beneficiaries', label: f.beneficiaries, value: v?.beneficiaries, hint: f.beneficiariesHint, error: this.errorFor('beneficiaries') })}
        ${field({ name: 'status', label: f.status, value: v?.status ?? 'in_progress', type: 'select', options: opts(PROJECT_STATUSES, t.statuses), error: this.errorFor('status') })}
        <fieldset class="rows">
          <legend>${t.links}</legend>
          ${this.errorFor('links') ? html`<p class="row-error">${this.errorFor('links')}</p>` : nothing}
          ${this.links.map(
            (l, i) => html`<div class="row">
              ${field({ name: `links.${i}.title`, label: `${t.linkTitle} ${i + 1}`, value: l.title, error: this.errorFor(`links.${i}.title`) })}
              ${field({ name: `links.${i}.url`, label: `${t.linkUrl} ${i + 1}`, value: l.url, type: 'url', placeholder: 'https://', error: this.errorFor(`links.${i}.url`) })}
              <button type="button" aria-label=${t.removeLink(i + 1)} @click=${(e: Event) => this.removeLink(e, i)}>✕</button>
            </div>`,
          )}
          <button type="button" class="add-link" @click=${this.addLink}>${t.addLink}</button>
        </fieldset>
        ${this.renderEditorActions(t)}
      </form>
      ${
        v
          ? html`<admin-project-timeline .api=${this.api} .allowed=${this.allowed} .org=${this.org} .locale=${this.locale} .projectId=${v.id}></admin-project-timeline>`
          : nothing
      }`;
  }
}

if (!customElements.get('admin-projects')) customElements.define('admin-projects', AdminProjects);

declare global {
  interface HTMLElementTagNameMap {
    'admin-projects': AdminProjects;
  }
}
