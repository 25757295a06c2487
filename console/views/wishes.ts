/**
 * <admin-wishes>: the staff side of the micro-wish board. Staff enter wishes collected door to door,
 * see who claimed what (with the claimer's contact, to arrange the visit), release a claim that
 * went nowhere and mark a wish fulfilled with a thank-you note. Both moves ask once.
 * The wisher's full name and the claimer's contact are private: they appear only here, never on
 * the public board (the API masks them there).
 */
import { WISH_STATUSES } from '../../common/statuses.js';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { WISH_CATEGORIES, WISH_CATEGORY_NAMES } from '../category-names.js';
import { ADMIN_ROUTES } from '../../common/admin-routes.js';
import type { AdminWish } from '../../common/wire/admin-wishes.js';
import { ConsoleView } from '../ui/console-view.js';
import { field, typed } from '../ui/form-field.js';
import { formatFen, yuanToFen } from '../ui/money.js';
import { PagedList } from '../ui/paged-list.js';
import '../ui/confirm-button.js';
import { messages, type WishesMessages } from './wishes.i18n.js';
import { wishesStyles } from './wishes.styles.js';

type Status = keyof WishesMessages['statuses'];
const STATUSES: Status[] = ['all', ...WISH_STATUSES];

/** Which form the last call came from, so its field errors show in that form only. */
type Scope = 'create' | `release:${string}` | `fulfil:${string}`;

const PAGE = 50;

