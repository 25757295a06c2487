// <admin-monthly>: a plan with failed payments stands out (the words say so too, not the colour alone).
import { css } from 'lit';

export const monthlyStyles = css`
  tr.failing > * {
    background: #fff8c5;
  }
  td.failures strong {
    color: #82071e;
  }
  td.failures div {
    font-size: 0.9em;
  }
  tr[data-status='ended'] .plan-status {
    color: #57606a;
  }
  /* A wide table: keep names, states and the end button whole rather than one character a line. */
  td.num,
  td.next-due,
  th[scope='row'],
  .plan-status,
  td confirm-button {
    white-space: nowrap;
  }
  .privacy {
    font-size: 0.95em;
  }
`;
