/**
 * <copy-button .text=${code} label="复制" copied="已复制">: copies a text to the clipboard and says
 * so through aria-live. Where the Clipboard API is refused (no permission, insecure context) it
 * falls back to selecting the text in a hidden textarea with execCommand('copy').
 */
import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { inlineButtonStyles } from './inline-button.styles.js';

export class CopyButton extends LitElement {
  static override properties: PropertyDeclarations = {
    text: { attribute: false },
    label: {},
    copied: {},
    failed: {},
    message: { state: true },
  };
  declare text: string;
  declare label: string;
  declare copied: string;
  declare failed: string;
  declare private message: string;

  static override styles = [
    inlineButtonStyles,
    css`
      :host {
        display: inline-flex;
        gap: 0.5rem;
        align-items: center;
      }
      .done {
        color: #1a7f37;
      }
    `,
  ];

  constructor() {
    super();
    this.text = '';
    this.label = 'Copy';
    this.copied = 'Copied';
    this.failed = 'Copy failed: select the text and press Ctrl+C';
    this.message = '';
  }

  override render() {
    return html`<button type="button" @click=${this.copy}>${this.label}</button
      ><span class="done" aria-live="polite">${this.message}</span>`;
  }

  private async copy() {
    let ok = false;
    try {
      await navigator.clipboard.writeText(this.text);
      ok = true;
    } catch {
      ok = this.fallbackCopy();
    }
    this.message = ok ? this.copied : this.failed;
    this.dispatchEvent(new CustomEvent(ok ? 'copied' : 'copy-failed', { bubbles: true, composed: true }));
  }

  private fallbackCopy(): boolean {
    const area = document.createElement('textarea');
    area.value = this.text;
    area.setAttribute('readonly', '');
    area.className = 'copy-fallback';
    this.renderRoot.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);

declare global {
  interface HTMLElementTagNameMap {
    'copy-button': CopyButton;
  }
}
