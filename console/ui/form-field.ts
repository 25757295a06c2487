/**
 * One labelled form control plus its hint and the API's error for it. The control's `name` is the
 * API path of the field ('title', 'sourceLinks.0.url'), so `new FormData(form)` reads the values and
 * `errorFor(name)` finds the error; the error is tied to the control with aria-describedby.
 */
import { html, nothing, type TemplateResult } from 'lit';
// Only 'lit' itself, no lit/directives/*: the widgets' shared chunk holds lit, and a directive
// imported here would be bundled into it and grow the embeddable widgets' download.

export interface FieldOption {
  value: string;
  label: string;
}

export interface FieldOptions {
  /** API path of the field; also the control's name. */
  name: string;
  label: string;
  value?: string | number | null | undefined;
  type?:
    'text' | 'url' | 'number' | 'date' | 'datetime-local' | 'email' | 'password' | 'textarea' | 'select' | 'checkbox';
  /** A checkbox's state; when ticked, FormData holds `name` = "true" (absent when not). */
  checked?: boolean;
  options?: FieldOption[];
  required?: boolean;
  hint?: string;
  /** The API's message for this field (from ConsoleView.errorFor). */
  error?: string | undefined;
  placeholder?: string;
  inputmode?: 'decimal' | 'numeric' | 'text' | 'url';
  autocomplete?: string;
  /** Makes ids unique when one view shows several forms with the same field names. */
  idPrefix?: string;
  onInput?: (value: string) => void;
}

/** A control's value as typed, trimmed ('' when the form has no such control). */
export function typed(data: FormData, name: string): string {
  return String(data.get(name) ?? '').trim();
}

/** An attribute that is left out when there is no value. */
const opt = <T>(v: T | undefined) => v ?? nothing;

const idOf = (prefix: string | undefined, name: string) => `${prefix ?? 'f'}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function field(o: FieldOptions): TemplateResult {
  const id = idOf(o.idPrefix, o.name);
  const describedBy = [o.hint ? id + '-hint' : '', o.error ? id + '-error' : ''].filter(Boolean).join(' ') || undefined;
  const value = o.value === null || o.value === undefined ? '' : String(o.value);
  const invalid = o.error ? 'true' : undefined;
  const input = (e: Event) => o.onInput?.((e.target as HTMLInputElement).value);
  if (o.type === 'checkbox') {
    // The box before its label, as people expect; hint and error below, tied like the others'.
    return html`<div class="field check">
      <span class="control">
        <input
          id=${id}
          name=${o.name}
          type="checkbox"
          value="true"
          aria-invalid=${opt(invalid)}
          aria-describedby=${opt(describedBy)}
          .checked=${!!o.checked}
          @change=${(e: Event) => o.onInput?.((e.target as HTMLInputElement).checked ? 'true' : '')}
        />
        <label for=${id}>${o.label}</label>
      </span>
      ${o.hint ? html`<span class="hint" id=${id + '-hint'}>${o.hint}</span>` : nothing}
      ${o.error ? html`<span class="error" id=${id + '-error'}>${o.error}</span>` : nothing}
    </div>`;
  }
  let control: TemplateResult;
  if (o.type === 'textarea') {
    control = html`<textarea
      id=${id}
      name=${o.name}
      ?required=${o.required}
      aria-invalid=${opt(invalid)}
      aria-describedby=${opt(describedBy)}
      placeholder=${opt(o.placeholder)}
      .value=${value}
      @input=${input}
    ></textarea>`;
  } else if (o.type === 'select') {
    control = html`<select
      id=${id}
      name=${o.name}
      ?required=${o.required}
      aria-invalid=${opt(invalid)}
      aria-describedby=${opt(describedBy)}
      @change=${input}
    >
      ${(o.options ?? []).map((choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`)}
    </select>`;
  } else {
    control = html`<input
      id=${id}
      name=${o.name}
      type=${o.type ?? 'text'}
      ?required=${o.required}
      aria-invalid=${opt(invalid)}
      aria-describedby=${opt(describedBy)}
      placeholder=${opt(o.placeholder)}
      inputmode=${opt(o.inputmode)}
      autocomplete=${opt(o.autocomplete)}
      .value=${value}
      @input=${input}
    />`;
  }
  return html`<div class="field">
    <label for=${id}>${o.label}</label>
    ${control}
    ${o.hint ? html`<span class="hint" id=${id + '-hint'}>${o.hint}</span>` : nothing}
    ${o.error ? html`<span class="error" id=${id + '-error'}>${o.error}</span>` : nothing}
  </div>`;
}