export class AdminWishes extends ConsoleView<WishesMessages> {
  static override styles = [ConsoleView.styles, wishesStyles];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    filter: { state: true },
    creating: { state: true },
    acting: { state: true },
  };
  declare private filter: Status;
  declare private creating: boolean;
  /** The open release / fulfil form, if any. */
  declare private acting: Scope | undefined;
  /** The wishes for the current filter, a page at a time. */
  private readonly list = new PagedList<AdminWish>(
    this,
    (cursor) =>
      this.api.get('/admin/wishes', {
        orgId: this.org,
        status: this.filter === 'all' ? undefined : this.filter,
        limit: PAGE,
        cursor,
      }),
    (e) => this.showError(e),
  );
  protected override readonly messages = messages;

  constructor() {
    super();
    this.filter = 'all';
    this.creating = false;
  }

  protected override load(): Promise<void> {
    this.acting = undefined;
    return this.reload();
  }

  /** The first page for the filter (errors of the previous list go with it). */
  private reload(): Promise<void> {
    this.clearErrors();
    return this.list.reload();
  }

  private setFilter(value: string): void {
    this.filter = (STATUSES as string[]).includes(value) ? (value as Status) : 'all';
    void this.reload();
  }

  private async create(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const valueText = typed(data, 'value');
    const value = valueText ? yuanToFen(valueText) : null;
    if (valueText && value === null) return this.refuse([{ path: 'value', message: this.t.badValue }], 'create');
    const body = {
      orgId: this.org,
      title: typed(data, 'title'),
      story: typed(data, 'story') || undefined,
      category: typed(data, 'category'),
      wisherName: typed(data, 'wisherName'),
      community: typed(data, 'community') || null,
      value,
      photoUrl: typed(data, 'photoUrl') || null,
    };
    const wish = await this.run(() => this.api.send<AdminWish>('POST', '/admin/wishes', body), 'create');
    if (!wish) return;
    form.reset();
    this.creating = false;
    if (this.filter === 'all' || this.filter === wish.status) this.list.update((wishes) => [wish, ...wishes]);
    this.showStatus(this.t.created(wish.title));
  }

  private replace(wish: AdminWish): void {
    this.list.update((wishes) => wishes.map((w) => (w.id === wish.id ? wish : w)));
  }

  private async release(wish: AdminWish, form: HTMLFormElement): Promise<void> {
    const reason = typed(new FormData(form), 'reason');
    const scope: Scope = `release:${wish.id}`;
    const done = await this.run(
      () => this.api.send<AdminWish>('POST', `/admin/wishes/${encodeURIComponent(wish.id)}/release`, { reason }),
      scope,
    );
    if (!done) return;
    this.acting = undefined;
    this.replace(done);
    this.showStatus(this.t.released(done.title));
  }

  private async fulfil(wish: AdminWish, form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const scope: Scope = `fulfil:${wish.id}`;
    const body = { note: typed(data, 'note'), photoUrl: typed(data, 'photoUrl') || null };
    const done = await this.run(
      () => this.api.send<AdminWish>('POST', `/admin/wishes/${encodeURIComponent(wish.id)}/fulfil`, body),
      scope,
    );
    if (!done) return;
    this.acting = undefined;
    this.replace(done);
    this.showStatus(this.t.fulfilled(done.title));
  }

  private openAction(scope: Scope): void {
    this.acting = this.acting === scope ? undefined : scope;
    this.clearErrors();
    void this.focusAfterRender('form.action textarea, form.action input');
  }

  private openCreate(): void {
    this.creating = true;
    this.clearErrors();
    void this.focusAfterRender('#wish-new-title');
  }

  private renderCreate() {
    const t = this.t;
    const err = (path: string) => this.errorIn('create', path);
    return html`<form class="editor" novalidate @submit=${this.create} aria-labelledby="wish-new-heading">
      <h3 id="wish-new-heading">${t.newWish}</h3>
      <p class="muted">${t.newWishHint}</p>
      ${field({ name: 'title', label: t.fields.title, required: true, error: err('title'), idPrefix: 'wish-new' })}
      ${field({
        name: 'category',
        label: t.fields.category,
        type: 'select',
        value: 'necessities',
        error: err('category'),
        idPrefix: 'wish-new',
        options: WISH_CATEGORIES.map((c) => ({ value: c, label: WISH_CATEGORY_NAMES[this.locale][c] })),
      })}
      ${field({ name: 'story', label: t.fields.story, type: 'textarea', error: err('story'), idPrefix: 'wish-new' })}
      ${field({
        name: 'wisherName',
        label: t.fields.wisherName,
        required: true,
        hint: t.hints.wisherName,
        error: err('wisherName'),
        autocomplete: 'off',
        idPrefix: 'wish-new',
      })}
      ${field({ name: 'community', label: t.fields.community, error: err('community'), idPrefix: 'wish-new' })}
      ${field({ name: 'value', label: t.fields.value, inputmode: 'decimal', hint: t.hints.value, error: err('value'), idPrefix: 'wish-new' })}
      ${field({ name: 'photoUrl', label: t.fields.photoUrl, type: 'url', hint: t.hints.photoUrl, error: err('photoUrl'), idPrefix: 'wish-new' })}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.busy}>${t.create}</button>
        <button type="button" @click=${() => ((this.creating = false), this.clearErrors())}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderAction(w: AdminWish) {
    const t = this.t;
    const release = this.acting === `release:${w.id}`;
    const scope: Scope = release ? `release:${w.id}` : `fulfil:${w.id}`;
    const err = (path: string) => this.errorIn(scope, path);
    const prefix = `${release ? 'release' : 'fulfil'}-${w.id}`;
    const confirmed = (e: Event) => {
      const form = (e.target as Element).closest('form')!;
      void (release ? this.release(w, form) : this.fulfil(w, form));
    };
    return html`<tr class="action-row">
      <td colspan="5">
        <form class="action" novalidate @submit=${(e: Event) => e.preventDefault()} aria-label=${release ? t.release : t.fulfil}>
          ${
            release
              ? field({
                  name: 'reason',
                  label: t.fields.reason,
                  type: 'textarea',
                  required: true,
                  error: err('reason'),
                  idPrefix: prefix,
                })
              : html`${field({ name: 'note', label: t.fields.note, type: 'textarea', required: true, error: err('note'), idPrefix: prefix })}
              ${field({ name: 'photoUrl', label: t.fields.thanksPhotoUrl, type: 'url', hint: t.hints.photoUrl, error: err('photoUrl'), idPrefix: prefix })}`
          }
          <div class="actions">
            <confirm-button
              label=${release ? t.release : t.fulfil}
              question=${t.ask.question}
              yes=${release ? t.releaseConfirm : t.fulfilConfirm}
              no=${t.ask.no}
              ?disabled=${this.busy}
              @confirm=${confirmed}
            ></confirm-button>
            <button type="button" @click=${() => ((this.acting = undefined), this.clearErrors())}>${t.cancel}</button>
          </div>
        </form>
      </td>
    </tr>`;
  }

  private renderWish(w: AdminWish) {
    const t = this.t;
    const c = w.claim;
    const open = this.acting === `release:${w.id}` || this.acting === `fulfil:${w.id}`;
    return html`<tr data-id=${w.id} data-status=${w.status}>
        <th scope="row">
          <span class="wish-title">${w.title}</span>
          <div class="muted">
            ${WISH_CATEGORY_NAMES[this.locale][w.category] ?? w.category}${w.community ? html` · ${w.community}` : nothing}${
              w.value !== null ? html` · ${formatFen(w.value, w.currency)}` : nothing
            }
          </div>
          ${w.story ? html`<div class="story">${w.story}</div>` : nothing}
        </th>
        <td class="private" data-label=${t.columns.wisher}>${w.wisherName}</td>
        <td data-label=${t.columns.status}><span class="badge ${w.status}">${t.statuses[w.status] ?? w.status}</span></td>
        <td data-label=${t.columns.claim} class=${(c && c.status !== 'released') || w.thanks ? '' : 'blank'}>
          ${
            c && c.status !== 'released'
              ? html`<div>${t.claimedBy(c.name, c.organisation)}</div>
                <div class="private">${t.contact}: ${c.contact}</div>`
              : nothing
          }
          ${w.thanks ? html`<div class="thanks">${t.thanks}: ${w.thanks}</div>` : nothing}
        </td>
        <td class=${w.status === 'claimed' && (this.can(ADMIN_ROUTES.releaseWish) || this.can(ADMIN_ROUTES.fulfilWish)) ? '' : 'blank'}>
          <div class="actions">
            ${
              w.status === 'claimed' && this.can(ADMIN_ROUTES.releaseWish)
                ? html`<button type="button" class="release" aria-label=${`${t.release}: ${w.title}`} aria-expanded=${this.acting === `release:${w.id}` ? 'true' : 'false'}
                    @click=${() => this.openAction(`release:${w.id}`)}>${t.release}</button>`
                : nothing
            }
            ${
              w.status === 'claimed' && this.can(ADMIN_ROUTES.fulfilWish)
                ? html`<button type="button" class="fulfil" aria-label=${`${t.fulfil}: ${w.title}`} aria-expanded=${this.acting === `fulfil:${w.id}` ? 'true' : 'false'}
                    @click=${() => this.openAction(`fulfil:${w.id}`)}>${t.fulfil}</button>`
                : nothing
            }
          </div>
        </td>
      </tr>
      ${open ? this.renderAction(w) : nothing}`;
  }

  override render() {
    const t = this.t;
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderAlert()}
      <div class="toolbar">
        ${
          this.creating || !this.can(ADMIN_ROUTES.createWish)
            ? nothing
            : html`<button type="button" class="primary new-wish" @click=${this.openCreate}>
              ${t.newWish}
            </button>`
        }
        <a href=${`#/embed?kind=wishes&id=${encodeURIComponent(this.org)}`}>${t.embed}</a>
      </div>
      ${this.creating ? this.renderCreate() : nothing}
      <div class="filter">
        ${field({
          name: 'status',
          label: t.filter,
          type: 'select',
          value: this.filter,
          idPrefix: 'wish-filter',
          options: STATUSES.map((s) => ({ value: s, label: t.statuses[s] })),
          onInput: (v) => this.setFilter(v),
        })}
      </div>
      <p class="muted private-note">${t.privateNote}</p>
      ${
        !this.list.items
          ? html`<p class="muted">${t.loading}</p>`
          : this.list.items.length === 0
            ? html`<p class="muted">${t.empty}</p>`
            : html`<table class="wishes">
                <caption class="visually-hidden">${t.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">${t.columns.wish}</th><th scope="col">${t.columns.wisher}</th><th scope="col">${t.columns.status}</th>
                    <th scope="col">${t.columns.claim}</th><th scope="col">${t.columns.actions}</th>
                  </tr>
                </thead>
                <tbody>${this.list.items.map((w) => this.renderWish(w))}</tbody>
              </table>
              ${this.list.nextCursor ? html`<button type="button" class="more" @click=${() => this.list.more()}>${t.more}</button>` : nothing}`
      }`;
  }
}

customElements.define('admin-wishes', AdminWishes);

declare global {
  interface HTMLElementTagNameMap {
    'admin-wishes': AdminWishes;
  }
}
