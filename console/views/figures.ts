/**
 * <admin-figures>: the organisation's staff-entered figures (GET/PUT /admin/orgs/{org}/stats).
 * The list is edited as a whole and saved in one PUT (the API replaces it atomically; the order of
 * the rows is the display order). Money figures are typed in yuan and stored as integer fen.
 * A token that may not replace them (viewer, finance) sees them as a table, not a form.
 */
import { html, nothing, type PropertyDeclarations } from 'lit';
import type { FieldError } from '../../common/wire/problem.js';
import { ADMIN_ROUTES } from '../../common/admin-routes.js';
import type { AdminStat, AdminStats } from '../../common/wire/admin-stats.js';
import { ConsoleView } from '../ui/console-view.js';
import { field } from '../ui/form-field.js';
import { fenToYuan, yuanToFen } from '../ui/money.js';
import { messages, type FiguresMessages } from './figures.i18n.js';
import { figuresStyles } from './figures.styles.js';

/** A row as typed: the value stays text until saved (yuan for money figures). */
interface Row {
  key: string;
  label: string;
  value: string;
  unit: string;
  period: string;
  money: boolean;
  /** Kept for money figures in another currency than CNY; new money figures are CNY. */
  currency: string | null;
  approximate: boolean;
}

const toRow = (f: AdminStat): Row => ({
  key: f.key,
  label: f.label,
  value: f.currency ? fenToYuan(f.value) : String(f.value),
  unit: f.unit ?? '',
  period: f.period ?? '',
  money: f.currency !== null,
  currency: f.currency,
  approximate: f.approximate,
});

