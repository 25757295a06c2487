import { css } from 'lit';

/** The claim dialog of <gongyi-wishes>: a native modal <dialog>, big targets, visible labels. */
export const claimStyles = css`
  /* Takes no room in the board: only the modal dialog (top layer) is ever seen. */
  :host {
    display: contents !important;
  }
  dialog {
    width: min(34em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    overflow: auto;
    padding: 0;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Elder mode: opened with show(), in the page's flow rather than over it. */
  :host([elder]) dialog {
    position: static;
    width: auto;
    max-height: none;
    margin: 1em 0 0;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dlg,
  form {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .dlg {
    padding: 1.25em;
  }
  h3 {
    font-size: 1.25em;
  }
  .wish {
    padding: 0.75em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  .next h4 {
    font-size: 1em;
  }
  .next ol {
    padding-inline-start: 1.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
  }
  .result h4 {
    color: var(--_ok);
    font-size: 1.125em;
  }
`;
