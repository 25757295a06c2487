/**
 * <gongyi-admin>: the console shell. Signs staff in with a token (sessionStorage only, never in a
 * URL), asks the API who the token is, lets the super-admin switch organisation, and shows one
 * view at a time from the registry in views/index.ts, routed by the URL hash (#/projects). The
 * super-admin opens on the organisation where pledges wait or data is (./first-org.ts).
 * The session's `allowed` (the admin routes this token may call) goes to every view and leaves
 * out of the navigation the views the token cannot read; the header names the token and its role.
 * A 401 from anywhere (views bubble `admin-unauthorized`) signs out with a message.
 */
import type { AdminOrgListItem } from '../common/wire/admin-org.js';
import type { AdminSession } from '../common/wire/admin-session.js';
import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { AdminApi, AdminApiError } from './api.js';
import { messages, type ShellMessages } from './admin-app.i18n.js';
import { shellStyles } from './admin-app.styles.js';
import { firstOrg } from './first-org.js';
import { initialLocale, inLocale, LOCALES, rememberLocale, type ConsoleLocale } from './i18n.js';
import { consoleStyles } from './ui/console.styles.js';
import { field } from './ui/form-field.js';
import type { ConsoleView } from './ui/console-view.js';
import { DEFAULT_VIEW, views, type ViewEntry } from './views/index.js';

const TOKEN_KEY = 'gongyi.admin.token';
const ORG_KEY = 'gongyi.admin.org';

const LOCALE_NAMES: Record<ConsoleLocale, string> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

/** sessionStorage may be unavailable (privacy modes): then the token lives in memory only. */
const store = {
  get: (k: string) => {
    try {
      return sessionStorage.getItem(k);
    } catch {
      return null;
    }
  },
  set: (k: string, v: string) => {
    try {
      sessionStorage.setItem(k, v);
    } catch {
      /* memory only */
    }
  },
  remove: (k: string) => {
    try {
      sessionStorage.removeItem(k);
    } catch {
      /* nothing stored */
    }
  },
};

