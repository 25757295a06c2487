/**
 * <admin-campaigns>: the organisation's campaigns — list with totals, create and edit (goal typed in
 * yuan and sent as integer fen, deadline, suggested-amount tiers, status, payment instructions).
 * Amounts are parsed from the typed string (never float arithmetic); a bad one is flagged next to
 * its field before anything is sent. Tier rows are named tiers.N.amount / tiers.N.label, the API's
 * error paths. Each row says what the campaign still lacks before it may accept gifts (its
 * recipient, the recipient's qualification, the filing number) and, for owners, opens the
 * recipient-and-filing form; above the list, the disclosure-duty notice. The list shows what
 * matching funds added and the active monthly donors; the editor offers monthly giving (月捐). A
 * campaign's money (payment instructions, status, monthly giving, a live campaign's goal and
 * deadline) is set by owners: other tokens' form leaves those fields out and says who sets them.
 */
import { CAMPAIGN_STATUSES } from '../../common/statuses.js';
import { html, nothing, type PropertyDeclarations } from 'lit';
import type { FieldError } from '../../common/wire/problem.js';
import { AdminApiError } from '../api.js';
import { labelled } from '../i18n.js';
import { ADMIN_ROUTES } from '../../common/admin-routes.js';
import { EditorView } from '../ui/editor-view.js';
import { withItem } from '../ui/with-item.js';
import { field, typed } from '../ui/form-field.js';
import { fromLocalInput, toLocalInput } from '../ui/local-time.js';
import { dateTime } from '../ui/dates.js';
import { fenToYuan, formatFen, yuanToFen } from '../ui/money.js';
import { messages, type CampaignsMessages } from './campaigns.i18n.js';
import { campaignsStyles } from './campaigns.styles.js';
import type { AdminProject } from '../../common/wire/admin-project.js';
import './campaign-filing.js';
import './disclosure-notice.js';

import type { AdminCampaign } from '../../common/wire/admin-campaign.js';

/** A tier row while editing: the amount stays the typed text until saved. */
interface TierRow {
  amount: string;
  label: string;
}

export class AdminCampaigns extends EditorView<CampaignsMessages, AdminCampaign> {
  static override styles = [EditorView.styles, campaignsStyles];
  static override properties: PropertyDeclarations = {
    ...EditorView.properties,
    campaigns: { state: true },
    projects: { state: true },
    tiers: { state: true },
    filing: { state: true },
  };
  declare private campaigns: AdminCampaign[] | undefined;
  declare private projects: AdminProject[];
  declare private tiers: TierRow[];
  /** The campaign whose recipient-and-filing form is open. */
  declare private filing: AdminCampaign | undefined;
  protected override readonly messages = messages;

  constructor() {
    super();
    this.projects = [];
    this.tiers = [];
  }

  protected override async load(): Promise<void> {
    this.editing = undefined;
    this.filing = undefined;
    this.campaigns = undefined;
    this.clearErrors();
    const org = { orgId: this.org };
    const [campaigns, projects] = await Promise.all([
      this.fetchList<AdminCampaign>('/admin/campaigns', org),
      this.fetchList<AdminProject>('/admin/projects', org),
    ]);
    if (!campaigns || !projects) return;
    this.campaigns = campaigns;
    this.projects = projects;
  }

  private projectTitle(id: string) {
    return this.projects.find((p) => p.id === id)?.title ?? id;
  }

  private openFiling(c: AdminCampaign) {
    this.editing = undefined;
    this.clearErrors();
    this.filing = c;
  }

  private closeFiling() {
    const id = this.filing?.id;
    this.filing = undefined;
    if (id) void this.focusAfterRender(`button[data-filing="${CSS.escape(id)}"]`);
  }

  private filingSaved(e: CustomEvent<AdminCampaign>) {
    this.campaigns = withItem(this.campaigns, e.detail);
    this.closeFiling();
    this.showStatus(this.t.saved(e.detail.title));
  }

  protected override openEditor(c: AdminCampaign | 'new') {
    this.filing = undefined;
    this.tiers =
      c === 'new' ? [{ amount: '', label: '' }] : c.tiers.map((x) => ({ amount: fenToYuan(x.amount), label: x.label }));
    super.openEditor(c);
  }

  private syncTiers(form: HTMLFormElement) {
    const d = new FormData(form);
    this.tiers = this.tiers.map((_, i) => ({
      amount: String(d.get(`tiers.${i}.amount`) ?? ''),
      label: String(d.get(`tiers.${i}.label`) ?? ''),
    }));
  }

