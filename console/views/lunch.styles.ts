// <admin-lunch>: paired fields side by side; the selected school and its detail panel stand out.
import { css } from 'lit';

export const lunchStyles = css`
  form .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  form .row .field {
    flex: 1 1 12rem;
  }
  h4 {
    margin: 0 0 0.5rem;
  }
  tr[aria-current='true'] > * {
    background: #ddf4ff;
  }
  fieldset.co-funding .hint {
    color: #57606a;
    font-size: 0.9em;
    margin: 0 0 0.5rem;
  }
  .donor-price {
    font-weight: 600;
    margin: 0;
  }
  td .co-funding {
    font-size: 0.9em;
    white-space: normal;
    text-align: left;
  }
  section.school-detail {
    border-top: 3px solid #0969da;
    margin-top: 1.5rem;
    padding-top: 0.5rem;
  }
`;
