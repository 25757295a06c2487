/**
 * <admin-pledges>: pledges waiting for staff — donations and lunch sponsorships (a sponsorship is a
 * donation on the school's campaign, so it shows with that campaign). Filters (status, campaign;
 * `#/pledges?campaignId=…` preselects one; the reference on a transfer, GY-…), paging by nextCursor, one-click confirm / cancel that
 * asks once, and CSV export of the same filters, saved byte for byte (the UTF-8 BOM Excel needs).
 * Confirm, cancel and refund show only to tokens that may call them (finance, owner); each row links
 * to its history in the audit trail. Gifts held for a refund (needs_refund: a monthly renewal that
 * arrived after its campaign stopped taking gifts) are announced above the list, with their reason.
 */
import type { StaffDonationStatus } from '../../common/statuses.js';
import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { labelled } from '../i18n.js';
import { ADMIN_ROUTES } from '../../common/admin-routes.js';
import '../ui/confirm-button.js';
import { ConsoleView } from '../ui/console-view.js';
import { dateTime } from '../ui/dates.js';
import { field } from '../ui/form-field.js';
import { formatFen } from '../ui/money.js';
import { PagedList } from '../ui/paged-list.js';
import { routeQuery } from '../ui/route-query.js';
import type { AdminCampaign } from '../../common/wire/admin-campaign.js';
import type { AdminDonation } from '../../common/wire/admin-donation.js';
import { messages, type PledgesMessages } from './pledges.i18n.js';

/** The filter's order: what needs doing first. */
const STATUSES: readonly StaffDonationStatus[] = ['pending', 'needs_refund', 'confirmed', 'cancelled', 'refunded'];
const PAGE = 50;