export class AdminFigures extends ConsoleView<FiguresMessages> {
  static override styles = [ConsoleView.styles, figuresStyles];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    rows: { state: true },
  };
  declare private rows: Row[] | undefined;
  /** The figures as last loaded or saved: "reset" goes back to them. */
  private saved: AdminStat[] = [];
  protected override readonly messages = messages;

  private get path() {
    return `/admin/orgs/${encodeURIComponent(this.org)}/stats`;
  }

  protected override async load(): Promise<void> {
    this.rows = undefined;
    this.clearErrors();
    const items = await this.fetchList<AdminStat>(this.path);
    if (items) this.show(items);
  }

  private show(items: AdminStat[]): void {
    this.saved = items;
    this.rows = items.map(toRow);
  }

  private edit(i: number, patch: Partial<Row>): void {
    this.rows = (this.rows ?? []).map((r, j) => (j === i ? { ...r, ...patch } : r));
  }

  private async add(): Promise<void> {
    this.rows = [
      ...(this.rows ?? []),
      { key: '', label: '', value: '', unit: '', period: '', money: false, currency: null, approximate: false },
    ];
    await this.focusAfterRender(`[name="items.${this.rows.length - 1}.key"]`);
  }

  private removeRow(i: number): void {
    this.rows = (this.rows ?? []).filter((_, j) => j !== i);
    this.clearErrors(); // error paths are row indexes: they no longer point at the same rows
  }

  private up(i: number): void {
    if (i < 1 || !this.rows) return;
    const rows = [...this.rows];
    [rows[i - 1], rows[i]] = [rows[i]!, rows[i - 1]!];
    this.rows = rows;
    this.clearErrors();
  }

  /** The PUT body, or the field errors of values that are not numbers at all. */
  private body(rows: Row[]): { items: unknown[] } | FieldError[] {
    const t = this.t;
    const errors: FieldError[] = [];
    const items = rows.map((r, i) => {
      const text = r.value.trim();
      let value: number | null;
      if (r.money) value = text === '0' ? 0 : yuanToFen(text);
      else value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
      if (value === null) errors.push({ path: `items.${i}.value`, message: r.money ? t.badMoney : t.badNumber });
      return {
        key: r.key.trim(),
        label: r.label.trim(),
        value: value ?? 0,
        unit: r.unit.trim() || null,
        period: r.period.trim() || null,
        currency: r.money ? (r.currency ?? 'CNY') : null,
        approximate: r.approximate,
      };
    });
    return errors.length ? errors : { items };
  }

  private async save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const body = this.body(this.rows ?? []);
    if (Array.isArray(body)) return this.refuse(body);
    const saved = await this.run(() => this.api.send<AdminStats>('PUT', this.path, body));
    if (!saved) return;
    this.show(saved.items);
    this.showStatus(this.t.saved);
  }

  private reset(): void {
    this.rows = this.saved.map(toRow);
    this.clearErrors();
  }

  private renderRow(r: Row, i: number) {
    const t = this.t;
    const name = (f: string) => `items.${i}.${f}`;
    const err = (f: string) => this.errorFor(name(f));
    const rowError = this.errorFor(`items.${i}`);
    const text = (f: 'key' | 'label' | 'unit' | 'period', label: string, hint?: string) =>
      field({
        name: name(f),
        label,
        value: r[f],
        error: err(f),
        hint,
        idPrefix: 'fig',
        onInput: (v) => this.edit(i, { [f]: v }),
      });
    const check = (f: 'money' | 'approximate', label: string) => {
      const id = `fig-${i}-${f}`;
      return html`<div class="check"><input type="checkbox" id=${id} .checked=${r[f]}
        @change=${(e: Event) => this.edit(i, { [f]: (e.target as HTMLInputElement).checked })} /><label for=${id}>${label}</label></div>`;
    };
    return html`<fieldset class="figure" data-key=${r.key}>
      <legend>${t.row(i + 1)}${r.label ? html` · ${r.label}` : nothing}</legend>
      ${rowError ? html`<p class="row-error">${rowError}</p>` : nothing}
      <div class="row">
        ${text('key', t.fields.key, t.hints.key)} ${text('label', t.fields.label)}
        ${field({
          name: name('value'),
          label: r.money ? t.fields.money : t.fields.value,
          value: r.value,
          error: err('value'),
          inputmode: 'decimal',
          idPrefix: 'fig',
          onInput: (v) => this.edit(i, { value: v }),
        })}
        ${text('unit', t.fields.unit)} ${text('period', t.fields.period)}
      </div>
      <div class="row">
        ${check('money', t.fields.money)} ${check('approximate', t.fields.approximate)}
        <span class="spacer"></span>
        <button type="button" ?disabled=${i === 0} @click=${() => this.up(i)} aria-label=${t.up(i + 1)}>↑</button>
        <button type="button" @click=${() => this.removeRow(i)} aria-label=${t.remove(i + 1)}>✕</button>
      </div>
    </fieldset>`;
  }

  private renderReadOnly(rows: Row[]) {
    const t = this.t;
    if (!rows.length) return html`<p class="muted">${t.empty}</p>`;
    return html`<table>
      <caption class="visually-hidden">${t.title}</caption>
      <thead>
        <tr>
          <th scope="col">${t.fields.label}</th>
          <th scope="col" class="num">${t.fields.value}</th>
          <th scope="col">${t.fields.unit}</th>
          <th scope="col">${t.fields.period}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) => html`<tr>
            <th scope="row">${r.label}</th>
            <td class="num" data-label=${t.fields.value}>${r.approximate ? '≈ ' : ''}${r.money ? `¥${r.value}` : r.value}</td>
            <td data-label=${t.fields.unit}>${r.unit}</td>
            <td data-label=${t.fields.period}>${r.period}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  override render() {
    const t = this.t;
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      <p class="muted">${t.liveNote}</p>
      ${this.renderAlert()}
      ${
        !this.rows
          ? html`<p class="muted">${t.loading}</p>`
          : !this.can(ADMIN_ROUTES.replaceFigures)
            ? this.renderReadOnly(this.rows)
            : html`<form class="rows" novalidate @submit=${this.save}>
            ${this.rows.length === 0 ? html`<p class="muted">${t.empty}</p>` : this.rows.map((r, i) => this.renderRow(r, i))}
            <div class="actions">
              <button type="button" class="add" @click=${this.add}>${t.add}</button>
              <button type="submit" class="primary" ?disabled=${this.busy}>${t.save}</button>
              <button type="button" @click=${this.reset}>${t.reset}</button>
              <a href=${`#/embed?kind=stats&id=${encodeURIComponent(this.org)}`}>${t.embed}</a>
            </div>
          </form>`
      }`;
  }
}

customElements.define('admin-figures', AdminFigures);

declare global {
  interface HTMLElementTagNameMap {
    'admin-figures': AdminFigures;
  }
}
