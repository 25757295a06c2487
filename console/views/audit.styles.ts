// <admin-audit>: compact change lists; the full snapshots wrap rather than widen the table.
import { css } from 'lit';

export const auditStyles = css`
  .changes {
    margin: 0;
    padding-left: 1.1rem;
  }
  .changes .change-field {
    font-weight: 600;
  }
  .changes .was {
    color: #82071e;
    text-decoration: line-through;
  }
  .changes .now {
    color: #116329;
  }
  /* The stored snapshots, for an auditor: wrapped to the width there is, never a scroller. */
  .snapshots-toggle {
    margin-top: 0.25rem;
    font-size: 0.9em;
    padding: 0.15rem 0.6rem;
  }
  .snapshots pre {
    max-width: 48rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: #f6f8fa;
    padding: 0.5rem;
    border-radius: 6px;
    font-size: 0.85em;
  }
  .snapshots .snapshot-title {
    margin: 0.5rem 0 0.25rem;
    font-weight: 600;
  }
  td p {
    margin: 0 0 0.25rem;
  }
`;