export class AdminPledges extends ConsoleView<PledgesMessages> {
  static override styles = [
    ConsoleView.styles,
    css`
      .refunds-due {
        border: 1px solid #9a6700;
        background: #fff8c5;
        color: #4d2d00;
        border-radius: 6px;
        padding: 0.5rem 0.75rem;
        margin: 0.5rem 0;
      }
    `,
  ];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    campaigns: { state: true },
    statusFilter: { state: true },
    campaignFilter: { state: true },
    referenceFilter: { state: true },
    exporting: { state: true },
    refundsDue: { state: true },
  };
  declare private campaigns: AdminCampaign[];
  /** '' = every status. */
  declare private statusFilter: string;
  /** '' = every campaign. */
  declare private campaignFilter: string;
  /** The reference on a transfer staff are matching (GY-…); '' = any. */
  declare private referenceFilter: string;
  declare private exporting: boolean;
  /** Some gifts of the organisation wait for a refund (shown above the list whatever the filter). */
  declare private refundsDue: boolean;
  /** The gifts for the current filters, a page at a time. */
  private readonly list = new PagedList<AdminDonation>(
    this,
    (cursor) => this.api.get('/admin/donations', { ...this.filters, limit: PAGE, cursor }),
    (e) => this.showError(e),
  );
  protected override readonly messages = messages;

  constructor() {
    super();
    this.campaigns = [];
    this.statusFilter = 'pending';
    this.campaignFilter = routeQuery().get('campaignId') ?? '';
    this.referenceFilter = '';
    this.exporting = false;
    this.refundsDue = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.get('org')) this.campaignFilter = ''; // a campaign of the previous organisation
    super.willUpdate(changed);
  }

  protected override async load(): Promise<void> {
    await Promise.all([this.loadCampaigns(), this.list.reload(), this.loadRefundsDue()]);
  }

  private async loadRefundsDue() {
    const items = await this.fetchList<AdminDonation>('/admin/donations', {
      orgId: this.org,
      status: 'needs_refund',
      limit: 1,
    });
    this.refundsDue = !!items?.length;
  }

  private showRefunds() {
    this.statusFilter = 'needs_refund';
    this.campaignFilter = '';
    void this.list.reload();
  }

  private get filters() {
    return {
      orgId: this.org,
      status: this.statusFilter || undefined,
      campaignId: this.campaignFilter || undefined,
      reference: this.referenceFilter || undefined,
    };
  }

  private async loadCampaigns() {
    const items = await this.fetchList<AdminCampaign>('/admin/campaigns', { orgId: this.org });
    if (items) this.campaigns = items;
  }

  private applyFilters(e: SubmitEvent) {
    e.preventDefault();
    const d = new FormData(e.target as HTMLFormElement);
    this.statusFilter = String(d.get('status') ?? '');
    this.campaignFilter = String(d.get('campaignId') ?? '');
    this.referenceFilter = String(d.get('reference') ?? '').trim();
    this.clearErrors();
    void this.list.reload();
  }

  private campaignTitle(id: string) {
    return this.campaigns.find((c) => c.id === id)?.title ?? id;
  }

  private donorName(d: AdminDonation) {
    return d.anonymous ? `${d.name ?? ''}${this.t.anonymous}` : (d.name ?? this.t.anonymous);
  }

  private async act(d: AdminDonation, action: 'confirm' | 'cancel' | 'refund') {
    try {
      const updated = await this.api.send<AdminDonation>(
        'POST',
        `/admin/donations/${encodeURIComponent(d.id)}/${action}`,
      );
      // The row stays (with its new status) so staff see what they just did.
      this.list.update((items) => items.map((x) => (x.id === updated.id ? updated : x)));
      const amount = formatFen(updated.amount, updated.currency);
      const said = { confirm: this.t.confirmed, cancel: this.t.cancelled, refund: this.t.refunded }[action];
      this.showStatus(said(amount, this.donorName(updated)));
      if (action === 'refund') void this.loadRefundsDue();
    } catch (e) {
      this.showError(e);
    }
  }

  private async exportCsv() {
    this.exporting = true;
    try {
      const blob = await this.api.download('/admin/donations.csv', this.filters);
      const parts = [
        this.org,
        this.campaignFilter,
        this.statusFilter || 'all',
        new Date().toISOString().slice(0, 10),
      ].filter(Boolean);
      const file = `donations-${parts.join('-')}.csv`;
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
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderAlert()}
      ${
        this.refundsDue && this.statusFilter !== 'needs_refund'
          ? html`<p class="refunds-due" role="note">
            ${t.refundsDue} <button type="button" class="link" @click=${this.showRefunds}>${t.showRefunds}</button>
          </p>`
          : nothing
      }
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
        ${field({ name: 'reference', label: t.columns.reference, value: this.referenceFilter, placeholder: 'GY-', autocomplete: 'off' })}
        <button type="submit">${t.apply}</button>
        <button type="button" class="export" ?disabled=${this.exporting} @click=${this.exportCsv}>${this.exporting ? t.exporting : t.exportCsv}</button>
      </form>
      ${this.renderList()}`;
  }

  /** The row's buttons: only those this token may use, and only for the donation's status. */
  private renderActions(d: AdminDonation) {
    const t = this.t;
    // The question restates the gift (amount, name, reference): staff confirm the transfer they checked, not its neighbour.
    const gift = { amount: formatFen(d.amount, d.currency), name: this.donorName(d), reference: d.reference };
    const ask = (cls: string, label: string, action: 'confirm' | 'cancel' | 'refund') =>
      html`<confirm-button class=${cls} label=${label} question=${t.ask[action](gift)} yes=${t.yes} no=${t.no} @confirm=${() => this.act(d, action)}></confirm-button>`;
    return html`${d.status === 'pending' && this.can(ADMIN_ROUTES.confirmDonation) ? ask('confirm', t.confirm, 'confirm') : nothing}
      ${d.status === 'pending' && this.can(ADMIN_ROUTES.cancelDonation) ? ask('cancel', t.cancel, 'cancel') : nothing}
      ${(d.status === 'confirmed' || d.status === 'needs_refund') && this.can(ADMIN_ROUTES.refundDonation) ? ask('refund', t.refund, 'refund') : nothing}
      ${
        this.can(ADMIN_ROUTES.readAudit)
          ? html`<a class="history" href=${`#/audit?object=${encodeURIComponent(`donation:${d.id}`)}`} aria-label=${t.historyOf(this.donorName(d), formatFen(d.amount, d.currency))}
            >${t.history}</a
          >`
          : nothing
      }`;
  }

  /**
   * Who, how much, for what, the reference staff match the transfer by, status, buttons: six
   * columns a laptop shows whole (contact and message under the name, the time under the
   * reference); on a phone each pledge is a card (ui/table.styles.ts).
   */
  private renderList() {
    const t = this.t;
    const c = t.columns;
    if (!this.list.items) return html`<p role="status">${t.loading}</p>`;
    if (!this.list.items.length) return html`<p>${t.empty}</p>`;
    return html`<p class="muted">${t.count(this.list.items.length, !!this.list.nextCursor)}</p>
      <table class="pledges">
        <caption class="visually-hidden">${t.title}</caption>
        <thead>
          <tr>
            <th scope="col">${c.donor}</th>
            <th scope="col" class="num">${c.amount}</th>
            <th scope="col">${c.campaign}</th>
            <th scope="col">${c.reference}</th>
            <th scope="col">${c.status}</th>
            <th scope="col">${c.actions}</th>
          </tr>
        </thead>
        <tbody>
          ${this.list.items.map(
            (d) => html`<tr data-id=${d.id}>
              <th scope="row">
                ${this.donorName(d)}
                ${d.contact ? html`<span class="sub contact">${labelled(this.locale, c.contact, d.contact)}</span>` : nothing}
                ${d.message ? html`<span class="sub message">${labelled(this.locale, c.message, d.message)}</span>` : nothing}
              </th>
              <td class="num amount" data-label=${c.amount}>${formatFen(d.amount, d.currency)}</td>
              <td data-label=${c.campaign}>${this.campaignTitle(d.campaignId)}</td>
              <td data-label=${c.reference}>
                <span class="reference">${d.reference}</span>
                <span class="sub created">${labelled(this.locale, c.createdAt, dateTime(d.createdAt, this.locale))}</span>
              </td>
              <td class="status-cell" data-label=${c.status}>
                ${t.statuses[d.status] ?? d.status}
                ${d.refundDue ? html`<span class="sub refund-due">${t.refundReasons[d.refundDue] ?? d.refundDue}</span>` : nothing}
              </td>
              <td><div class="actions">${this.renderActions(d)}</div></td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${this.list.nextCursor ? html`<button type="button" class="more" @click=${() => this.list.more()}>${t.more}</button>` : nothing}`;
  }
}

if (!customElements.get('admin-pledges')) customElements.define('admin-pledges', AdminPledges);

declare global {
  interface HTMLElementTagNameMap {
    'admin-pledges': AdminPledges;
  }
}
