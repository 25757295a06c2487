/**
 * <admin-audit>: the audit trail, newest first — when, who (the token's label and role), what,
 * which object, and the fields it changed (before → after; the full snapshots on demand). Filters
 * by object (type and id), action and China-time dates; `#/audit?object=donation:dn_…` (the
 * pledge queue's history links) preselects them, and so does following an object's own link here.
 * Paged by nextCursor; CSV export of the same filters, saved byte for byte like the pledge queue's.
 * Entries read in the console's language (./audit-values.ts): field names and coded values in
 * words, money in yuan, times in China time, a pledge by its GY- reference; the stored snapshots
 * stay one click away for an auditor.
 */
import { html, nothing, type PropertyDeclarations } from 'lit';
import { colon, labelled } from '../i18n.js';
import type { AuditEntry } from '../../common/wire/admin-audit.js';
import { ConsoleView } from '../ui/console-view.js';
import { dateTime } from '../ui/dates.js';
import { field, typed } from '../ui/form-field.js';
import { PagedList, type Page } from '../ui/paged-list.js';
import { routeQuery } from '../ui/route-query.js';
import { changedFields } from './audit-diff.js';
import { fieldLabel, fieldValue, figuresLine, objectName } from './audit-values.js';
import { messages, type AuditMessages } from './audit.i18n.js';
import { auditStyles } from './audit.styles.js';

interface Filters {
  objectType: string;
  objectId: string;
  action: string;
  from: string;
  to: string;
}

const PAGE = 50;
const TYPES = [
  'donation',
  'expenditure',
  'campaign',
  'recipient',
  'project',
  'update',
  'school',
  'report',
  'closure',
  'wish',
  'figures',
  'site',
  'token',
  'org',
  'plan',
  'matcher',
  'fund',
];

/** The filters a route carries: '#/audit?object=donation:dn_1&action=…&from=…&to=…'. */
function filtersOfRoute(): Filters {
  const q = routeQuery();
  const [type = '', ...id] = (q.get('object') ?? '').split(':');
  return {
    objectType: type,
    objectId: id.join(':'),
    action: q.get('action') ?? '',
    from: q.get('from') ?? '',
    to: q.get('to') ?? '',
  };
}

