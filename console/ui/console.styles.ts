// The stylesheet every console view shares: readable type, visible focus, forms, errors, and the
// one table pattern (./table.styles.ts).
import { css, type CSSResult } from 'lit';
import { tableStyles } from './table.styles.js';

const baseStyles = css`
  :host {
    display: block;
    color: var(--admin-fg, #1f2328);
    font: 15px/1.6 system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif;
  }
  h2 {
    font-size: 1.3rem;
    margin: 0 0 0.75rem;
  }
  h3 {
    font-size: 1.1rem;
    margin: 1.25rem 0 0.5rem;
  }
  p.intro,
  .muted {
    color: #57606a;
  }
  a {
    color: #0550ae;
  }
  :focus-visible {
    outline: 3px solid #0969da;
    outline-offset: 2px;
  }
  button {
    font: inherit;
    padding: 0.35rem 0.9rem;
    border-radius: 6px;
    border: 1px solid #8c959f;
    background: #f6f8fa;
    color: inherit;
    cursor: pointer;
  }
  button.primary {
    background: #1a7f37;
    border-color: #1a7f37;
    color: #fff;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .toolbar,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0.75rem 0;
  }
  form.editor,
  fieldset {
    border: 1px solid #d0d7de;
    border-radius: 8px;
    padding: 1rem;
    margin: 0.75rem 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin: 0 0 0.8rem;
    max-width: 40rem;
  }
  .field label {
    font-weight: 600;
  }
  /* A long option (a campaign's title) or value never makes a field wider than its place. */
  .field {
    min-width: 0;
  }
  .field input,
  .field select,
  .field textarea {
    max-width: 100%;
    box-sizing: border-box;
    font: inherit;
    padding: 0.35rem 0.5rem;
    border: 1px solid #8c959f;
    border-radius: 6px;
    background: #fff;
    color: inherit;
  }
  .field.check .control {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .field input[type='checkbox'] {
    width: 1.15rem;
    height: 1.15rem;
    margin: 0;
    padding: 0;
    accent-color: #1a7f37;
  }
  .field textarea {
    min-height: 6rem;
    resize: vertical;
  }
  .field [aria-invalid='true'] {
    border-color: #cf222e;
    box-shadow: 0 0 0 1px #cf222e;
  }
  .field .hint {
    color: #57606a;
    font-size: 0.9em;
  }
  .field .error,
  .row-error {
    color: #cf222e;
    font-weight: 600;
  }
  .rows .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
  }
  .rows .row .field {
    flex: 1 1 12rem;
  }
  .alert {
    border: 1px solid #cf222e;
    background: #ffebe9;
    color: #82071e;
    border-radius: 6px;
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0;
  }
  .status {
    color: #1a7f37;
    min-height: 1.6em;
  }
  .status:empty {
    min-height: 0;
    margin: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

export const consoleStyles: CSSResult[] = [baseStyles, tableStyles];
