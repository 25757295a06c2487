/**
 * <admin-matching>: matching funds (配捐). The matchers (an organisation's name, logo and website —
 * never a person's contact) and the funds they commit to the organisation's campaigns: ratio,
 * cap per gift, whole fund, period, what each has matched and what is left. The worker matches a
 * gift when it is confirmed (schema/migrations/0009_matching.sql); here staff only say who, how
 * much, where and when. Amounts are typed in yuan and sent as integer fen; the ratio is typed as
 * "yuan matched per 1 yuan" (1 → ratioPercent 100). Forms show only to tokens that may call them.
 */
import { html, nothing, type PropertyDeclarations } from 'lit';
import type { FieldError } from '../../common/wire/problem.js';
import { ADMIN_ROUTES } from '../../common/admin-routes.js';
import { ConsoleView } from '../ui/console-view.js';
import { dateTime } from '../ui/dates.js';
import { field, typed } from '../ui/form-field.js';
import { fromLocalInput, toLocalInput } from '../ui/local-time.js';
import { fenToYuan, formatFen, yuanToFen } from '../ui/money.js';
import { withItem } from '../ui/with-item.js';
import type { AdminCampaign } from '../../common/wire/admin-campaign.js';
import type { AdminMatcher, AdminMatchFund } from '../../common/wire/admin-matching.js';
import { messages, type MatchingMessages } from './matching.i18n.js';
import { matchingStyles } from './matching.styles.js';

/** ratioPercent → the "1 yuan becomes" side of 1:x ("1", "0.5", "1.25"). */
export const matchPart = (ratioPercent: number): string => fenToYuan(ratioPercent).replace(/\.?0+$/, '');

/** The typed ratio (yuan matched per 1 yuan, two decimals at most) → ratioPercent: the same string arithmetic as yuan → fen. */
function ratioPercentOf(text: string): number | null {
  const p = yuanToFen(text);
  return p !== null && p <= 1000 ? p : null;
}

function fundState(f: AdminMatchFund, now = Date.now()): keyof MatchingMessages['states'] {
  if (now < Date.parse(f.startsAt)) return 'upcoming';
  if (now >= Date.parse(f.endsAt)) return 'ended';
  return f.remaining <= 0 ? 'exhausted' : 'running';
}