export class AdminAudit extends ConsoleView<AuditMessages> {
  static override styles = [ConsoleView.styles, auditStyles];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    filters: { state: true },
    exporting: { state: true },
    openSnapshots: { state: true },
  };
  declare private filters: Filters;
  declare private exporting: boolean;
  /** Entries whose stored snapshots are shown (rendered only then: an entry's JSON can be long). */
  declare private openSnapshots: ReadonlySet<number>;
  /** The trail for the current filters, a page at a time. */
  private readonly list = new PagedList<AuditEntry>(
    this,
    (cursor) => this.fetchPage(cursor),
    (e) => this.showError(e),
  );
  protected override readonly messages = messages;

  constructor() {
    super();
    this.filters = filtersOfRoute();
    this.exporting = false;
    this.openSnapshots = new Set();
  }

  private toggleSnapshots(seq: number) {
    const next = new Set(this.openSnapshots);
    if (!next.delete(seq)) next.add(seq);
    this.openSnapshots = next;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  /** An object's link inside the trail changes only the query: the shell keeps this view, so it re-reads it. */
  private onHashChange = () => {
    if (!/^#\/?audit(\?|$)/.test(location.hash)) return;
    this.filters = filtersOfRoute();
    this.clearErrors();
    void this.reload();
  };

  protected override async load(): Promise<void> {
    await this.reload();
  }

  /** The first page for the current filters; the snapshots opened on the previous list close. */
  private reload(): Promise<void> {
    this.openSnapshots = new Set();
    return this.list.reload();
  }

  /**
   * The API's filters. A pledge is found by the reference staff know (GY-…, as on the transfer)
   * as well as by its id; null when no pledge of this organisation has that reference.
   */
  private async query() {
    const f = this.filters;
    let id = f.objectId;
    if (f.objectType === 'donation' && id && !id.startsWith('dn_')) {
      const { items } = await this.api.get<{ items: { id: string }[] }>('/admin/donations', {
        orgId: this.org,
        reference: id,
        limit: 1,
      });
      if (!items[0]) return null;
      id = items[0].id;
    }
    return {
      orgId: this.org,
      object: f.objectType ? (id ? `${f.objectType}:${id}` : f.objectType) : undefined,
      action: f.action || undefined,
      from: f.from || undefined,
      to: f.to || undefined,
    };
  }

  /** A page of the trail for the current filters; none when the reference typed names no pledge. */
  private async fetchPage(cursor: string | undefined): Promise<Page<AuditEntry>> {
    const filters = this.filters;
    const query = await this.query();
    if (query) return this.api.get('/admin/audit', { ...query, limit: PAGE, cursor });
    if (filters === this.filters)
      this.refuse([{ path: 'objectId', message: this.t.noSuchReference(filters.objectId) }]);
    return { items: [], nextCursor: null };
  }

  private apply(e: SubmitEvent) {
    e.preventDefault();
    const d = new FormData(e.target as HTMLFormElement);
    const objectType = typed(d, 'objectType');
    this.filters = {
      objectType,
      objectId: objectType ? typed(d, 'objectId') : '',
      action: typed(d, 'action'),
      from: typed(d, 'from'),
      to: typed(d, 'to'),
    };
    this.clearErrors();
    void this.reload();
  }

  private clearFilters() {
    this.filters = { objectType: '', objectId: '', action: '', from: '', to: '' };
    this.clearErrors();
    void this.reload();
    void this.focusAfterRender('select[name="objectType"]');
  }

  private async exportCsv() {
    this.exporting = true;
    try {
      const query = await this.query();
      if (!query) return this.refuse([{ path: 'objectId', message: this.t.noSuchReference(this.filters.objectId) }]);
      const blob = await this.api.download('/admin/audit', { ...query, format: 'csv' });
      const f = this.filters;
      const parts = [this.org, f.objectType, f.objectId, f.action, new Date().toISOString().slice(0, 10)].filter(
        Boolean,
      );
      const file = `audit-${parts.join('-').replace(/[^A-Za-z0-9._-]/g, '_')}.csv`;
      // The Blob is the response bytes as sent: the BOM stays, so Excel reads the file as UTF-8.
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = file;
      this.renderRoot.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.showStatus(this.t.exported(file));
    } catch (e) {
      this.showError(e);
    } finally {
      this.exporting = false;
    }
  }

  override render() {
    const t = this.t;
    const f = this.filters;
    const actions = Object.entries(t.actions);
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderAlert()}
      <form class="filters toolbar" novalidate aria-label=${t.filters} @submit=${this.apply}>
        ${field({
          name: 'objectType',
          label: t.objectType,
          type: 'select',
          value: f.objectType,
          idPrefix: 'audit',
          options: [{ value: '', label: t.allTypes }, ...TYPES.map((x) => ({ value: x, label: t.types[x] ?? x }))],
        })}
        ${field({ name: 'objectId', label: t.objectId, value: f.objectId, hint: t.objectIdHint, error: this.errorFor('objectId'), autocomplete: 'off', idPrefix: 'audit' })}
        ${field({
          name: 'action',
          label: t.action,
          type: 'select',
          value: f.action,
          idPrefix: 'audit',
          options: [{ value: '', label: t.allActions }, ...actions.map(([value, label]) => ({ value, label }))],
        })}
        ${field({ name: 'from', label: t.from, type: 'date', value: f.from, error: this.errorFor('from'), idPrefix: 'audit' })}
        ${field({ name: 'to', label: t.to, type: 'date', value: f.to, error: this.errorFor('to'), idPrefix: 'audit' })}
        <button type="submit">${t.apply}</button>
        <button type="button" class="clear" @click=${this.clearFilters}>${t.clear}</button>
        <button type="button" class="export" ?disabled=${this.exporting} @click=${this.exportCsv}>${this.exporting ? t.exporting : t.exportCsv}</button>
      </form>
      ${this.renderList()}`;
  }

  private renderList() {
    const t = this.t;
    const c = t.columns;
    if (!this.list.items) return html`<p role="status">${t.loading}</p>`;
    if (!this.list.items.length) return html`<p>${t.empty}</p>`;
    return html`<p class="muted">${t.count(this.list.items.length, !!this.list.nextCursor)}</p>
      <table class="audit">
        <caption class="visually-hidden">${t.title}</caption>
        <thead>
          <tr>
            <th scope="col">${c.action}</th>
            <th scope="col">${c.at}</th>
            <th scope="col">${c.actor}</th>
            <th scope="col">${c.object}</th>
            <th scope="col">${c.changes}</th>
          </tr>
        </thead>
        <tbody>
          ${this.list.items.map((x) => this.renderEntry(x))}
        </tbody>
      </table>
      ${this.list.nextCursor ? html`<button type="button" class="more" @click=${() => this.list.more()}>${t.more}</button>` : nothing}`;
  }

  private renderEntry(x: AuditEntry) {
    const t = this.t;
    const c = t.columns;
    const type = t.types[x.objectType] ?? x.objectType;
    const object = x.objectId ? `${x.objectType}:${x.objectId}` : x.objectType;
    // Staff know a pledge by its reference (GY-…) and other objects by their names; the id is the fallback.
    const known = objectName(x.objectType, x.before, x.after) ?? x.objectId;
    return html`<tr data-seq=${x.seq} data-action=${x.action}>
      <th scope="row">${t.actions[x.action] ?? x.action}</th>
      <td data-label=${c.at}><time datetime=${x.at}>${dateTime(x.at, this.locale)}</time></td>
      <td data-label=${c.actor}>${x.tokenId ? html`${x.actor}<span class="sub">${t.roles[x.role] ?? x.role}</span>` : t.superAdmin}</td>
      <td data-label=${c.object}>
        <a href=${`#/audit?object=${encodeURIComponent(object)}`} aria-label=${t.historyOf(`${type} ${known ?? ''}`.trim())}>${type}</a>
        ${known ? html`<span class="sub object-name">${known}</span>` : nothing}
      </td>
      <td data-label=${c.changes}>${this.renderChanges(x)}</td>
    </tr>`;
  }

  private renderChanges(x: AuditEntry) {
    const t = this.t;
    const summary =
      x.before === null && x.after !== null
        ? html`<p>${t.created}</p>`
        : x.after === null && x.before !== null
          ? html`<p>${t.deleted}</p>`
          : nothing;
    const changes = x.before !== null && x.after !== null ? changedFields(x.before, x.after) : [];
    const open = this.openSnapshots.has(x.seq);
    const row = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
    const said = (field: string, value: unknown, snapshot: unknown) =>
      field ? fieldValue(x.objectType, field, value, row(snapshot), this.locale) : figuresLine(value, this.locale);
    return html`${summary}
      ${
        x.before !== null && x.after !== null
          ? changes.length
            ? html`<ul class="changes">
              ${changes.map(
                (ch) => html`<li data-field=${ch.field}>
                  ${ch.field ? html`<span class="change-field">${fieldLabel(x.objectType, ch.field, this.locale)}</span>${colon(this.locale)}` : nothing}<span class="was"
                    >${said(ch.field, ch.before, x.before)}</span
                  >
                  → <span class="now">${said(ch.field, ch.after, x.after)}</span>
                </li>`,
              )}
            </ul>`
            : html`<p class="muted">${t.unchanged}</p>`
          : nothing
      }
      <button type="button" class="snapshots-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`snapshots-${x.seq}`}
        @click=${() => this.toggleSnapshots(x.seq)}>${t.details}</button>
      ${
        open
          ? html`<div class="snapshots" id=${`snapshots-${x.seq}`}>
            <p class="muted">${t.request(x.requestId)}</p>
            ${x.objectId ? html`<p class="muted">${labelled(this.locale, t.internalId, '')}<code>${x.objectId}</code></p>` : nothing}
            <p class="snapshot-title">${t.before}</p>
            <pre>${JSON.stringify(x.before, null, 2)}</pre>
            <p class="snapshot-title">${t.after}</p>
            <pre>${JSON.stringify(x.after, null, 2)}</pre>
          </div>`
          : nothing
      }`;
  }
}

if (!customElements.get('admin-audit')) customElements.define('admin-audit', AdminAudit);

declare global {
  interface HTMLElementTagNameMap {
    'admin-audit': AdminAudit;
  }
}
