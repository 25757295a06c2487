// <admin-spending>: raised, spent and balance side by side, large enough to read at a glance.
import { css } from 'lit';

export const spendingStyles = css`
  .figures dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 2rem;
    margin: 0.5rem 0 1rem;
  }
  .figures dt {
    color: #57606a;
  }
  .figures dd {
    margin: 0;
    font-size: 1.3rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
`;
