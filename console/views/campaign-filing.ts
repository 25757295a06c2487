/**
 * <admin-campaign-filing .campaign>: the owner's form for who receives a campaign's money (one of
 * the organisation's recipients) and its filed plan (number, 慈善中国 link, period, platform).
 * Sends only the fields changed, in one PATCH (the admin campaign shows the filing only with its
 * recipient, so a field never shown is never overwritten with a blank); fires `campaign-saved`
 * (detail: the campaign as the API answered) or `filing-closed` (cancel, Escape). Editors never
 * see it: the API refuses these fields to anyone but an owner.
 */
import { html, type PropertyDeclarations } from 'lit';
import { ConsoleView } from '../ui/console-view.js';
import { field, typed } from '../ui/form-field.js';
import type { AdminCampaign } from '../../common/wire/admin-campaign.js';
import { messages, type CampaignFilingMessages } from './campaign-filing.i18n.js';
import type { AdminRecipient } from '../../common/wire/admin-recipient.js';

export class AdminCampaignFiling extends ConsoleView<CampaignFilingMessages> {
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    campaign: { attribute: false },
    recipients: { state: true },
  };
  declare campaign: AdminCampaign;
  declare private recipients: AdminRecipient[] | undefined;
  protected override readonly messages = messages;

  protected override async load(): Promise<void> {
    const items = await this.fetchList<AdminRecipient>('/admin/recipients', { orgId: this.org });
    if (items) this.recipients = items;
    await this.focusAfterRender('select');
  }

  private async save(e: SubmitEvent) {
    e.preventDefault();
    const d = new FormData(e.target as HTMLFormElement);
    const body: Record<string, string | null> = {};
    for (const [name, was] of Object.entries(this.shown())) {
      const now = typed(d, name);
      if (now !== was) body[name] = now || null;
    }
    if (!Object.keys(body).length) return this.close();
    const saved = await this.run(() =>
      this.api.send<AdminCampaign>('PATCH', `/admin/campaigns/${encodeURIComponent(this.campaign.id)}`, body),
    );
    if (saved) this.dispatchEvent(new CustomEvent('campaign-saved', { detail: saved, bubbles: true, composed: true }));
  }

  /** The values the form starts from ('' where the campaign has none, or shows none). */
  private shown() {
    const c = this.campaign;
    const r = c.recipient;
    return {
      recipientId: c.recipientId ?? '',
      filingNumber: r?.filingNumber ?? '',
      filingUrl: r?.filingUrl ?? '',
      filedFrom: r?.filedFrom ?? '',
      filedUntil: r?.filedUntil ?? '',
      platform: r?.platform ?? '',
      platformUrl: r?.platformUrl ?? '',
    };
  }

  private close() {
    this.dispatchEvent(new CustomEvent('filing-closed', { bubbles: true, composed: true }));
  }

  private onKey(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
    }
  }

  override render() {
    const t = this.t;
    const c = this.campaign;
    const v = this.shown();
    const f = (name: string, label: string, value: string, more: Partial<Parameters<typeof field>[0]> = {}) =>
      field({ name, label, value, error: this.errorFor(name), idPrefix: 'filing', ...more });
    return html`<form class="editor filing" novalidate aria-labelledby="filing-title" @submit=${this.save} @keydown=${this.onKey}>
      <h3 id="filing-title">${t.title(c.title)}</h3>
      <p class="intro">${t.intro}</p>
      ${this.renderAlert()}
      ${f('recipientId', t.recipient, v.recipientId, {
        type: 'select',
        hint: t.recipientHint,
        options: [
          { value: '', label: t.noRecipient },
          ...(this.recipients ?? []).map((x) => ({
            value: x.id,
            label: `${x.name} · ${x.creditCode}${x.qualification ? '' : ' ' + t.unqualified}`,
          })),
        ],
      })}
      <p><a href="#/recipients">${t.manageRecipients}</a></p>
      ${f('filingNumber', t.filingNumber, v.filingNumber, { hint: t.filingNumberHint, autocomplete: 'off' })}
      ${f('filingUrl', t.filingUrl, v.filingUrl, { type: 'url', hint: t.filingUrlHint, placeholder: 'https://', inputmode: 'url' })}
      <div class="row">
        ${f('filedFrom', t.filedFrom, v.filedFrom, { type: 'date' })} ${f('filedUntil', t.filedUntil, v.filedUntil, { type: 'date' })}
      </div>
      ${f('platform', t.platform, v.platform, { hint: t.platformHint })}
      ${f('platformUrl', t.platformUrl, v.platformUrl, { type: 'url', placeholder: 'https://', inputmode: 'url' })}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy || !this.recipients}>${this.busy ? t.saving : t.save}</button>
        <button type="button" @click=${this.close}>${t.cancel}</button>
      </div>
    </form>`;
  }
}

if (!customElements.get('admin-campaign-filing')) customElements.define('admin-campaign-filing', AdminCampaignFiling);

declare global {
  interface HTMLElementTagNameMap {
    'admin-campaign-filing': AdminCampaignFiling;
  }
}