  private addTier(e: Event) {
    this.syncTiers((e.target as HTMLElement).closest('form')!);
    this.tiers = [...this.tiers, { amount: '', label: '' }];
    void this.focusAfterRender(`[name="tiers.${this.tiers.length - 1}.amount"]`);
  }

  private removeTier(e: Event, index: number) {
    this.syncTiers((e.target as HTMLElement).closest('form')!);
    this.tiers = this.tiers.filter((_, i) => i !== index);
  }

  private async save(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    this.syncTiers(form);
    const d = new FormData(form);
    const t = this.t;
    // Amounts are checked here first: a typed "12,5元" must never reach the API as a wrong number.
    const local: FieldError[] = [];
    // Fields this token may not set are not in the form, and not sent (the API would refuse them).
    const { goalAndDeadline, money } = this.settable();
    const goal = goalAndDeadline ? yuanToFen(String(d.get('goalAmount') ?? '')) : 0;
    if (goal === null) local.push({ path: 'goalAmount', message: t.badAmount });
    const rows = this.tiers.map((r, i) => ({ r, i })).filter(({ r }) => r.amount.trim() || r.label.trim());
    const tiers = rows.map(({ r, i }) => {
      const amount = yuanToFen(r.amount);
      if (amount === null) local.push({ path: `tiers.${i}.amount`, message: t.badAmount });
      return { amount: amount ?? 0, label: r.label.trim() };
    });
    if (local.length) return this.refuse(local);
    const body = {
      title: String(d.get('title') ?? ''),
      ...(goalAndDeadline ? { goalAmount: goal!, endsAt: fromLocalInput(String(d.get('endsAt') ?? '')) } : {}),
      tiers,
      ...(money
        ? {
            status: String(d.get('status') ?? 'open'),
            paymentInstructions: typed(d, 'paymentInstructions') || null,
            monthlyAllowed: d.get('monthlyAllowed') === 'true',
          }
        : {}),
    };
    const editing = this.editing;
    if (!editing) return;
    const id = typed(d, 'id');
    const projectId = String(d.get('projectId') ?? '');
    const saved = await this.run(() =>
      (editing === 'new'
        ? this.api.send<AdminCampaign>('POST', '/admin/campaigns', { ...(id ? { id } : {}), projectId, ...body })
        : this.api.send<AdminCampaign>('PATCH', `/admin/campaigns/${encodeURIComponent(editing.id)}`, body)
      ).catch((err: unknown) => {
        throw this.tierPaths(
          err,
          rows.map(({ i }) => i),
        );
      }),
    );
    if (!saved) return;
    this.campaigns = withItem(this.campaigns, saved);
    this.editing = undefined;
    this.showStatus(editing === 'new' ? t.created(saved.title) : t.saved(saved.title));
  }

  /**
   * What this token may set besides texts and tiers: a campaign's money is the owner's; an editor
   * may draft a new campaign's goal and deadline (it takes no gift before an owner names its
   * recipient and filing).
   */
  private settable() {
    const money = this.can(ADMIN_ROUTES.setCampaignMoney);
    return { money, goalAndDeadline: money || this.editing === 'new' };
  }

  /** The API numbers tiers in the body sent (empty rows left out); map them back to the rows shown. */
  private tierPaths(err: unknown, shown: number[]): unknown {
    if (!(err instanceof AdminApiError)) return err;
    const errors = err.errors.map((f) => {
      const m = /^tiers\.(\d+)(\..*)?$/.exec(f.path);
      const row = m ? shown[Number(m[1])] : undefined;
      return row === undefined ? f : { ...f, path: `tiers.${row}${m![2] ?? ''}` };
    });
    return new AdminApiError(err.status, err.code, err.detail, errors);
  }

