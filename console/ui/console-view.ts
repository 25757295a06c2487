/**
 * Base of every console view (<admin-projects>, <admin-pledges>, …). The shell hands each view the
 * API client, the current organisation and the locale; whenever the organisation or the API
 * changes the view's `load()` runs, and `t` is the view's catalog in the current locale.
 * Errors: AdminApiError field errors are kept for `errorFor(path)` (rendered next to the field by
 * `field()`), everything else becomes one general message shown by `renderAlert()` (role=alert).
 * A 401 is passed up to the shell as `admin-unauthorized`, which returns to the sign-in form.
 * `allowed` is the session's list of admin routes the token may call: views show a control only
 * when `can(rule)`, so a viewer sees no forms and an editor no confirm button.
 */
import {
  LitElement,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { FieldError } from '../../common/wire/problem.js';
import { AdminApiError, type AdminApi, type Query } from '../api.js';
import { inLocale, type ConsoleLocale, type Messages } from '../i18n.js';
import { consoleStyles } from './console.styles.js';

/** The API's English `detail` is kept for support; staff read these first, in their language. */
const GENERIC: Messages<{ fields: string; network: string; unknown: string; codes: Record<string, string> }> = {
  'zh-Hans': {
    fields: '请检查标出的字段。',
    network: '无法连接服务器，请稍后重试。',
    unknown: '出错了',
    codes: {
      forbidden: '此令牌无权这样做：角色不允许，或数据不属于本机构。',
      not_found: '找不到这条记录，可能已被删除。',
      already_exists: '已有相同标识的记录，请换一个标识。',
      invalid_transition: '状态已经变化（可能有同事刚处理过），请刷新后再试。',
      payload_too_large: '内容太长。',
      rate_limited: '操作太频繁，请稍后再试。',
      internal_error: '服务器出错，请稍后重试。',
    },
  },
  'zh-Hant': {
    fields: '請檢查標出的欄位。',
    network: '無法連接伺服器，請稍後重試。',
    unknown: '出錯了',
    codes: {
      forbidden: '此令牌無權這樣做：角色不允許，或資料不屬於本機構。',
      not_found: '找不到這條記錄，可能已被刪除。',
      already_exists: '已有相同標識的記錄，請換一個標識。',
      invalid_transition: '狀態已經變化（可能有同事剛處理過），請重新整理後再試。',
      payload_too_large: '內容太長。',
      rate_limited: '操作太頻繁，請稍後再試。',
      internal_error: '伺服器出錯，請稍後重試。',
    },
  },
  en: {
    fields: 'Please check the marked fields.',
    network: 'Cannot reach the server. Try again later.',
    unknown: 'Something went wrong',
    codes: {
      forbidden: 'This token may not do that: its role does not allow it, or the data is another organisation’s.',
      not_found: 'This record was not found; it may have been deleted.',
      already_exists: 'A record with this ID already exists; choose another ID.',
      invalid_transition: 'Its status has changed (a colleague may just have handled it). Reload and try again.',
      payload_too_large: 'The content is too long.',
      rate_limited: 'Too many actions at once; try again shortly.',
      internal_error: 'Server error; try again later.',
    },
  },
};

export abstract class ConsoleView<M = unknown> extends LitElement {
  static override styles: CSSResultGroup = consoleStyles;
  static override properties: PropertyDeclarations = {
    api: { attribute: false },
    allowed: { attribute: false },
    org: {},
    locale: {},
    fieldErrors: { state: true },
    generalError: { state: true },
    status: { state: true },
    busy: { state: true },
  };
  declare api: AdminApi;
  /** Rule keys ("POST /admin/donations/:id/confirm") this token may call (GET /admin/session). */
  declare allowed: ReadonlySet<string>;
  declare org: string;
  declare locale: ConsoleLocale;
  /** Field errors of the last failed call, by API path ('title', 'tiers.0.amount', …). */
  declare protected fieldErrors: FieldError[];
  /** The non-field error of the last failed call, if any. */
  declare protected generalError: string;
  /** A short success message (role=status). */
  declare protected status: string;
  /** A call started by `run()` is under way (submit buttons are disabled meanwhile). */
  declare protected busy: boolean;
  /** The form the last failed call came from (`run(call, scope)`), for views with several forms. */
  private errorScope: string | undefined;

  /** The view's strings, by locale (its `<view>.i18n.ts`). */
  protected abstract readonly messages: Messages<M>;

  /**
   * Shows the view afresh for the current organisation: drops what belonged to the previous one
   * (an open editor, a filter) and fetches its lists. Runs whenever the organisation or the API changes.
   */
  protected abstract load(): Promise<void>;

  constructor() {
    super();
    this.allowed = new Set();
    this.org = '';
    this.locale = 'zh-Hans';
    this.fieldErrors = [];
    this.generalError = '';
    this.status = '';
    this.busy = false;
  }

  /** Whether the token may call this admin route (a key of ../rules.ts). */
  protected can(rule: string): boolean {
    return this.allowed.has(rule);
  }

  /** The view's strings in the current locale. */
  protected get t(): M {
    return inLocale(this.messages, this.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('org') || changed.has('api')) && this.api && this.org) void this.load();
  }

  /**
   * The `items` of a list for the organisation shown; undefined if the call failed (the error is
   * shown) or the organisation changed meanwhile (an answer for one no longer shown is dropped).
   */
  protected async fetchList<T>(path: string, query?: Query): Promise<T[] | undefined> {
    const org = this.org;
    try {
      const { items } = await this.api.get<{ items: T[] }>(path, query);
      return org === this.org ? items : undefined;
    } catch (e) {
      this.showError(e);
      return undefined;
    }
  }

  /**
   * Runs one API call on behalf of a form (busy meanwhile); its result, or undefined when it failed
   * and the error is shown. With a scope, its field errors show only in that form (`errorIn`).
   */
  protected async run<T>(call: () => Promise<T>, scope?: string): Promise<T | undefined> {
    this.busy = true;
    try {
      return await call();
    } catch (e) {
      this.showError(e, scope);
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  /** The API's message for one field, if the last call rejected it. */
  protected errorFor(path: string): string | undefined {
    return this.fieldErrors.find((e) => e.path === path)?.message;
  }

  /** Like errorFor, for a view with several forms: only if the failed call came from that form. */
  protected errorIn(scope: string, path: string): string | undefined {
    return this.errorScope === scope ? this.errorFor(path) : undefined;
  }

  protected clearErrors(): void {
    this.fieldErrors = [];
    this.generalError = '';
    this.status = '';
  }

  /** Field errors found before calling the API (e.g. an amount that is not yuan), shown like the API's. */
  protected refuse(errors: FieldError[], scope?: string): void {
    this.showError(new AdminApiError(400, 'validation_failed', errors[0]?.message ?? '', errors), scope);
  }

  /** Shows a failed call: field errors next to their fields, the rest in the alert region. */
  protected showError(e: unknown, scope?: string): void {
    this.status = '';
    this.errorScope = scope;
    const g = inLocale(GENERIC, this.locale);
    if (e instanceof AdminApiError) {
      if (e.status === 401) {
        this.dispatchEvent(new CustomEvent('admin-unauthorized', { bubbles: true, composed: true, detail: e.detail }));
      }
      this.fieldErrors = e.errors;
      const known = g.codes[e.code];
      this.generalError =
        e.status === 0
          ? g.network
          : e.errors.length
            ? g.fields
            : known
              ? `${known} (${e.detail})`
              : e.detail || `${g.unknown} (${e.status})`;
    } else {
      this.fieldErrors = [];
      this.generalError = (e as Error)?.message || g.unknown;
    }
    void this.updateComplete.then(() => {
      // A field error with no field on screen (e.g. a hidden id) is spelled out in the alert instead.
      const unshown = this.fieldErrors.filter((f) => !this.renderRoot.querySelector(`[name="${CSS.escape(f.path)}"]`));
      if (unshown.length) this.generalError += ' ' + unshown.map((f) => `${f.path}: ${f.message}`).join('; ');
      // Keyboard and screen-reader users land on the first problem.
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  }

  /** Shows a success message (announced politely). */
  protected showStatus(message: string): void {
    this.fieldErrors = [];
    this.generalError = '';
    this.status = message;
  }

  /** After the next render, focuses the first element found, trying the selectors in order. */
  protected async focusAfterRender(...selectors: string[]): Promise<void> {
    await this.updateComplete;
    for (const selector of selectors) {
      const el = this.renderRoot.querySelector<HTMLElement>(selector);
      if (el) return el.focus();
    }
  }

  /** The general error region (role=alert) and the status line; put it near the top of a view. */
  protected renderAlert(): TemplateResult {
    return html`<div class="alert" role="alert" ?hidden=${!this.generalError}>${this.generalError || nothing}</div>
      <p class="status" role="status">${this.status}</p>`;
  }
}
