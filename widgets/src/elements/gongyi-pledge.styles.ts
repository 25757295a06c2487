import { css } from 'lit';

/** The pledge form inside <gongyi-progress>: big targets, visible labels, clear states. */
export const pledgeStyles = css`
  :host {
    margin-top: 0.25em;
  }
  form,
  .pledge {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  fieldset {
    border: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  legend {
    font-weight: 700;
    margin-bottom: 0.5em;
    padding: 0;
  }
  .tier {
    min-height: var(--_target);
    min-width: 6em;
    padding: 0.25em 0.75em;
    border-radius: var(--_radius);
    border: 2px solid var(--_border);
    background: var(--_bg);
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
  }
  .tier small {
    font-size: max(0.8125em, var(--_mtext));
    color: var(--_muted);
  }
  .tier[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  label.check {
    flex-direction: row;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_target);
  }
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    accent-color: var(--_accent);
  }
  /* A class, not :empty: Lit's markers and whitespace make an empty live region non-empty. */
  .result.shown {
    padding: 0.75em;
    border-radius: var(--_radius);
    border: 2px solid var(--_ok);
  }
  .result h4 {
    color: var(--_ok);
    font-size: 1.125em;
  }
  /* What the chosen amount becomes with the matching funds. */
  .becomes {
    min-height: 1.5em;
    font-weight: 700;
    color: var(--_accent);
  }
  /* The shorthand keeps the card's line height (elder mode measures it). */
  .ref {
    font: 700 1.25em / 1.5 ui-monospace, monospace;
    letter-spacing: 0.05em;
    /* GY-7K2M9X4Q is one thing to copy and quote: never split at its hyphen. */
    white-space: nowrap;
  }
  .instructions {
    white-space: pre-line;
  }
`;