  override render() {
    const t = this.t;
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderAlert()}
      <admin-disclosure-notice .org=${this.org} .locale=${this.locale}></admin-disclosure-notice>
      ${
        this.can(ADMIN_ROUTES.createCampaign)
          ? html`<div class="toolbar">
            <button type="button" class="create primary" ?disabled=${!this.campaigns || !this.projects.length} @click=${() => this.openEditor('new')}>
              ${t.create}
            </button>
            ${this.campaigns && !this.projects.length ? html`<span class="muted">${t.noProjects}</span>` : nothing}
          </div>`
          : nothing
      }
      ${this.editing === 'new' ? this.renderEditor('new') : nothing} ${this.renderList()}
      ${this.editing && this.editing !== 'new' ? this.renderEditor(this.editing) : nothing}
      ${
        this.filing
          ? html`<admin-campaign-filing
            .api=${this.api}
            .allowed=${this.allowed}
            .org=${this.org}
            .locale=${this.locale}
            .campaign=${this.filing}
            @campaign-saved=${this.filingSaved}
            @filing-closed=${this.closeFiling}
          ></admin-campaign-filing>`
          : nothing
      }`;
  }

  /**
   * Who receives the money, or what is still missing before the campaign may accept gifts; and
   * whether donors paying offline are told how to pay.
   */
  private renderGifts(x: AdminCampaign) {
    const t = this.t;
    const r = x.recipient;
    return html`${r ? html`<div class="muted recipient">${t.recipientLine(r.name, r.filingNumber)}</div>` : nothing}
    ${
      x.missingForGifts.length
        ? html`<div class="missing" data-missing=${x.missingForGifts.join(' ')}>
          <strong>${t.noGifts}</strong>
          <ul>
            ${x.missingForGifts.map((m) => html`<li>${t.missing[m] ?? m}</li>`)}
          </ul>
        </div>`
        : nothing
    }
    ${
      x.missingForPayment?.includes('paymentInstructions')
        ? html`<div class="missing payment" data-missing-payment="paymentInstructions">${t.noPaymentInstructions}</div>`
        : nothing
    }`;
  }

  /**
   * Five columns where thirteen would not fit a laptop: the campaign (its project beneath), what came
   * in (goal, raised, matched, pending, donors, monthly donors), what went out, status with deadline,
   * and the row's buttons. On a phone each row is a card (ui/table.styles.ts).
   */
  private renderList() {
    const t = this.t;
    const c = t.columns;
    if (!this.campaigns) return html`<p role="status">${t.loading}</p>`;
    if (!this.campaigns.length) return html`<p>${t.empty}</p>`;
    return html`<table class="campaigns">
      <caption class="visually-hidden">${t.title}</caption>
      <thead>
        <tr>
          <th scope="col">${c.title}</th>
          <th scope="col">${c.fundraising}</th>
          <th scope="col">${c.use}</th>
          <th scope="col">${c.status}</th>
          <th scope="col">${c.actions}</th>
        </tr>
      </thead>
      <tbody>
        ${this.campaigns.map((x) => {
          const money = (fen: number) => formatFen(fen, x.currency);
          return html`<tr data-id=${x.id}>
            <th scope="row">
              ${x.title}<span class="sub project">${labelled(this.locale, c.project, this.projectTitle(x.projectId))}</span>${this.renderGifts(x)}
            </th>
            <td data-label=${c.fundraising}>
              <dl class="figures">
                <dt>${c.goal}</dt><dd class="goal">${money(x.goalAmount)}</dd>
                <dt>${c.raised}</dt><dd class="raised">${money(x.raisedAmount)}</dd>
                <dt>${c.matched}</dt><dd class="matched">${money(x.matchedAmount)}</dd>
                <dt>${c.pending}</dt><dd class="pending">${money(x.pendingAmount)}</dd>
                <dt>${c.donors}</dt><dd class="donors">${x.donorCount}</dd>
                <dt>${c.monthly}</dt><dd class="monthly">${x.monthlyAllowed ? x.monthlyDonors : html`<span class="muted">${t.monthlyOff}</span>`}</dd>
              </dl>
            </td>
            <td data-label=${c.use}>
              <dl class="figures">
                <dt>${c.spent}</dt><dd class="spent">${money(x.spentAmount)}</dd>
                <dt>${c.balance}</dt><dd class="balance">${money(x.balance)}</dd>
              </dl>
            </td>
            <td data-label=${c.status}>
              <span class="status">${t.statuses[x.status] ?? x.status}</span>
              <span class="sub ends">${labelled(this.locale, c.endsAt, x.endsAt ? dateTime(x.endsAt, this.locale) : t.noDeadline)}</span>
            </td>
            <td>
              <div class="actions">
                ${this.can(ADMIN_ROUTES.editCampaign) ? this.renderEditButton(x, x.title, t.edit) : nothing}
                ${
                  this.can(ADMIN_ROUTES.setCampaignFiling)
                    ? html`<button type="button" data-filing=${x.id} aria-label=${`${t.filing}: ${x.title}`} aria-expanded=${this.filing?.id === x.id ? 'true' : 'false'}
                      @click=${() => this.openFiling(x)}>${t.filing}</button>`
                    : nothing
                }
                <a href=${`#/pledges?campaignId=${encodeURIComponent(x.id)}`}>${t.pledges}</a>
                ${this.can(ADMIN_ROUTES.listSpending) ? html`<a href=${`#/spending?campaignId=${encodeURIComponent(x.id)}`}>${t.spending}</a>` : nothing}
                <a href=${`#/embed?kind=progress&id=${encodeURIComponent(x.id)}`}>${t.embed}</a>
              </div>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderEditor(c: AdminCampaign | 'new') {
    const t = this.t;
    const f = t.fields;
    const v = c === 'new' ? undefined : c;
    const { goalAndDeadline, money } = this.settable();
    return html`<form class="editor" novalidate aria-labelledby="campaign-editor-title" @submit=${this.save} @keydown=${this.onEditorKey}>
      <h3 id="campaign-editor-title">${v ? t.editorEdit(v.title) : t.editorNew}</h3>
      ${
        v
          ? nothing
          : html`${field({
              name: 'projectId',
              label: f.project,
              type: 'select',
              options: this.projects.map((p) => ({ value: p.id, label: p.title })),
              error: this.errorFor('projectId'),
            })}
          ${field({ name: 'id', label: f.id, hint: f.idHint, error: this.errorFor('id'), autocomplete: 'off' })}`
      }
      ${field({ name: 'title', label: f.title, value: v?.title, required: true, error: this.errorFor('title') })}
      ${
        goalAndDeadline
          ? html`${field({
              name: 'goalAmount',
              label: f.goal,
              value: v ? fenToYuan(v.goalAmount) : '',
              inputmode: 'decimal',
              hint: f.goalHint,
              required: true,
              error: this.errorFor('goalAmount'),
            })}
          ${field({ name: 'endsAt', label: f.endsAt, type: 'datetime-local', value: toLocalInput(v?.endsAt ?? null), hint: f.endsAtHint, error: this.errorFor('endsAt') })}`
          : nothing
      }
      ${
        money
          ? field({
              name: 'status',
              label: f.status,
              type: 'select',
              value: v?.status ?? 'open',
              options: CAMPAIGN_STATUSES.map((s) => ({ value: s, label: t.statuses[s] ?? s })),
              error: this.errorFor('status'),
            })
          : nothing
      }
      <fieldset class="rows">
        <legend>${t.tiers}</legend>
        <p class="muted">${t.tiersHint}</p>
        ${this.errorFor('tiers') ? html`<p class="row-error">${this.errorFor('tiers')}</p>` : nothing}
        ${this.tiers.map(
          (r, i) => html`<div class="row">
            ${field({ name: `tiers.${i}.amount`, label: t.tierAmount(i + 1), value: r.amount, inputmode: 'decimal', error: this.errorFor(`tiers.${i}.amount`) })}
            ${field({ name: `tiers.${i}.label`, label: t.tierLabel(i + 1), value: r.label, error: this.errorFor(`tiers.${i}.label`) })}
            <button type="button" aria-label=${t.removeTier(i + 1)} @click=${(e: Event) => this.removeTier(e, i)}>✕</button>
          </div>`,
        )}
        <button type="button" class="add-tier" ?disabled=${this.tiers.length >= 10} @click=${this.addTier}>${t.addTier}</button>
      </fieldset>
      ${
        money
          ? html`${field({
              name: 'monthlyAllowed',
              label: f.monthlyAllowed,
              type: 'checkbox',
              checked: v?.monthlyAllowed ?? false,
              hint: f.monthlyAllowedHint,
              error: this.errorFor('monthlyAllowed'),
            })}
          ${field({
            name: 'paymentInstructions',
            label: f.paymentInstructions,
            type: 'textarea',
            value: v?.paymentInstructions,
            hint: f.paymentInstructionsHint,
            error: this.errorFor('paymentInstructions'),
          })}`
          : html`<p class="muted owner-only">${t.ownerOnly}</p>`
      }
      ${this.renderEditorActions(t)}
    </form>`;
  }
}

if (!customElements.get('admin-campaigns')) customElements.define('admin-campaigns', AdminCampaigns);

declare global {
  interface HTMLElementTagNameMap {
    'admin-campaigns': AdminCampaigns;
  }
}