/** '#/pledges?campaignId=x' → 'pledges' (unknown keys, and views the token cannot read → the default view). */
function routeKey(hash: string, allowed: ReadonlySet<string> | undefined): string {
  const key = hash.replace(/^#\/?/, '').split(/[?/]/)[0] ?? '';
  return visibleViews(allowed).some((v) => v.key === key) ? key : DEFAULT_VIEW;
}

/** The views this token can open (before sign-in: all, so a deep link survives until the session is known). */
function visibleViews(allowed: ReadonlySet<string> | undefined): ViewEntry[] {
  return allowed ? views.filter((v) => !v.needs || allowed.has(v.needs)) : views;
}

export class GongyiAdmin extends LitElement {
  static override styles = [consoleStyles, shellStyles];
  static override properties: PropertyDeclarations = {
    locale: { state: true },
    session: { state: true },
    orgs: { state: true },
    org: { state: true },
    route: { state: true },
    signInMessage: { state: true },
    tokenError: { state: true },
    busy: { state: true },
    generalError: { state: true },
    viewEl: { state: true },
  };
  declare private locale: ConsoleLocale;
  declare private session: AdminSession | undefined;
  declare private orgs: AdminOrgListItem[];
  declare private org: string;
  declare private route: string;
  /** Why the sign-in form is shown again (expired session), if it is. */
  declare private signInMessage: string;
  declare private tokenError: string;
  declare private busy: boolean;
  declare private generalError: string;
  declare private viewEl: ConsoleView | undefined;
  private api: AdminApi | undefined;
  private allowed: ReadonlySet<string> | undefined;
  private loadSeq = 0;

  constructor() {
    super();
    this.locale = initialLocale();
    this.orgs = [];
    this.org = '';
    this.route = routeKey(location.hash, undefined);
    this.signInMessage = '';
    this.tokenError = '';
    this.busy = false;
    this.generalError = '';
  }

  private get t(): ShellMessages {
    return inLocale(messages, this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.lang = this.locale;
    window.addEventListener('hashchange', this.onHashChange);
    this.addEventListener('admin-unauthorized', this.onUnauthorized);
    const token = store.get(TOKEN_KEY);
    if (token) void this.startSession(token);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.removeEventListener('admin-unauthorized', this.onUnauthorized);
    super.disconnectedCallback();
  }

  private onHashChange = () => {
    const next = routeKey(location.hash, this.allowed);
    if (next !== this.route) {
      this.route = next;
      void this.showView(true);
    }
  };

  private onUnauthorized = () => this.signOut(this.t.sessionExpired);

  /** Asks the API who the token is; on success keeps it for this window and opens the console. */
  private async startSession(token: string): Promise<boolean> {
    const api = new AdminApi(token);
    this.busy = true;
    try {
      const session = await api.get<AdminSession>('/admin/session');
      const orgs = (await api.get<{ items: AdminOrgListItem[] }>('/admin/orgs')).items;
      store.set(TOKEN_KEY, token);
      this.api = api;
      this.allowed = new Set(session.allowed);
      this.orgs = orgs;
      this.session = session;
      this.route = routeKey(location.hash, this.allowed);
      if (session.kind === 'org') {
        this.org = session.orgId;
      } else {
        this.org = firstOrg(orgs, store.get(ORG_KEY));
      }
      this.signInMessage = '';
      this.tokenError = '';
      this.generalError = '';
      await this.showView(false);
      return true;
    } catch (e) {
      // Only a refused token is forgotten; a network hiccup on reload keeps it for the next try.
      if (e instanceof AdminApiError && e.status === 401) {
        store.remove(TOKEN_KEY);
        this.tokenError = this.t.tokenRejected;
      } else {
        this.generalError = e instanceof AdminApiError ? e.detail : String(e);
      }
      return false;
    } finally {
      this.busy = false;
    }
  }

  private signOut(message = '') {
    store.remove(TOKEN_KEY);
    store.remove(ORG_KEY);
    this.api = undefined;
    this.allowed = undefined;
    this.session = undefined;
    this.orgs = [];
    this.org = '';
    this.viewEl = undefined;
    this.signInMessage = message;
    this.generalError = '';
  }

  private async onSignIn(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const token = String(new FormData(form).get('token') ?? '').trim();
    if (!token) {
      this.tokenError = this.t.tokenRequired;
      return;
    }
    this.tokenError = '';
    if (!(await this.startSession(token))) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#f-token')?.focus();
    }
  }

  /** Loads the current route's view module (once) and shows its element. */
  private async showView(moveFocus: boolean) {
    if (!this.api) return;
    const shown = visibleViews(this.allowed);
    const entry: ViewEntry = shown.find((v) => v.key === this.route) ?? shown[0]!;
    const seq = ++this.loadSeq;
    try {
      await entry.load();
    } catch {
      if (seq === this.loadSeq) this.generalError = this.t.viewFailed;
      return;
    }
    if (seq !== this.loadSeq) return; // another route was chosen meanwhile
    this.generalError = '';
    const el = document.createElement(entry.tag) as ConsoleView;
    this.applyContext(el);
    this.viewEl = el;
    if (moveFocus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('main')?.focus();
    }
  }

  private applyContext(el: ConsoleView) {
    el.api = this.api!;
    el.allowed = this.allowed ?? new Set();
    el.org = this.org;
    el.locale = this.locale;
  }

  private onOrgChange(org: string) {
    this.org = org;
    store.set(ORG_KEY, this.org);
    if (this.viewEl) this.applyContext(this.viewEl);
  }

  private setLocale(locale: ConsoleLocale) {
    this.locale = locale;
    rememberLocale(locale);
    document.documentElement.lang = locale;
    if (this.viewEl) this.applyContext(this.viewEl);
  }

  override render() {
    const t = this.t;
    return html`<header>
        <h1>${t.appName}</h1>
        ${this.session ? this.renderOrg() : nothing}
        <div class="lang actions" role="group" aria-label=${t.language}>
          ${LOCALES.map(
            (l) =>
              html`<button type="button" lang=${l} aria-pressed=${l === this.locale ? 'true' : 'false'} @click=${() => this.setLocale(l)}>
                ${LOCALE_NAMES[l]}
              </button>`,
          )}
        </div>
        ${this.session ? html`<button type="button" class="sign-out" @click=${() => this.signOut()}>${t.signOut}</button>` : nothing}
      </header>
      ${this.session ? this.renderConsole() : this.renderSignIn()}`;
  }

  /** The shell's own non-field errors (session lookup, a view that failed to load). */
  private renderAlert() {
    return html`<div class="alert" role="alert" ?hidden=${!this.generalError}>${this.generalError}</div>`;
  }

  private renderOrg() {
    const t = this.t;
    const s = this.session;
    if (s?.kind === 'org') {
      // Who is signed in: the label names the person, the role says what the console will offer.
      return html`<span class="who">${t.org}: ${s.orgName}</span>
        <span class="signed-in">${t.signedInAs(s.label ?? t.unlabelled, t.roles[s.role] ?? s.role)}</span>`;
    }
    if (!this.orgs.length) return html`<span class="who">${t.superAdmin} · ${t.noOrgs}</span>`;
    return html`<span class="who">${t.superAdmin}</span>
      ${field({
        name: 'org',
        idPrefix: 'shell',
        label: t.org,
        type: 'select',
        value: this.org,
        options: this.orgs.map((o) => ({ value: o.id, label: o.name })),
        onInput: (org) => this.onOrgChange(org),
      })}`;
  }

  private renderSignIn() {
    const t = this.t;
    return html`<main class="sign-in">
      ${this.renderAlert()}
      <h2>${t.signInTitle}</h2>
      ${this.signInMessage ? html`<p class="alert" role="alert">${this.signInMessage}</p>` : nothing}
      <p class="intro">${t.signInIntro}</p>
      <form novalidate @submit=${this.onSignIn}>
        ${field({ name: 'token', label: t.token, type: 'password', hint: t.tokenHint, error: this.tokenError || undefined, autocomplete: 'off' })}
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? t.signingIn : t.signIn}</button>
      </form>
    </main>`;
  }

  private renderConsole() {
    const t = this.t;
    return html`<div class="layout">
        <nav aria-label=${t.nav}>
          <ul>
            ${visibleViews(this.allowed).map(
              (v) =>
                html`<li><a href="#/${v.key}" aria-current=${v.key === this.route ? 'page' : nothing}>${v.label[this.locale]}</a></li>`,
            )}
          </ul>
        </nav>
        <main id="main" tabindex="-1">
          ${this.renderAlert()} ${this.viewEl ?? html`<p role="status">${t.loadingView}</p>`}
        </main>
      </div>`;
  }
}

if (!customElements.get('gongyi-admin')) customElements.define('gongyi-admin', GongyiAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'gongyi-admin': GongyiAdmin;
  }
}
