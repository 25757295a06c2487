// <admin-monthly>: a plan with failed payments stands out (the words say so too, not the colour alone).
import { css } from 'lit';

export const monthlyStyles = css`
  tr.failing > * {
    background: #fff8c5;
  }
  .failures strong {
    color: #82071e;
  }
  .failures div {
    font-size: 0.9em;
    white-space: normal;
  }
  tr[data-status='ended'] .plan-status {
    color: #57606a;
  }
  .plan-status {
    white-space: nowrap;
  }
  .privacy {
    font-size: 0.95em;
  }
`;
