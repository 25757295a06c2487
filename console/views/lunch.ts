/**
 * <admin-lunch>: the organisation's free-lunch schools, each school's daily reports (公示: meals,
 * money spent, menu, photo) and its closures. Prices and spending are typed in yuan and sent as
 * integer fen (string arithmetic). A report is corrected, never deleted: the public record only
 * gets more precise; a closure can be removed (asks once). A school may name a co-funder (e.g. the
 * county) who pays part of each meal or a sum each month; the form shows what donors then pay per meal.
 */
import { chinaDate } from '../../common/china-time.js';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ADMIN_ROUTES } from '../../common/admin-routes.js';
import type { AdminLunchClosure, AdminLunchReport, AdminLunchSchool } from '../../common/wire/admin-lunch.js';
import { ConsoleView } from '../ui/console-view.js';
import { field, typed } from '../ui/form-field.js';
import { fenToYuan, formatFen, yuanToFen, yuanToFenOrZero } from '../ui/money.js';
import { withItem } from '../ui/with-item.js';
import '../ui/confirm-button.js';
import { messages, type LunchMessages } from './lunch.i18n.js';
import { lunchStyles } from './lunch.styles.js';

/** The co-funding as typed in the school form, for the donors' price per meal shown beside it. */
interface CoDraft {
  mealPrice: string;
  perMeal: string;
  name: string;
}

/** Which form the last call came from, so its field errors show in that form only. */
type Scope = 'school' | 'report' | 'closure';

/** A count as typed; left as text when it is not a whole number, so the API names the field. */
const count = (s: string): number | string | undefined => (s === '' ? undefined : /^\d+$/.test(s) ? Number(s) : s);

