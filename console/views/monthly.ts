/**
 * <admin-monthly>: monthly giving plans (月捐) — the donor's name and contact (staff only), the
 * amount, Stripe or offline, status, the next month's due date, failed payments (highlighted, in
 * words as well as colour), the gifts it has made and what of them arrived. Tokens that may call
 * `POST /admin/monthly-plans/:id/end` (finance, owner) end a plan after being asked once; a
 * Stripe subscription is cancelled at Stripe by the worker first. Filters: status and campaign
 * (`#/monthly?campaignId=…` preselects one).
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { labelled } from '../i18n.js';
import { ADMIN_ROUTES } from '../../common/admin-routes.js';
import '../ui/confirm-button.js';
import { ConsoleView } from '../ui/console-view.js';
import { dateOnly, dateTime } from '../ui/dates.js';
import { field } from '../ui/form-field.js';
import { formatFen } from '../ui/money.js';
import { routeQuery } from '../ui/route-query.js';
import type { AdminCampaign } from '../../common/wire/admin-campaign.js';
import type { AdminMonthlyPlan } from '../../common/wire/admin-monthly-plan.js';
import { messages, type MonthlyMessages } from './monthly.i18n.js';
import { monthlyStyles } from './monthly.styles.js';

const STATUSES = ['pending', 'active', 'ended'];

export class AdminMonthly extends ConsoleView<MonthlyMessages> {
  static override styles = [ConsoleView.styles, monthlyStyles];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    items: { state: true },
    campaigns: { state: true },
    statusFilter: { state: true },
    campaignFilter: { state: true },
  };
  declare private items: AdminMonthlyPlan[] | undefined;
  declare private campaigns: AdminCampaign[];
  /** '' = every status. */
  declare private statusFilter: string;
  /** '' = every campaign. */
  declare private campaignFilter: string;
  private loadSeq = 0;
  protected override readonly messages = messages;

  constructor() {
    super();
    this.campaigns = [];
    this.statusFilter = '';
    this.campaignFilter = routeQuery().get('campaignId') ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.get('org')) this.campaignFilter = ''; // a campaign of the previous organisation
    super.willUpdate(changed);
  }

  protected override async load(): Promise<void> {
    this.clearErrors();
    await Promise.all([this.loadCampaigns(), this.loadPlans()]);
  }

  private async loadCampaigns() {
    const items = await this.fetchList<AdminCampaign>('/admin/campaigns', { orgId: this.org });
    if (items) this.campaigns = items;
  }

  private async loadPlans() {
    const seq = ++this.loadSeq;
    this.items = undefined;
    const items = await this.fetchList<AdminMonthlyPlan>('/admin/monthly-plans', {
      orgId: this.org,
      status: this.statusFilter || undefined,
      campaignId: this.campaignFilter || undefined,
    });
    if (items && seq === this.loadSeq) this.items = items; // filters changed meanwhile: a newer answer comes
  }

  private applyFilters(e: SubmitEvent) {
    e.preventDefault();
    const d = new FormData(e.target as HTMLFormElement);
    this.statusFilter = String(d.get('status') ?? '');
    this.campaignFilter = String(d.get('campaignId') ?? '');
    this.clearErrors();
    void this.loadPlans();
  }

  private campaignTitle(id: string) {
    return this.campaigns.find((c) => c.id === id)?.title ?? id;
  }

  private donorName(p: AdminMonthlyPlan) {
    return p.anonymous ? `${p.name ?? ''}${this.t.anonymous}` : (p.name ?? this.t.anonymous);
  }

  private async end(p: AdminMonthlyPlan) {
    try {
      const updated = await this.api.send<AdminMonthlyPlan>(
        'POST',
        `/admin/monthly-plans/${encodeURIComponent(p.id)}/end`,
      );
      // The row stays (now ended) so staff see what they just did.
      this.items = (this.items ?? []).map((x) => (x.id === updated.id ? updated : x));
      this.showStatus(
        this.t.ended(this.donorName(updated), this.t.perMonth(formatFen(updated.amount, updated.currency))),
      );
      // The ask button is gone with the plan's status: keep keyboard users in the row.
      void this.focusAfterRender(`tr[data-id="${CSS.escape(p.id)}"] th`);
    } catch (e) {
      this.showError(e);
    }
  }

  override render() {
    const t = this.t;
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      <p class="muted privacy">${t.privacy}</p>
      ${this.renderAlert()}
      <form class="filters toolbar" novalidate aria-label=${t.filters} @submit=${this.applyFilters}>
        ${field({
          name: 'status',
          label: t.status,
          type: 'select',
          value: this.statusFilter,
          options: [
            { value: '', label: t.allStatuses },
            ...STATUSES.map((s) => ({ value: s, label: t.statuses[s] ?? s })),
          ],
        })}
        ${field({
          name: 'campaignId',
          label: t.campaign,
          type: 'select',
          value: this.campaignFilter,
          options: [
            { value: '', label: t.allCampaigns },
            ...this.campaigns.map((c) => ({ value: c.id, label: c.title })),
          ],
        })}
        <button type="submit">${t.apply}</button>
      </form>
      ${this.renderList()}`;
  }

  private renderStatus(p: AdminMonthlyPlan) {
    const t = this.t;
    const word = t.statuses[p.status] ?? p.status;
    if (p.status !== 'ended' || !p.endedAt) return html`<span class="plan-status">${word}</span>`;
    const by = p.endedBy ? (t.endedBy[p.endedBy] ?? p.endedBy) : '';
    const when = dateOnly(p.endedAt, this.locale);
    return html`<span class="plan-status">${word}</span>
      <div class="muted">${p.endReason ? t.endedBecause(t.endReasons[p.endReason] ?? p.endReason, when) : t.endedOn(by, when)}</div>
      ${p.method === 'stripe' && p.subscriptionId && !p.subscriptionCancelled ? html`<div class="muted">${t.cancelPending}</div>` : nothing}`;
  }

  private renderFailures(p: AdminMonthlyPlan) {
    const t = this.t;
    if (!p.failedPayments) return html`<span class="muted">${t.noFailures}</span>`;
    return html`<strong>⚠ ${t.failures(p.failedPayments)}</strong>
      ${p.lastFailureAt ? html`<div>${t.lastFailure(dateTime(p.lastFailureAt, this.locale))}</div>` : nothing}`;
  }

  private renderList() {
    const t = this.t;
    const c = t.columns;
    if (!this.items) return html`<p role="status">${t.loading}</p>`;
    if (!this.items.length) return html`<p>${t.empty}</p>`;
    const canEnd = this.can(ADMIN_ROUTES.endPlan);
    const failing = this.items.filter((p) => p.failedPayments > 0).length;
    return html`<p class="muted">${t.count(this.items.length, failing)}</p>
      <table class="plans">
        <caption class="visually-hidden">${t.title}</caption>
        <thead>
          <tr>
            <th scope="col">${c.donor}</th>
            <th scope="col">${c.campaign}</th>
            <th scope="col">${c.amount}</th>
            <th scope="col">${c.status}</th>
            <th scope="col">${c.giving}</th>
            ${canEnd ? html`<th scope="col">${c.actions}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${this.items.map(
            (p) => html`<tr data-id=${p.id} data-status=${p.status} class=${p.failedPayments > 0 ? 'failing' : ''}>
              <th scope="row" tabindex="-1">
                ${this.donorName(p)}
                ${p.contact ? html`<span class="sub contact">${labelled(this.locale, c.contact, p.contact)}</span>` : nothing}
                <span class="sub created">${labelled(this.locale, c.createdAt, dateTime(p.createdAt, this.locale))}</span>
              </th>
              <td data-label=${c.campaign}>${this.campaignTitle(p.campaignId)}</td>
              <td data-label=${c.amount}>
                <span class="amount">${t.perMonth(formatFen(p.amount, p.currency))}</span>
                <span class="sub">${labelled(this.locale, c.method, t.methods[p.method] ?? p.method)}</span>
                <span class="sub">${labelled(this.locale, c.nextDue, '')}<span class="next-due">${p.status === 'ended' || !p.nextDueOn ? t.noNextDue : p.nextDueOn}</span></span>
              </td>
              <td class="status-cell" data-label=${c.status}>${this.renderStatus(p)}</td>
              <td data-label=${c.giving}>
                <dl class="figures">
                  <dt>${c.gifts}</dt><dd class="gifts">${p.gifts}</dd>
                  <dt>${c.confirmed}</dt><dd class="confirmed">${formatFen(p.confirmedAmount, p.currency)}</dd>
                  <dt>${c.failures}</dt><dd class="failures">${this.renderFailures(p)}</dd>
                </dl>
              </td>
              ${
                canEnd
                  ? html`<td class=${p.status === 'ended' ? 'blank' : ''}>
                    ${
                      p.status === 'ended'
                        ? nothing
                        : html`<confirm-button class="end" label=${t.end} question=${t.sure} yes=${t.yes} no=${t.no} @confirm=${() => this.end(p)}></confirm-button>`
                    }
                  </td>`
                  : nothing
              }
            </tr>`,
          )}
        </tbody>
      </table>`;
  }
}

if (!customElements.get('admin-monthly')) customElements.define('admin-monthly', AdminMonthly);

declare global {
  interface HTMLElementTagNameMap {
    'admin-monthly': AdminMonthly;
  }
}
