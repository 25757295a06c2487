/**
 * <confirm-button label="确认到账" question="确定？" yes="是" no="否">: a button that asks once.
 * The first activation replaces it with an inline "question [yes] [no]" (focus moves to yes, which
 * the question describes, so a screen reader hears what is being confirmed);
 * yes fires `confirm` (bubbling, composed), no or Escape goes back to the button.
 */
import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { inlineButtonStyles } from './inline-button.styles.js';

export class ConfirmButton extends LitElement {
  static override properties: PropertyDeclarations = {
    label: {},
    question: {},
    yes: {},
    no: {},
    disabled: { type: Boolean, reflect: true },
    asking: { state: true },
  };
  declare label: string;
  declare question: string;
  declare yes: string;
  declare no: string;
  declare disabled: boolean;
  declare private asking: boolean;

  static override styles = [
    inlineButtonStyles,
    css`
      :host {
        display: inline-flex;
        gap: 0.35rem;
        align-items: center;
      }
      /* A question that names the gift is a sentence: it wraps, the buttons follow it. */
      span[role='group'] {
        display: inline-flex;
        flex-wrap: wrap;
        gap: 0.35rem;
        align-items: center;
        white-space: normal;
      }
      button {
        white-space: nowrap;
      }
      button.yes {
        background: #1a7f37;
        border-color: #1a7f37;
        color: #fff;
      }
      button:disabled {
        opacity: 0.6;
      }
    `,
  ];

  constructor() {
    super();
    this.label = '';
    this.question = '?';
    this.yes = 'Yes';
    this.no = 'No';
    this.disabled = false;
    this.asking = false;
  }

  override render() {
    if (!this.asking) {
      return html`<button type="button" class="ask" ?disabled=${this.disabled} @click=${this.ask}>${this.label}</button>`;
    }
    return html`<span role="group" aria-label=${this.label} @keydown=${this.onKey}>
      <span class="question" id="question">${this.question}</span>
      <button type="button" class="yes" aria-describedby="question" @click=${this.confirm}>${this.yes}</button>
      <button type="button" class="no" @click=${this.back}>${this.no}</button>
    </span>`;
  }

  private async ask() {
    this.asking = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button.yes')?.focus();
  }

  private confirm() {
    this.asking = false;
    this.dispatchEvent(new CustomEvent('confirm', { bubbles: true, composed: true }));
  }

  private async back() {
    this.asking = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button.ask')?.focus();
  }

  private onKey(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      void this.back();
    }
  }
}

if (!customElements.get('confirm-button')) customElements.define('confirm-button', ConfirmButton);

declare global {
  interface HTMLElementTagNameMap {
    'confirm-button': ConfirmButton;
  }
}
