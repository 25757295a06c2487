/**
 * Base of every console view (<admin-projects>, <admin-pledges>, …). The shell hands each view the
 * API client, the current organisation, the locale and whether the token is the super-admin's.
 * Errors: AdminApiError field errors are kept for `errorFor(path)` (rendered next to the field by
 * `field()`), everything else becomes one general message shown by `renderAlert()` (role=alert).
 * A 401 is passed up to the shell as `admin-unauthorized`, which returns to the sign-in form.
 */
import { LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type TemplateResult } from 'lit';
import { AdminApiError, type AdminApi, type FieldError } from '../api.js';
import type { ConsoleLocale } from '../i18n.js';
import { consoleStyles } from './console.styles.js';

/** The API's English `detail` is kept for support; staff read these first, in their language. */
const GENERIC: Record<ConsoleLocale, { fields: string; network: string; unknown: string; codes: Record<string, string> }> = {
  'zh-Hans': {
    fields: '请检查标出的字段。',
    network: '无法连接服务器，请稍后重试。',
    unknown: '出错了',
    codes: {
      forbidden: '此令牌无权查看或修改该机构的数据。',
      not_found: '找不到这条记录，可能已被删除。',
      already_exists: '已有相同标识的记录，请换一个标识。',
      invalid_transition: '状态已经变化（可能有同事刚处理过），请刷新后再试。',
      payload_too_large: '内容太长。',
      rate_limited: '操作太频繁，请稍后再试。',
      internal_error: '服务器出错，请稍后重试。',
    },
  },
  en: {
    fields: 'Please check the marked fields.',
    network: 'Cannot reach the server. Try again later.',
    unknown: 'Something went wrong',
    codes: {
      forbidden: 'This token may not see or change that organisation’s data.',
      not_found: 'This record was not found; it may have been deleted.',
      already_exists: 'A record with this ID already exists; choose another ID.',
      invalid_transition: 'Its status has changed (a colleague may just have handled it). Reload and try again.',
      payload_too_large: 'The content is too long.',
      rate_limited: 'Too many actions at once; try again shortly.',
      internal_error: 'Server error; try again later.',
    },
  },
};

export abstract class ConsoleView extends LitElement {
  static override styles: CSSResultGroup = consoleStyles;
  static override properties: PropertyDeclarations = {
    api: { attribute: false },
    org: {},
    locale: {},
    superAdmin: { type: Boolean, attribute: 'super-admin' },
    fieldErrors: { state: true },
    generalError: { state: true },
    status: { state: true },
  };
  declare api: AdminApi;
  declare org: string;
  declare locale: ConsoleLocale;
  declare superAdmin: boolean;
  /** Field errors of the last failed call, by API path ('title', 'tiers.0.amount', …). */
  declare protected fieldErrors: FieldError[];
  /** The non-field error of the last failed call, if any. */
  declare protected generalError: string;
  /** A short success message (role=status). */
  declare protected status: string;

  constructor() {
    super();
    this.org = '';
    this.locale = 'zh-Hans';
    this.superAdmin = false;
    this.fieldErrors = [];
    this.generalError = '';
    this.status = '';
  }

  /** The API's message for one field, if the last call rejected it. */
  protected errorFor(path: string): string | undefined {
    return this.fieldErrors.find((e) => e.path === path)?.message;
  }

  /** Field errors whose path starts with a prefix (e.g. 'tiers.0.' for one tier row). */
  protected errorsUnder(prefix: string): FieldError[] {
    return this.fieldErrors.filter((e) => e.path === prefix || e.path.startsWith(prefix + '.'));
  }

  protected clearErrors(): void {
    this.fieldErrors = [];
    this.generalError = '';
    this.status = '';
  }

  /** Shows a failed call: field errors next to their fields, the rest in the alert region. */
  protected showError(e: unknown): void {
    this.status = '';
    const g = GENERIC[this.locale] ?? GENERIC['zh-Hans'];
    if (e instanceof AdminApiError) {
      if (e.status === 401) {
        this.dispatchEvent(new CustomEvent('admin-unauthorized', { bubbles: true, composed: true, detail: e.detail }));
      }
      this.fieldErrors = e.errors;
      const known = g.codes[e.code];
      this.generalError =
        e.status === 0 ? g.network : e.errors.length ? g.fields : known ? `${known} (${e.detail})` : e.detail || `${g.unknown} (${e.status})`;
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

  /** The general error region (role=alert) and the status line; put it near the top of a view. */
  protected renderAlert(): TemplateResult {
    return html`<div class="alert" role="alert" ?hidden=${!this.generalError}>${this.generalError || nothing}</div>
      <p class="status" role="status">${this.status}</p>`;
  }
}
