/**
 * <admin-disclosure-notice .org .locale>: flags the organisation's campaigns that the public
 * disclosure report (GET /api/v1/orgs/{org}/disclosure, this quarter) says are overdue — running
 * over six months with no spending or progress published for three — and links to the printable
 * report. A public read, so no token; if the report is unavailable (an older worker answers 404)
 * the notice stays silent: it is a reminder, not something the console depends on.
 */
import { CHINA_OFFSET_MS } from '../../common/china-time.js';
import type { Disclosure } from '../../common/wire/disclosure.js';
import { LitElement, css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { inLocale, type ConsoleLocale } from '../i18n.js';
import { consoleStyles } from '../ui/console.styles.js';
import { messages } from './disclosure-notice.i18n.js';

/** This quarter in China time (the reports count China Standard Time days): "2026-Q4". */
export function currentQuarter(now = Date.now()): string {
  const d = new Date(now + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

export class AdminDisclosureNotice extends LitElement {
  static override styles = [
    consoleStyles,
    css`
      section {
        border: 2px solid #bf8700;
        background: #fff8c5;
        border-radius: 8px;
        padding: 0.75rem 1rem;
        margin: 0.75rem 0;
      }
      h3 {
        margin-top: 0;
      }
      ul {
        margin: 0.5rem 0;
        padding-left: 1.25rem;
      }
    `,
  ];
  static override properties: PropertyDeclarations = {
    org: {},
    locale: {},
    report: { state: true },
  };
  declare org: string;
  declare locale: ConsoleLocale;
  declare private report: Disclosure | undefined;
  private seq = 0;

  constructor() {
    super();
    this.org = '';
    this.locale = 'zh-Hans';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('org') && this.org) void this.load();
  }

  private async load() {
    const seq = ++this.seq;
    this.report = undefined;
    const period = currentQuarter();
    try {
      const res = await fetch(
        `${location.origin}/api/v1/orgs/${encodeURIComponent(this.org)}/disclosure?period=${period}`,
        {
          headers: { Accept: 'application/json' },
          cache: 'no-store',
        },
      );
      if (!res.ok) return; // no report (yet): say nothing
      const report = (await res.json()) as Disclosure;
      if (seq === this.seq && Array.isArray(report.campaigns)) this.report = report;
    } catch {
      /* offline or not JSON: a reminder can wait */
    }
  }

  override render() {
    const r = this.report;
    if (!r) return nothing;
    const t = inLocale(messages, this.locale);
    const overdue = r.campaigns.filter((c) => c.overdue);
    const printable = `/disclosure/${encodeURIComponent(this.org)}/${encodeURIComponent(r.period.id)}`;
    const link = html`<a class="report" href=${printable} target="_blank" rel="noopener">${t.report(r.period.id)}</a>`;
    if (!overdue.length) return html`<p class="muted all-clear">${t.allClear} ${link}</p>`;
    return html`<section class="duty" aria-labelledby="duty-title">
      <h3 id="duty-title">${t.title}</h3>
      <p>${t.rule}</p>
      <ul>
        ${overdue.map(
          (c) => html`<li data-id=${c.id}>
            <strong>${c.title}</strong> · ${c.lastDisclosedOn ? t.lastDisclosed(c.lastDisclosedOn) : t.never} ·
            <a href=${`#/spending?campaignId=${encodeURIComponent(c.id)}`}>${t.recordSpending(c.title)}</a>
          </li>`,
        )}
      </ul>
      <p>${link}</p>
    </section>`;
  }
}

if (!customElements.get('admin-disclosure-notice'))
  customElements.define('admin-disclosure-notice', AdminDisclosureNotice);

declare global {
  interface HTMLElementTagNameMap {
    'admin-disclosure-notice': AdminDisclosureNotice;
  }
}