export class AdminMatching extends ConsoleView<MatchingMessages> {
  static override styles = [ConsoleView.styles, matchingStyles];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    matchers: { state: true },
    funds: { state: true },
    campaigns: { state: true },
    matcherEditing: { state: true },
    fundEditing: { state: true },
  };
  declare private matchers: AdminMatcher[] | undefined;
  declare private funds: AdminMatchFund[] | undefined;
  declare private campaigns: AdminCampaign[];
  /** The matcher in the matcher form; none: the form adds one. */
  declare private matcherEditing: AdminMatcher | undefined;
  /** The fund whose cap and end are being changed. */
  declare private fundEditing: AdminMatchFund | undefined;
  protected override readonly messages = messages;

  constructor() {
    super();
    this.campaigns = [];
  }

  protected override async load(): Promise<void> {
    this.matcherEditing = this.fundEditing = undefined;
    this.matchers = this.funds = undefined;
    this.clearErrors();
    const org = { orgId: this.org };
    const [matchers, funds, campaigns] = await Promise.all([
      this.fetchList<AdminMatcher>('/admin/matchers', org),
      this.fetchList<AdminMatchFund>('/admin/match-funds', org),
      this.fetchList<AdminCampaign>('/admin/campaigns', org),
    ]);
    if (!matchers || !funds || !campaigns) return;
    this.matchers = matchers;
    this.funds = funds;
    this.campaigns = campaigns;
  }

  private matcherName(id: string) {
    return this.matchers?.find((m) => m.id === id)?.name ?? id;
  }

  private campaignTitle(id: string) {
    return this.campaigns.find((c) => c.id === id)?.title ?? id;
  }

  private money(fen: number, f: { currency: string }) {
    return formatFen(fen, f.currency);
  }

  // ── Matchers ──

  private editMatcher(m: AdminMatcher | undefined) {
    const back = this.matcherEditing?.id;
    this.clearErrors();
    this.matcherEditing = m;
    if (m) void this.focusAfterRender('form.matcher input');
    else if (back) void this.focusAfterRender(`button[data-edit-matcher="${CSS.escape(back)}"]`);
  }

  private async saveMatcher(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const d = new FormData(form);
    const body = { name: typed(d, 'name'), logoUrl: typed(d, 'logoUrl') || null, website: typed(d, 'website') || null };
    const editing = this.matcherEditing;
    const saved = await this.run(
      () =>
        editing
          ? this.api.send<AdminMatcher>('PATCH', `/admin/matchers/${encodeURIComponent(editing.id)}`, body)
          : this.api.send<AdminMatcher>('POST', '/admin/matchers', { orgId: this.org, ...body }),
      'matcher',
    );
    if (!saved) return;
    this.matchers = withItem(this.matchers, saved);
    if (editing) this.editMatcher(undefined);
    else form.reset();
    this.showStatus(editing ? this.t.matcherSaved(saved.name) : this.t.matcherCreated(saved.name));
  }

  private renderMatchers(matchers: AdminMatcher[]) {
    const t = this.t;
    const k = t.matcherColumns;
    if (!matchers.length) return html`<p class="muted">${t.noMatchers}</p>`;
    return html`<table class="matchers">
      <caption class="visually-hidden">${t.matchers}</caption>
      <thead>
        <tr><th scope="col">${k.name}</th><th scope="col">${k.website}</th><th scope="col">${k.actions}</th></tr>
      </thead>
      <tbody>
        ${matchers.map(
          (m) => html`<tr data-id=${m.id}>
            <th scope="row">
              <span class="matcher-name">
                ${m.logoUrl ? html`<img src=${m.logoUrl} alt="" width="24" height="24" loading="lazy" />` : nothing}${m.name}
              </span>
            </th>
            <td data-label=${k.website}>${m.website ? html`<a href=${m.website} target="_blank" rel="noopener">${m.website}</a>` : ''}</td>
            <td>
              <div class="actions">
                ${
                  this.can(ADMIN_ROUTES.editMatcher)
                    ? html`<button type="button" data-edit-matcher=${m.id} aria-label=${`${t.edit}: ${m.name}`} @click=${() => this.editMatcher(m)}>
                      ${t.edit}
                    </button>`
                    : nothing
                }
              </div>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderMatcherForm() {
    const t = this.t;
    const f = t.matcherFields;
    const m = this.matcherEditing;
    const err = (p: string) => this.errorIn('matcher', p);
    const common = { idPrefix: 'matcher' };
    return html`<form class="editor matcher" novalidate aria-labelledby="matcher-form-title" @submit=${this.saveMatcher}
      @keydown=${(e: KeyboardEvent) => m && e.key === 'Escape' && this.editMatcher(undefined)}>
      <h4 id="matcher-form-title">${m ? t.editMatcher(m.name) : t.newMatcher}</h4>
      ${field({ ...common, name: 'name', label: f.name, value: m?.name ?? '', required: true, error: err('name') })}
      <div class="row">
        ${field({ ...common, name: 'logoUrl', label: f.logoUrl, value: m?.logoUrl ?? '', type: 'url', inputmode: 'url', hint: f.logoUrlHint, error: err('logoUrl') })}
        ${field({ ...common, name: 'website', label: f.website, value: m?.website ?? '', type: 'url', inputmode: 'url', hint: f.websiteHint, error: err('website') })}
      </div>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? t.saving : m ? t.save : t.addMatcher}</button>
        ${m ? html`<button type="button" @click=${() => this.editMatcher(undefined)}>${t.cancel}</button>` : nothing}
      </div>
    </form>`;
  }

  // ── Funds ──

  private async commitFund(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const d = new FormData(form);
    const t = this.t;
    // Checked here first: a typed "5万" must never reach the API as some other number.
    const local: FieldError[] = [];
    const ratioPercent = ratioPercentOf(typed(d, 'ratioPercent'));
    if (ratioPercent === null) local.push({ path: 'ratioPercent', message: t.badRatio });
    const capText = typed(d, 'capPerGift');
    const capPerGift = capText ? yuanToFen(capText) : null;
    if (capText && capPerGift === null) local.push({ path: 'capPerGift', message: t.badMoney });
    const totalCap = yuanToFen(typed(d, 'totalCap'));
    if (totalCap === null) local.push({ path: 'totalCap', message: t.badMoney });
    const startsAt = fromLocalInput(typed(d, 'startsAt'));
    const endsAt = fromLocalInput(typed(d, 'endsAt'));
    if (!startsAt) local.push({ path: 'startsAt', message: t.needTime });
    if (!endsAt) local.push({ path: 'endsAt', message: t.needTime });
    else if (startsAt && Date.parse(endsAt) <= Date.parse(startsAt))
      local.push({ path: 'endsAt', message: t.endBeforeStart });
    const campaignIds = d.getAll('campaignIds').map(String);
    if (!campaignIds.length) local.push({ path: 'campaignIds', message: t.needCampaign });
    if (local.length) return this.refuse(local, 'fund');
    const body = {
      matcherId: typed(d, 'matcherId'),
      ratioPercent,
      capPerGift,
      totalCap,
      startsAt,
      endsAt,
      campaignIds,
    };
    const fund = await this.run(() => this.api.send<AdminMatchFund>('POST', '/admin/match-funds', body), 'fund');
    if (!fund) return;
    this.funds = [fund, ...(this.funds ?? [])];
    // reset() empties what Lit set as properties: put the form's starting values back.
    form.reset();
    form.querySelector<HTMLInputElement>('[name="ratioPercent"]')!.value = '1';
    form.querySelector<HTMLInputElement>('[name="startsAt"]')!.value = toLocalInput(new Date().toISOString());
    this.showStatus(t.fundCreated(this.matcherName(fund.matcherId)));
  }

  private editFund(f: AdminMatchFund | undefined) {
    const back = this.fundEditing?.id;
    this.clearErrors();
    this.fundEditing = f;
    if (f) void this.focusAfterRender('form.fund-edit input');
    else if (back) void this.focusAfterRender(`button[data-edit-fund="${CSS.escape(back)}"]`);
  }

  private async saveFund(e: SubmitEvent) {
    e.preventDefault();
    const fund = this.fundEditing;
    if (!fund) return;
    const d = new FormData(e.target as HTMLFormElement);
    const t = this.t;
    const local: FieldError[] = [];
    const totalCap = yuanToFen(typed(d, 'totalCap'));
    if (totalCap === null) local.push({ path: 'totalCap', message: t.badMoney });
    // The API refuses it too (409); said here at the field, with the figure.
    else if (totalCap < fund.matchedAmount)
      local.push({ path: 'totalCap', message: t.capBelowMatched(this.money(fund.matchedAmount, fund)) });
    const capText = typed(d, 'capPerGift');
    const capPerGift = capText ? yuanToFen(capText) : null;
    if (capText && capPerGift === null) local.push({ path: 'capPerGift', message: t.badMoney });
    const endsAt = fromLocalInput(typed(d, 'endsAt'));
    if (!endsAt) local.push({ path: 'endsAt', message: t.needTime });
    else if (Date.parse(endsAt) <= Date.parse(fund.startsAt)) local.push({ path: 'endsAt', message: t.endBeforeStart });
    if (local.length) return this.refuse(local, 'fund-edit');
    const saved = await this.run(
      () =>
        this.api.send<AdminMatchFund>('PATCH', `/admin/match-funds/${encodeURIComponent(fund.id)}`, {
          totalCap,
          capPerGift,
          endsAt,
        }),
      'fund-edit',
    );
    if (!saved) return;
    this.funds = withItem(this.funds, saved);
    this.editFund(undefined);
    this.showStatus(t.fundSaved(this.matcherName(saved.matcherId)));
  }

  private renderFunds(funds: AdminMatchFund[]) {
    const t = this.t;
    const k = t.fundColumns;
    if (!funds.length) return html`<p class="muted">${t.noFunds}</p>`;
    return html`<table class="funds">
      <caption class="visually-hidden">${t.funds}</caption>
      <thead>
        <tr>
          <th scope="col">${k.matcher}</th>
          <th scope="col">${k.ratio}</th>
          <th scope="col">${k.fund}</th>
          <th scope="col">${k.period}</th>
          <th scope="col">${k.campaigns}</th>
          <th scope="col">${k.actions}</th>
        </tr>
      </thead>
      <tbody>
        ${funds.map((f) => {
          const name = this.matcherName(f.matcherId);
          const part = matchPart(f.ratioPercent);
          const state = fundState(f);
          return html`<tr data-id=${f.id} data-state=${state}>
            <th scope="row">${name}</th>
            <td class="ratio" data-label=${k.ratio}>
              <span aria-hidden="true" title=${t.ratioSpoken(part)}>1:${part}</span><span class="visually-hidden">${t.ratioSpoken(part)}</span>
            </td>
            <td data-label=${k.fund}>
              <dl class="figures">
                <dt>${k.capPerGift}</dt><dd class="cap-per-gift">${f.capPerGift === null ? t.noCapPerGift : this.money(f.capPerGift, f)}</dd>
                <dt>${k.totalCap}</dt><dd class="total">${this.money(f.totalCap, f)}</dd>
                <dt>${k.matched}</dt><dd class="matched">${this.money(f.matchedAmount, f)}</dd>
                <dt>${k.remaining}</dt><dd class="remaining">${this.money(f.remaining, f)}</dd>
              </dl>
            </td>
            <td class="period" data-label=${k.period}>
              <span class="state state-${state}">${t.states[state]}</span>
              <div class="muted">${dateTime(f.startsAt, this.locale)} – ${dateTime(f.endsAt, this.locale)}</div>
            </td>
            <td class="campaigns" data-label=${k.campaigns}>
              <ul>
                ${f.campaignIds.map((id) => html`<li data-campaign=${id}>${this.campaignTitle(id)}</li>`)}
              </ul>
            </td>
            <td>
              <div class="actions">
                ${
                  this.can(ADMIN_ROUTES.editFund)
                    ? html`<button type="button" data-edit-fund=${f.id} aria-label=${`${t.change}: ${name}`} aria-expanded=${this.fundEditing?.id === f.id ? 'true' : 'false'}
                      @click=${() => this.editFund(this.fundEditing?.id === f.id ? undefined : f)}>${t.change}</button>`
                    : nothing
                }
              </div>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderFundForm(matchers: AdminMatcher[]) {
    const t = this.t;
    const f = t.fundFields;
    const err = (p: string) => this.errorIn('fund', p);
    const common = { idPrefix: 'fund' };
    if (!matchers.length) return html`<p class="muted need-matcher">${t.needMatcher}</p>`;
    const campaignsError = err('campaignIds');
    return html`<form class="editor fund" novalidate aria-labelledby="fund-form-title" @submit=${this.commitFund}>
      <h4 id="fund-form-title">${t.newFund}</h4>
      ${field({ ...common, name: 'matcherId', label: f.matcherId, type: 'select', options: matchers.map((m) => ({ value: m.id, label: m.name })), error: err('matcherId') })}
      <div class="row">
        ${field({ ...common, name: 'ratioPercent', label: f.ratio, value: '1', inputmode: 'decimal', hint: f.ratioHint, required: true, error: err('ratioPercent') })}
        ${field({ ...common, name: 'capPerGift', label: f.capPerGift, inputmode: 'decimal', hint: f.capPerGiftHint, error: err('capPerGift') })}
        ${field({ ...common, name: 'totalCap', label: f.totalCap, inputmode: 'decimal', hint: f.totalCapHint, required: true, error: err('totalCap') })}
      </div>
      <div class="row">
        ${field({ ...common, name: 'startsAt', label: f.startsAt, type: 'datetime-local', value: toLocalInput(new Date().toISOString()), required: true, hint: f.periodHint, error: err('startsAt') })}
        ${field({ ...common, name: 'endsAt', label: f.endsAt, type: 'datetime-local', required: true, error: err('endsAt') })}
      </div>
      <fieldset class="choices" aria-describedby=${['fund-campaignIds-hint', campaignsError ? 'fund-campaignIds-error' : ''].filter(Boolean).join(' ')}>
        <legend>${f.campaignIds}</legend>
        <p class="hint" id="fund-campaignIds-hint">${f.campaignIdsHint}</p>
        ${this.campaigns.map(
          (c, i) => html`<div class="choice">
            <input type="checkbox" id=${`fund-campaign-${i}`} name="campaignIds" value=${c.id} aria-invalid=${campaignsError ? 'true' : nothing} />
            <label for=${`fund-campaign-${i}`}>${c.title}${c.status === 'open' ? nothing : html` <span class="muted">（${t.campaignStatus[c.status] ?? c.status}）</span>`}</label>
          </div>`,
        )}
        ${campaignsError ? html`<p class="error" id="fund-campaignIds-error">${campaignsError}</p>` : nothing}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? t.saving : t.commit}</button>
      </div>
    </form>`;
  }

  private renderFundEdit(fund: AdminMatchFund) {
    const t = this.t;
    const f = t.fundFields;
    const err = (p: string) => this.errorIn('fund-edit', p);
    const common = { idPrefix: 'fund-edit' };
    const name = this.matcherName(fund.matcherId);
    return html`<form class="editor fund-edit" novalidate aria-labelledby="fund-edit-title" @submit=${this.saveFund}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.editFund(undefined)}>
      <h4 id="fund-edit-title">${t.editFund(name)}</h4>
      <p class="muted">${t.editFundIntro(this.money(fund.matchedAmount, fund))}</p>
      <div class="row">
        ${field({ ...common, name: 'totalCap', label: f.totalCap, value: fenToYuan(fund.totalCap), inputmode: 'decimal', required: true, error: err('totalCap') })}
        ${field({
          ...common,
          name: 'capPerGift',
          label: f.capPerGift,
          value: fund.capPerGift === null ? '' : fenToYuan(fund.capPerGift),
          inputmode: 'decimal',
          hint: f.capPerGiftHint,
          error: err('capPerGift'),
        })}
        ${field({ ...common, name: 'endsAt', label: f.endsAt, type: 'datetime-local', value: toLocalInput(fund.endsAt), required: true, error: err('endsAt') })}
      </div>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? t.saving : t.save}</button>
        <button type="button" @click=${() => this.editFund(undefined)}>${t.cancel}</button>
      </div>
    </form>`;
  }

  override render() {
    const t = this.t;
    const { matchers, funds } = this;
    const canAny =
      this.can(ADMIN_ROUTES.createMatcher) || this.can(ADMIN_ROUTES.createFund) || this.can(ADMIN_ROUTES.editFund);
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderAlert()}
      ${canAny ? nothing : html`<p class="muted read-only">${t.readOnly}</p>`}
      <!-- Matchers first: a fund needs one. -->
      <section aria-labelledby="matchers-title">
        <h3 id="matchers-title">${t.matchers}</h3>
        <p class="muted">${t.matchersIntro}</p>
        ${matchers ? this.renderMatchers(matchers) : html`<p role="status">${t.loading}</p>`}
        ${matchers && (this.matcherEditing ? this.can(ADMIN_ROUTES.editMatcher) : this.can(ADMIN_ROUTES.createMatcher)) ? this.renderMatcherForm() : nothing}
      </section>
      <section aria-labelledby="funds-title">
        <h3 id="funds-title">${t.funds}</h3>
        ${funds ? this.renderFunds(funds) : html`<p role="status">${t.loading}</p>`}
        ${this.fundEditing && this.can(ADMIN_ROUTES.editFund) ? this.renderFundEdit(this.fundEditing) : nothing}
        ${matchers && this.can(ADMIN_ROUTES.createFund) ? this.renderFundForm(matchers) : nothing}
      </section>`;
  }
}

if (!customElements.get('admin-matching')) customElements.define('admin-matching', AdminMatching);

declare global {
  interface HTMLElementTagNameMap {
    'admin-matching': AdminMatching;
  }
}
