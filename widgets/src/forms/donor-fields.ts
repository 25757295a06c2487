import { html, type TemplateResult } from 'lit';
import type { GivingFormMessages } from './giving-form.i18n.js';

/** The optional donor fields of every giving form; donorDetails() (idempotent-post.ts) reads them back. */
export const donorFields = (t: GivingFormMessages): TemplateResult => html`<label>
    <span>${t.name}<span class="hint">${t.optional}</span></span>
    <input name="name" maxlength="50" autocomplete="name" part="input" />
  </label>
  <label class="check"><input type="checkbox" name="anonymous" /> ${t.anonymous}</label>
  <label>
    <span>${t.message}<span class="hint">${t.optional}</span></span>
    <textarea name="message" maxlength="200" rows="2" part="input"></textarea>
  </label>
  <label>
    <span>${t.contact}<span class="hint">${t.optional}</span></span>
    <input name="contact" maxlength="100" autocomplete="tel" part="input" aria-describedby="contact-hint" />
    <span class="hint" id="contact-hint">${t.contactHint}</span>
  </label>`;

/**
 * The form's submit button: names the formatted amount once there is one (in `submit`'s words, e.g.
 * a monthly gift's), and says when it is sending.
 */
export const giveButton = (
  t: GivingFormMessages,
  sending: boolean,
  amount: string | null,
  submit = t.submit,
): TemplateResult =>
  html`<button class="btn" type="submit" part="submit" ?disabled=${sending} aria-busy=${String(sending)}>
    ${sending ? t.sending : amount ? submit(amount) : t.submitNoAmount}
  </button>`;