export class AdminLunch extends ConsoleView<LunchMessages> {
  static override styles = [ConsoleView.styles, lunchStyles];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    schools: { state: true },
    editing: { state: true },
    selected: { state: true },
    reports: { state: true },
    closures: { state: true },
    reportEditing: { state: true },
    coDraft: { state: true },
  };
  declare private schools: AdminLunchSchool[] | undefined;
  /** The school form: 'new', a school id, or closed. */
  declare private editing: string | undefined;
  /** The school whose reports and closures are shown. */
  declare private selected: string | undefined;
  declare private reports: AdminLunchReport[] | undefined;
  declare private closures: AdminLunchClosure[] | undefined;
  /** The report form: 'new', a report id, or closed. */
  declare private reportEditing: string | undefined;
  declare private coDraft: CoDraft;
  protected override readonly messages = messages;

  constructor() {
    super();
    this.coDraft = { mealPrice: '', perMeal: '0', name: '' };
  }

  protected override async load(): Promise<void> {
    this.editing = this.selected = this.reportEditing = undefined;
    this.schools = undefined;
    this.clearErrors();
    const items = await this.fetchList<AdminLunchSchool>('/admin/lunch', { orgId: this.org });
    if (items) this.schools = items;
  }

  /** Amounts that are not yuan, refused before calling the API. */
  private refuseMoney(scope: Scope, paths: string[]): void {
    this.refuse(
      paths.map((path) => ({ path, message: this.t.badMoney })),
      scope,
    );
  }

  // ── Schools ──

  private openSchool(id: string | undefined): void {
    this.editing = id;
    this.clearErrors();
    const s = this.schools?.find((x) => x.id === id);
    this.coDraft = {
      mealPrice: s ? fenToYuan(s.mealPrice) : '',
      perMeal: s?.coFundedPerMeal ? fenToYuan(s.coFundedPerMeal) : '0',
      name: s?.coFunderName ?? '',
    };
    if (id) void this.focusAfterRender('form.school input');
  }

  private async saveSchool(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const mealText = typed(data, 'mealPrice');
    const fixedText = typed(data, 'monthlyFixedCost');
    const mealPrice = yuanToFen(mealText);
    const fixed = yuanToFenOrZero(fixedText);
    const perMeal = yuanToFenOrZero(typed(data, 'coFundedPerMeal'));
    const monthly = yuanToFenOrZero(typed(data, 'coFundedMonthly'));
    const coFunderName = typed(data, 'coFunderName') || null;
    const bad = [
      ...(mealText && mealPrice === null ? ['mealPrice'] : []),
      ...(fixed === null ? ['monthlyFixedCost'] : []),
      ...(perMeal === null ? ['coFundedPerMeal'] : []),
      ...(monthly === null ? ['coFundedMonthly'] : []),
    ];
    if (bad.length) return this.refuseMoney('school', bad);
    // The database refuses these too (a trigger); said here, at the field, before anything is sent.
    const price = mealPrice ?? this.schools?.find((x) => x.id === this.editing)?.mealPrice;
    if (price !== undefined && perMeal! >= price)
      return this.refuse([{ path: 'coFundedPerMeal', message: this.t.coPerMealTooHigh }], 'school');
    if ((perMeal! > 0 || monthly! > 0) && !coFunderName)
      return this.refuse([{ path: 'coFunderName', message: this.t.coNameNeeded }], 'school');
    const fields = {
      name: typed(data, 'name'),
      location: typed(data, 'location') || null,
      childrenCount: count(typed(data, 'childrenCount')),
      mealPrice: mealPrice ?? undefined,
      startsOn: typed(data, 'startsOn') || undefined,
      schoolDaysPerWeek: count(typed(data, 'schoolDaysPerWeek')),
      monthlyFixedCost: fixed,
      fixedCostLabel: typed(data, 'fixedCostLabel') || null,
      coFunderName,
      coFundedPerMeal: perMeal!,
      coFundedMonthly: monthly!,
    };
    const id = this.editing;
    const school =
      id === 'new'
        ? await this.run(
            () => this.api.send<AdminLunchSchool>('POST', '/admin/lunch', { orgId: this.org, ...fields }),
            'school',
          )
        : await this.run(
            () => this.api.send<AdminLunchSchool>('PATCH', `/admin/lunch/${encodeURIComponent(id!)}`, fields),
            'school',
          );
    if (!school) return;
    this.schools = withItem(this.schools, school);
    this.editing = undefined;
    this.showStatus(id === 'new' ? this.t.created(school.name) : this.t.saved);
  }

  private renderSchoolForm(s: AdminLunchSchool | undefined) {
    const t = this.t;
    const err = (p: string) => this.errorIn('school', p);
    const f = (
      name: string,
      label: string,
      value: string | number | null | undefined,
      more: Partial<Parameters<typeof field>[0]> = {},
    ) => field({ name, label, value, error: err(name), idPrefix: 'school', ...more });
    return html`<form class="editor school" novalidate @submit=${this.saveSchool} aria-labelledby="school-form-heading">
      <h3 id="school-form-heading">${s ? t.editSchool(s.name) : t.newSchool}</h3>
      ${s ? nothing : html`<p class="muted">${t.hints.newSchool}</p>`}
      ${f('name', t.fields.name, s?.name, { required: true })}
      ${f('location', t.fields.location, s?.location)}
      <div class="row">
        ${f('childrenCount', t.fields.childrenCount, s?.childrenCount, { type: 'number', inputmode: 'numeric', required: true })}
        ${f('mealPrice', t.fields.mealPrice, s ? fenToYuan(s.mealPrice) : '', {
          inputmode: 'decimal',
          hint: t.hints.mealPrice,
          required: true,
          onInput: (v) => (this.coDraft = { ...this.coDraft, mealPrice: v }),
        })}
      </div>
      <div class="row">
        ${f('startsOn', t.fields.startsOn, s?.startsOn, { type: 'date', required: true })}
        ${f('schoolDaysPerWeek', t.fields.schoolDaysPerWeek, String(s?.schoolDaysPerWeek ?? 5), {
          type: 'select',
          options: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ value: String(n), label: t.perWeek(n) })),
        })}
      </div>
      <div class="row">
        ${f('monthlyFixedCost', t.fields.monthlyFixedCost, s ? fenToYuan(s.monthlyFixedCost) : '0', {
          inputmode: 'decimal',
          hint: t.hints.monthlyFixedCost,
        })}
        ${f('fixedCostLabel', t.fields.fixedCostLabel, s?.fixedCostLabel)}
      </div>
      <fieldset class="co-funding" aria-describedby="co-funding-hint co-funding-price">
        <legend>${t.coFunding}</legend>
        <p class="hint" id="co-funding-hint">${t.hints.coFunding}</p>
        ${f('coFunderName', t.fields.coFunderName, s?.coFunderName, {
          hint: t.hints.coFunderName,
          onInput: (v) => (this.coDraft = { ...this.coDraft, name: v }),
        })}
        <div class="row">
          ${f('coFundedPerMeal', t.fields.coFundedPerMeal, s ? fenToYuan(s.coFundedPerMeal) : '0', {
            inputmode: 'decimal',
            hint: t.hints.coFundedPerMeal,
            onInput: (v) => (this.coDraft = { ...this.coDraft, perMeal: v }),
          })}
          ${f('coFundedMonthly', t.fields.coFundedMonthly, s ? fenToYuan(s.coFundedMonthly) : '0', { inputmode: 'decimal', hint: t.hints.coFundedMonthly })}
        </div>
        <p class="donor-price" id="co-funding-price">${this.donorPriceLine(s)}</p>
      </fieldset>
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.busy}>${s ? t.save : t.create}</button>
        <button type="button" @click=${() => this.openSchool(undefined)}>${t.cancel}</button>
      </div>
    </form>`;
  }

  /** "Donors pay ¥2.00 = ¥4.00 − 县财政 ¥2.00", from the form as typed (nothing while the amounts are not yuan). */
  private donorPriceLine(s: AdminLunchSchool | undefined) {
    const t = this.t;
    const d = this.coDraft;
    const currency = s?.currency ?? 'CNY';
    const meal = yuanToFen(d.mealPrice);
    const part = yuanToFenOrZero(d.perMeal);
    if (meal === null || part === null || part >= meal) return nothing;
    if (part === 0) return t.donorPriceFull(formatFen(meal, currency));
    return t.donorPrice(
      formatFen(meal - part, currency),
      formatFen(meal, currency),
      d.name.trim() || t.coFunderFallback,
      formatFen(part, currency),
    );
  }

  /** A school's co-funding in its row: who pays what, and what is left for donors per meal. */
  private renderCoFunding(s: AdminLunchSchool) {
    const t = this.t;
    if (!s.coFunderName || (!s.coFundedPerMeal && !s.coFundedMonthly)) return nothing;
    const parts = [
      s.coFundedPerMeal ? t.coPerMeal(s.coFunderName, formatFen(s.coFundedPerMeal, s.currency)) : '',
      s.coFundedMonthly ? t.coMonthly(s.coFunderName, formatFen(s.coFundedMonthly, s.currency)) : '',
      s.coFundedPerMeal ? t.donorShare(formatFen(s.mealPrice - s.coFundedPerMeal, s.currency)) : '',
    ].filter(Boolean);
    return html`<div class="muted co-funding">${parts.join(' · ')}</div>`;
  }

  private renderSchools(schools: AdminLunchSchool[]) {
    const t = this.t;
    if (schools.length === 0) return html`<p class="muted">${t.empty}</p>`;
    return html`<table class="schools">
      <caption class="visually-hidden">${t.schools}</caption>
      <thead>
        <tr>
          <th scope="col">${t.columns.name}</th><th scope="col" class="num">${t.columns.children}</th>
          <th scope="col" class="num">${t.columns.mealPrice}</th><th scope="col">${t.columns.startsOn}</th>
          <th scope="col">${t.columns.actions}</th>
        </tr>
      </thead>
      <tbody>
        ${schools.map(
          (s) => html`<tr data-id=${s.id} aria-current=${this.selected === s.id ? 'true' : 'false'}>
            <th scope="row">${s.name}${s.location ? html`<span class="sub">${s.location}</span>` : nothing}</th>
            <td class="num" data-label=${t.columns.children}>${s.childrenCount}</td>
            <td class="num" data-label=${t.columns.mealPrice}>${formatFen(s.mealPrice, s.currency)}${this.renderCoFunding(s)}</td>
            <td data-label=${t.columns.startsOn}>${s.startsOn} · ${t.perWeek(s.schoolDaysPerWeek)}</td>
            <td>
              <div class="actions">
                ${
                  this.can(ADMIN_ROUTES.editSchool)
                    ? html`<button type="button" class="edit" aria-label=${`${t.edit}: ${s.name}`} @click=${() => this.openSchool(s.id)}>${t.edit}</button>`
                    : nothing
                }
                <button type="button" class="open" aria-label=${`${t.open}: ${s.name}`} aria-expanded=${this.selected === s.id ? 'true' : 'false'} @click=${() => this.select(s.id)}>
                  ${t.open}
                </button>
                <a href=${`#/embed?kind=lunch&id=${encodeURIComponent(s.id)}`}>${t.embed}</a>
              </div>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  // ── Reports and closures of the selected school ──

  private async select(id: string): Promise<void> {
    if (this.selected === id) {
      this.selected = undefined;
      return;
    }
    this.selected = id;
    this.reportEditing = undefined;
    this.reports = this.closures = undefined;
    this.clearErrors();
    const base = `/admin/lunch/${encodeURIComponent(id)}`;
    try {
      const [reports, closures] = await Promise.all([
        this.api.get<{ items: AdminLunchReport[] }>(`${base}/reports`),
        this.api.get<{ items: AdminLunchClosure[] }>(`${base}/closures`),
      ]);
      if (this.selected !== id) return;
      this.reports = reports.items;
      this.closures = closures.items;
      await this.focusAfterRender('section.school-detail h3');
    } catch (e) {
      this.showError(e);
    }
  }

  private openReport(id: string | undefined): void {
    this.reportEditing = id;
    this.clearErrors();
    if (id) void this.focusAfterRender('form.report input');
  }

  private async saveReport(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const schoolId = this.selected!;
    const data = new FormData(e.target as HTMLFormElement);
    const spentText = typed(data, 'spent');
    const spent = yuanToFen(spentText);
    if (spentText && spent === null) return this.refuseMoney('report', ['spent']);
    const fields = {
      meals: count(typed(data, 'meals')),
      spent: spent ?? undefined,
      menu: typed(data, 'menu') || null,
      photoUrl: typed(data, 'photoUrl') || null,
    };
    const id = this.reportEditing;
    const base = `/admin/lunch/${encodeURIComponent(schoolId)}/reports`;
    const report =
      id === 'new'
        ? await this.run(
            () => this.api.send<AdminLunchReport>('POST', base, { date: typed(data, 'date'), ...fields }),
            'report',
          )
        : await this.run(
            () => this.api.send<AdminLunchReport>('PATCH', `${base}/${encodeURIComponent(id!)}`, fields),
            'report',
          );
    if (!report || this.selected !== schoolId) return;
    this.reports = withItem(this.reports, report).sort((a, b) => (a.date < b.date ? 1 : -1)); // newest first, as the API lists them
    this.reportEditing = undefined;
    this.showStatus(this.t.reportSaved(report.date));
  }

  private renderReportForm(r: AdminLunchReport | undefined) {
    const t = this.t;
    const err = (p: string) => this.errorIn('report', p);
    return html`<form class="editor report" novalidate @submit=${this.saveReport} aria-labelledby="report-form-heading">
      <h4 id="report-form-heading">${r ? t.editReport(r.date) : t.newReport}</h4>
      ${r ? nothing : field({ name: 'date', label: t.fields.date, type: 'date', value: chinaDate() /* today at the schools: the API refuses reports for later days */, required: true, error: err('date'), idPrefix: 'report' })}
      <div class="row">
        ${field({ name: 'meals', label: t.fields.meals, type: 'number', inputmode: 'numeric', value: r?.meals, required: true, error: err('meals'), idPrefix: 'report' })}
        ${field({
          name: 'spent',
          label: t.fields.spent,
          inputmode: 'decimal',
          value: r ? fenToYuan(r.spent) : '',
          hint: t.hints.spent,
          required: true,
          error: err('spent'),
          idPrefix: 'report',
        })}
      </div>
      ${field({ name: 'menu', label: t.fields.menu, type: 'textarea', value: r?.menu, error: err('menu'), idPrefix: 'report' })}
      ${field({ name: 'photoUrl', label: t.fields.photoUrl, type: 'url', value: r?.photoUrl, hint: t.hints.photoUrl, error: err('photoUrl'), idPrefix: 'report' })}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.busy}>${t.save}</button>
        <button type="button" @click=${() => this.openReport(undefined)}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private async addClosure(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const schoolId = this.selected!;
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const body = { startsOn: typed(data, 'startsOn'), endsOn: typed(data, 'endsOn'), label: typed(data, 'label') };
    const closure = await this.run(
      () => this.api.send<AdminLunchClosure>('POST', `/admin/lunch/${encodeURIComponent(schoolId)}/closures`, body),
      'closure',
    );
    if (!closure || this.selected !== schoolId) return;
    form.reset();
    this.closures = [...(this.closures ?? []), closure].sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1));
    this.showStatus(this.t.saved);
  }

  private async removeClosure(c: AdminLunchClosure): Promise<void> {
    const schoolId = this.selected!;
    const done = await this.run(
      () =>
        this.api.send('DELETE', `/admin/lunch/${encodeURIComponent(schoolId)}/closures/${encodeURIComponent(c.id)}`),
      'closure',
    );
    if (done === undefined || this.selected !== schoolId) return;
    this.closures = (this.closures ?? []).filter((x) => x.id !== c.id);
    this.showStatus(this.t.removed);
  }

  private renderDetail(s: AdminLunchSchool) {
    const t = this.t;
    const err = (p: string) => this.errorIn('closure', p);
    const reports = this.reports;
    const closures = this.closures;
    const editing = this.reportEditing;
    return html`<section class="school-detail" aria-labelledby="school-detail-heading">
      <h3 id="school-detail-heading" tabindex="-1">${t.reports(s.name)}</h3>
      ${
        editing !== undefined
          ? this.renderReportForm(reports?.find((r) => r.id === editing))
          : this.can(ADMIN_ROUTES.createReport)
            ? html`<div class="toolbar"><button type="button" class="primary new-report" @click=${() => this.openReport('new')}>${t.newReport}</button></div>`
            : nothing
      }
      ${
        !reports
          ? html`<p class="muted">${t.loading}</p>`
          : reports.length === 0
            ? html`<p class="muted">${t.noReports}</p>`
            : html`<table class="reports">
              <caption class="visually-hidden">${t.reports(s.name)}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.columns.date}</th><th scope="col" class="num">${t.columns.meals}</th>
                  <th scope="col" class="num">${t.columns.spent}</th><th scope="col">${t.columns.menu}</th><th scope="col">${t.columns.actions}</th>
                </tr>
              </thead>
              <tbody>
                ${reports.map(
                  (r) => html`<tr data-id=${r.id} data-date=${r.date}>
                    <th scope="row">${r.date}</th>
                    <td class="num" data-label=${t.columns.meals}>${r.meals}</td>
                    <td class="num" data-label=${t.columns.spent}>${formatFen(r.spent, s.currency)}</td>
                    <td data-label=${t.columns.menu}>${r.menu ?? ''}${r.photoUrl ? html` <a href=${r.photoUrl} target="_blank" rel="noopener">${t.photo}</a>` : nothing}</td>
                    <td>
                      <div class="actions">
                        ${
                          this.can(ADMIN_ROUTES.editReport)
                            ? html`<button type="button" class="edit-report" aria-label=${`${t.edit}: ${r.date}`} @click=${() => this.openReport(r.id)}>${t.edit}</button>`
                            : nothing
                        }
                      </div>
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`
      }

      <h3>${t.closures}</h3>
      ${
        !closures
          ? nothing
          : closures.length === 0
            ? html`<p class="muted">${t.noClosures}</p>`
            : html`<table class="closures">
              <caption class="visually-hidden">${t.closures}</caption>
              <thead><tr><th scope="col">${t.columns.period}</th><th scope="col">${t.columns.label}</th><th scope="col">${t.columns.actions}</th></tr></thead>
              <tbody>
                ${closures.map(
                  (c) => html`<tr data-id=${c.id}>
                    <th scope="row">${c.startsOn} – ${c.endsOn}</th>
                    <td data-label=${t.columns.label}>${c.label}</td>
                    <td>
                      ${
                        this.can(ADMIN_ROUTES.deleteClosure)
                          ? html`<confirm-button label=${t.remove} question=${t.ask.question} yes=${t.removeConfirm} no=${t.ask.no}
                            @confirm=${() => this.removeClosure(c)}></confirm-button>`
                          : nothing
                      }
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`
      }
      ${
        this.can(ADMIN_ROUTES.createClosure)
          ? html`<form class="editor closure" novalidate @submit=${this.addClosure} aria-labelledby="closure-form-heading">
            <h4 id="closure-form-heading">${t.newClosure}</h4>
            <div class="row">
              ${field({ name: 'startsOn', label: t.fields.closureStartsOn, type: 'date', required: true, error: err('startsOn'), idPrefix: 'closure' })}
              ${field({ name: 'endsOn', label: t.fields.closureEndsOn, type: 'date', required: true, error: err('endsOn'), idPrefix: 'closure' })}
              ${field({ name: 'label', label: t.fields.label, required: true, error: err('label'), idPrefix: 'closure' })}
            </div>
            <button type="submit" ?disabled=${this.busy}>${t.create}</button>
          </form>`
          : nothing
      }
    </section>`;
  }

  override render() {
    const t = this.t;
    const schools = this.schools;
    const editing = this.editing;
    const selected = schools?.find((s) => s.id === this.selected);
    return html`<h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderAlert()}
      ${
        editing !== undefined
          ? this.renderSchoolForm(schools?.find((s) => s.id === editing))
          : this.can(ADMIN_ROUTES.createSchool)
            ? html`<div class="toolbar"><button type="button" class="primary new-school" @click=${() => this.openSchool('new')}>${t.newSchool}</button></div>`
            : nothing
      }
      <h3>${t.schools}</h3>
      ${schools ? this.renderSchools(schools) : html`<p class="muted">${t.loading}</p>`}
      ${selected ? this.renderDetail(selected) : nothing}`;
  }
}

customElements.define('admin-lunch', AdminLunch);

declare global {
  interface HTMLElementTagNameMap {
    'admin-lunch': AdminLunch;
  }
}
