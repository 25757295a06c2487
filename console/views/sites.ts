/**
 * <admin-sites>: the origins an organisation allows public writes (pledges, claims) from.
 * A pasted page address is registered as its site's origin (the console says what it dropped);
 * what is no web address at all is refused at the field, in the console's language, before the
 * API is asked. The API's own field errors (a duplicate) show next to the field too.
 */
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ADMIN_ROUTES } from '../../common/admin-routes.js';
import type { AdminSite } from '../../common/wire/admin-site.js';
import { ConsoleView } from '../ui/console-view.js';
import { dateOnly } from '../ui/dates.js';
import { field, typed } from '../ui/form-field.js';
import '../ui/confirm-button.js';
import { siteOrigin } from './site-origin.js';
import { messages, type SitesMessages } from './sites.i18n.js';

export class AdminSites extends ConsoleView<SitesMessages> {
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    sites: { state: true },
  };
  declare private sites: AdminSite[] | undefined;
  protected override readonly messages = messages;

  protected override async load(): Promise<void> {
    this.sites = undefined;
    this.clearErrors();
    const items = await this.fetchList<AdminSite>('/admin/sites', { orgId: this.org });
    if (items) this.sites = items;
  }

  private async add(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const typedOrigin = siteOrigin(typed(new FormData(form), 'origin'));
    if (!typedOrigin) return this.refuse([{ path: 'origin', message: this.t.notAnAddress }]);
    const { origin, dropped } = typedOrigin;
    const site = await this.run(() => this.api.send<AdminSite>('POST', '/admin/sites', { orgId: this.org, origin }));
    if (!site) return;
    form.reset();
    this.sites = [...(this.sites ?? []), site];
    this.showStatus(dropped ? this.t.addedWithout(site.origin, dropped) : this.t.added(site.origin));
  }

  private async removeSite(site: AdminSite): Promise<void> {
    const done = await this.run(() => this.api.send('DELETE', `/admin/sites/${encodeURIComponent(site.id)}`));
    if (done === undefined) return;
    this.sites = (this.sites ?? []).filter((s) => s.id !== site.id);
    this.showStatus(this.t.removed(site.origin));
  }

  override render() {
    const t = this.t;
    const when = (iso: string) => dateOnly(iso, this.locale);
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderAlert()}
      ${
        this.can(ADMIN_ROUTES.createSite)
          ? html`<form class="editor" novalidate @submit=${this.add}>
            ${field({
              name: 'origin',
              label: t.origin,
              type: 'url',
              hint: t.originHint,
              error: this.errorFor('origin'),
              placeholder: 'https://',
              inputmode: 'url',
              idPrefix: 'site',
            })}
            <button class="primary" type="submit" ?disabled=${this.busy}>${t.add}</button>
          </form>`
          : nothing
      }
      ${
        !this.sites
          ? html`<p class="muted">${t.loading}</p>`
          : this.sites.length === 0
            ? html`<p class="muted">${t.empty}</p>`
            : html`<table>
              <caption class="visually-hidden">${t.title}</caption>
              <thead><tr><th scope="col">${t.columns.origin}</th><th scope="col">${t.columns.createdAt}</th><th scope="col">${t.columns.actions}</th></tr></thead>
              <tbody>
                ${this.sites.map(
                  (s) => html`<tr data-id=${s.id}>
                    <th scope="row"><code>${s.origin}</code></th>
                    <td data-label=${t.columns.createdAt}>${when(s.createdAt)}</td>
                    <td>
                      ${
                        this.can(ADMIN_ROUTES.deleteSite)
                          ? html`<confirm-button
                            label=${t.remove}
                            question=${t.ask.question}
                            yes=${t.removeConfirm}
                            no=${t.ask.no}
                            @confirm=${() => this.removeSite(s)}
                          ></confirm-button>`
                          : nothing
                      }
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`
      }`;
  }
}

customElements.define('admin-sites', AdminSites);

declare global {
  interface HTMLElementTagNameMap {
    'admin-sites': AdminSites;
  }
}
