import { css } from 'lit';

/** Labelled fields of every giving or claiming form: visible labels, big targets, clear errors. */
export const fieldStyles = css`
  label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    font-weight: 600;
  }
  input,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4em 0.6em;
    min-height: var(--_target);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .hint {
    font-size: max(0.875em, var(--_mtext));
    font-weight: 400;
    color: var(--_muted);
  }
  .err {
    color: var(--_danger);
    font-weight: 600;
  }
  .err ul {
    padding-inline-start: 1.25em;
  }
`;
