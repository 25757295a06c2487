// <admin-matching>: paired fields side by side, the campaigns as a list of boxes, a fund's state at a glance.
import { css } from 'lit';

export const matchingStyles = css`
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
  section + section {
    margin-top: 1.5rem;
  }
  .matcher-name {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
  }
  .matcher-name img {
    object-fit: contain;
  }
  td.campaigns ul {
    margin: 0;
    padding-left: 1.1rem;
  }
  td.ratio {
    white-space: nowrap;
  }
  .state {
    font-weight: 600;
  }
  /* Words say the state; the colour only repeats it. */
  .state-running {
    color: #1a7f37;
  }
  .state-exhausted,
  .state-ended {
    color: #57606a;
  }
  fieldset.choices {
    max-width: 40rem;
  }
  fieldset.choices .hint {
    color: #57606a;
    font-size: 0.9em;
    margin: 0 0 0.4rem;
  }
  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin: 0.25rem 0;
  }
  .choice input {
    width: 1.15rem;
    height: 1.15rem;
    margin: 0;
    accent-color: #1a7f37;
  }
  fieldset.choices .error {
    color: #cf222e;
    font-weight: 600;
    margin: 0.4rem 0 0;
  }
  .choice input[aria-invalid='true'] {
    outline: 2px solid #cf222e;
  }
`;
