/**
 * <admin-spending>: a campaign's spending (资金使用公示) — raised, spent and balance, the list of
 * payments and, for tokens that may record spending (finance, owner), a form: date, amount typed in
 * yuan and sent as integer fen, purpose, payee, receipt URL. Rows a lunch daily report wrote are
 * that report's (edit the report, not the row). `#/spending?campaignId=…` preselects a campaign.
 */
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ADMIN_ROUTES } from '../../common/admin-routes.js';
import '../ui/confirm-button.js';
import { ConsoleView } from '../ui/console-view.js';
import { chinaToday } from '../ui/dates.js';
import { field, typed } from '../ui/form-field.js';
import { fenToYuan, formatFen, yuanToFen } from '../ui/money.js';
import { routeQuery } from '../ui/route-query.js';
import type { AdminCampaign } from '../../common/wire/admin-campaign.js';
import type { AdminExpenditure } from '../../common/wire/admin-expenditure.js';
import { messages, type SpendingMessages } from './spending.i18n.js';
import { spendingStyles } from './spending.styles.js';

export class AdminSpending extends ConsoleView<SpendingMessages> {
  static override styles = [ConsoleView.styles, spendingStyles];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    campaigns: { state: true },
    campaignId: { state: true },
    items: { state: true },
    editing: { state: true },
  };
  declare private campaigns: AdminCampaign[] | undefined;
  declare private campaignId: string;
  declare private items: AdminExpenditure[] | undefined;
  /** The payment being corrected; none: the form records a new one. */
  declare private editing: AdminExpenditure | undefined;
  private itemsSeq = 0;
  protected override readonly messages = messages;

  constructor() {
    super();
    this.campaignId = routeQuery().get('campaignId') ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.get('org')) this.campaignId = ''; // a campaign of the previous organisation
    super.willUpdate(changed);
  }

  protected override async load(): Promise<void> {
    this.campaigns = undefined;
    this.items = undefined;
    this.editing = undefined;
    this.clearErrors();
    if (!(await this.loadCampaigns())) return;
    if (!this.campaigns!.some((c) => c.id === this.campaignId)) this.campaignId = this.campaigns![0]?.id ?? '';
    await this.loadItems();
  }

  /** The campaigns with their totals (spent and balance move with every payment recorded). */
  private async loadCampaigns(): Promise<boolean> {
    const items = await this.fetchList<AdminCampaign>('/admin/campaigns', { orgId: this.org });
    if (items) this.campaigns = items;
    return !!items;
  }

  private async loadItems() {
    const seq = ++this.itemsSeq;
    this.items = undefined;
    if (!this.campaignId) return;
    const items = await this.fetchList<AdminExpenditure>(
      `/admin/campaigns/${encodeURIComponent(this.campaignId)}/expenditures`,
    );
    if (items && seq === this.itemsSeq) this.items = items;
  }

  private get campaign(): AdminCampaign | undefined {
    return this.campaigns?.find((c) => c.id === this.campaignId);
  }

  private choose(id: string) {
    this.campaignId = id;
    this.editing = undefined;
    this.clearErrors();
    void this.loadItems();
  }

  private async save(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const d = new FormData(form);
    const t = this.t;
    const amount = yuanToFen(typed(d, 'amount'));
    // A typed "1,200元" must never reach the API as a wrong number: checked here first.
    if (amount === null) return this.refuse([{ path: 'amount', message: t.badAmount }]);
    const body = {
      date: typed(d, 'date'),
      amount,
      purpose: typed(d, 'purpose'),
      payee: typed(d, 'payee') || null,
      receiptUrl: typed(d, 'receiptUrl') || null,
    };
    const editing = this.editing;
    const base = `/admin/campaigns/${encodeURIComponent(this.campaignId)}/expenditures`;
    const saved = await this.run(() =>
      editing
        ? this.api.send<AdminExpenditure>('PATCH', `${base}/${encodeURIComponent(editing.id)}`, body)
        : this.api.send<AdminExpenditure>('POST', base, body),
    );
    if (!saved) return;
    const currency = this.campaign?.currency;
    await Promise.all([this.loadCampaigns(), this.loadItems()]);
    if (editing) {
      this.editing = undefined;
      void this.focusAfterRender(`button[data-edit="${CSS.escape(saved.id)}"]`);
    } else {
      form.reset();
      form.querySelector<HTMLInputElement>('[name="date"]')!.value = body.date;
      void this.focusAfterRender('form.record [name="amount"]');
    }
    this.showStatus((editing ? t.saved : t.recorded)(formatFen(saved.amount, currency), saved.purpose));
  }

  private async removeExpenditure(x: AdminExpenditure) {
    const done = await this.run(() =>
      this.api.send(
        'DELETE',
        `/admin/campaigns/${encodeURIComponent(x.campaignId)}/expenditures/${encodeURIComponent(x.id)}`,
      ),
    );
    if (done === undefined) return;
    const currency = this.campaign?.currency;
    await Promise.all([this.loadCampaigns(), this.loadItems()]);
    this.showStatus(this.t.removed(formatFen(x.amount, currency), x.purpose));
    void this.focusAfterRender('select[name="campaignId"]');
  }

  private edit(x: AdminExpenditure) {
    this.clearErrors();
    this.editing = x;
    void this.focusAfterRender('form.correct input');
  }

  private cancelEdit() {
    const id = this.editing?.id;
    this.editing = undefined;
    this.clearErrors();
    if (id) void this.focusAfterRender(`button[data-edit="${CSS.escape(id)}"]`);
  }

  override render() {
    const t = this.t;
    const campaigns = this.campaigns;
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderAlert()}
      ${
        !campaigns
          ? html`<p role="status">${t.loading}</p>`
          : !campaigns.length
            ? html`<p>${t.noCampaigns}</p>`
            : html`<div class="toolbar">
                ${field({
                  name: 'campaignId',
                  label: t.campaign,
                  type: 'select',
                  value: this.campaignId,
                  options: campaigns.map((c) => ({ value: c.id, label: c.title })),
                  idPrefix: 'spending',
                  onInput: (id) => this.choose(id),
                })}
              </div>
              ${this.campaign ? this.renderCampaign(this.campaign) : nothing}`
      }`;
  }

  private renderCampaign(c: AdminCampaign) {
    const t = this.t;
    const canRecord = this.can(ADMIN_ROUTES.createSpending);
    return html`<section class="figures" aria-labelledby="spending-figures">
        <h3 id="spending-figures" class="visually-hidden">${t.figures}</h3>
        <dl>
          <div><dt>${t.raised}</dt><dd class="raised">${formatFen(c.raisedAmount, c.currency)}</dd></div>
          <div><dt>${t.spent}</dt><dd class="spent">${formatFen(c.spentAmount, c.currency)}</dd></div>
          <div><dt>${t.balance}</dt><dd class="balance">${formatFen(c.balance, c.currency)}</dd></div>
        </dl>
      </section>
      ${
        this.editing
          ? html`<section class="correct-section">${this.renderForm(this.editing)}</section>`
          : canRecord
            ? this.renderForm(undefined)
            : html`<p class="muted">${t.readOnly}</p>`
      }
      <h3>${t.list(c.title)}</h3>
      ${this.renderList(c)}`;
  }

  private renderList(c: AdminCampaign) {
    const t = this.t;
    const k = t.columns;
    if (!this.items) return html`<p role="status">${t.loading}</p>`;
    if (!this.items.length) return html`<p>${t.empty}</p>`;
    return html`<table class="spending">
      <caption class="visually-hidden">${t.list(c.title)}</caption>
      <thead>
        <tr>
          <th scope="col">${k.date}</th>
          <th scope="col" class="num">${k.amount}</th>
          <th scope="col">${k.purpose}</th>
          <th scope="col">${k.payee}</th>
          <th scope="col">${k.receipt}</th>
          <th scope="col">${k.actions}</th>
        </tr>
      </thead>
      <tbody>
        ${this.items.map(
          (x) => html`<tr data-id=${x.id}>
            <td data-label=${k.date}>${x.date}</td>
            <td class="num" data-label=${k.amount}>${formatFen(x.amount, c.currency)}</td>
            <th scope="row">${x.purpose}</th>
            <td data-label=${k.payee} class=${x.payee ? '' : 'blank'}>${x.payee ?? ''}</td>
            <td data-label=${k.receipt} class=${x.receiptUrl ? '' : 'blank'}>${x.receiptUrl ? html`<a href=${x.receiptUrl} target="_blank" rel="noopener">${t.receipt}</a>` : ''}</td>
            <td>${x.lunchReportId ? html`<div class="actions"><span class="muted">${t.fromLunch}</span></div>` : this.renderRowActions(x)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderRowActions(x: AdminExpenditure) {
    const t = this.t;
    return html`<div class="actions">
      ${
        this.can(ADMIN_ROUTES.editSpending)
          ? html`<button type="button" data-edit=${x.id} aria-label=${`${t.edit}: ${x.purpose}`} @click=${() => this.edit(x)}>${t.edit}</button>`
          : nothing
      }
      ${
        this.can(ADMIN_ROUTES.deleteSpending)
          ? html`<confirm-button label=${t.remove} question=${t.ask.question} yes=${t.ask.yes} no=${t.ask.no} @confirm=${() => this.removeExpenditure(x)}></confirm-button>`
          : nothing
      }
    </div>`;
  }

  /** Records a new payment (x undefined) or corrects one. */
  private renderForm(x: AdminExpenditure | undefined) {
    const t = this.t;
    const f = t.fields;
    const prefix = x ? 'correct' : 'record';
    const err = (p: string) => this.errorFor(p);
    return html`<form class="editor ${prefix}" novalidate aria-labelledby=${`${prefix}-title`} @submit=${this.save}
      @keydown=${(e: KeyboardEvent) => x && e.key === 'Escape' && this.cancelEdit()}>
      <h3 id=${`${prefix}-title`}>${x ? t.editTitle(x.purpose) : t.newTitle}</h3>
      <div class="row">
        ${field({ name: 'date', label: f.date, type: 'date', value: x?.date ?? chinaToday(), required: true, error: err('date'), idPrefix: prefix })}
        ${field({
          name: 'amount',
          label: f.amount,
          value: x ? fenToYuan(x.amount) : '',
          inputmode: 'decimal',
          hint: f.amountHint,
          required: true,
          error: err('amount'),
          idPrefix: prefix,
        })}
      </div>
      ${field({ name: 'purpose', label: f.purpose, value: x?.purpose, hint: f.purposeHint, required: true, error: err('purpose'), idPrefix: prefix })}
      ${field({ name: 'payee', label: f.payee, value: x?.payee, hint: f.payeeHint, error: err('payee'), idPrefix: prefix })}
      ${field({
        name: 'receiptUrl',
        label: f.receiptUrl,
        value: x?.receiptUrl,
        type: 'url',
        hint: f.receiptUrlHint,
        placeholder: 'https://',
        inputmode: 'url',
        error: err('receiptUrl'),
        idPrefix: prefix,
      })}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? t.saving : x ? t.save : t.record}</button>
        ${x ? html`<button type="button" @click=${() => this.cancelEdit()}>${t.cancel}</button>` : nothing}
      </div>
    </form>`;
  }
}

if (!customElements.get('admin-spending')) customElements.define('admin-spending', AdminSpending);

declare global {
  interface HTMLElementTagNameMap {
    'admin-spending': AdminSpending;
  }
}
