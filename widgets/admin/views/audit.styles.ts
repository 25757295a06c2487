// <admin-audit>: compact change lists; full snapshots scroll rather than widen the table.
import { css } from 'lit';

export const auditStyles = css`
  .changes {
    margin: 0;
    padding-left: 1.1rem;
  }
  .changes .was {
    color: #82071e;
    text-decoration: line-through;
  }
  .changes .now {
    color: #116329;
  }
  details pre {
    max-width: 36rem;
    max-height: 20rem;
    overflow: auto;
    background: #f6f8fa;
    padding: 0.5rem;
    border-radius: 6px;
    font-size: 0.85em;
  }
  details h4 {
    margin: 0.5rem 0 0.25rem;
    font-size: 0.95em;
  }
  td p {
    margin: 0 0 0.25rem;
  }
`;
