// <admin-wishes>: status badges, private data marked as such, the inline release / fulfil form.
import { css } from 'lit';

export const wishesStyles = css`
  .filter .field {
    max-width: 16rem;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: 999px;
    border: 1px solid #8c959f;
    white-space: nowrap;
  }
  .badge.open {
    border-color: #0969da;
    color: #0550ae;
  }
  .badge.claimed {
    border-color: #bf8700;
    color: #7d4e00;
  }
  .badge.fulfilled {
    border-color: #1a7f37;
    color: #116329;
  }
  .private {
    color: #6e4b00;
  }
  .private-note {
    border-left: 4px solid #bf8700;
    padding-left: 0.5rem;
  }
  th .muted,
  th .story {
    font-weight: normal;
  }
  .story {
    margin-top: 0.25rem;
    max-width: 36rem;
  }
  .thanks {
    color: #116329;
    margin-top: 0.25rem;
  }
  tr.action-row td {
    background: #f6f8fa;
  }
  form.action {
    margin: 0;
  }
`;
