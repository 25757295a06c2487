// <admin-figures>: one fieldset per figure, its controls on one wrapping line.
import { css } from 'lit';

export const figuresStyles = css`
  fieldset.figure .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: flex-start;
  }
  fieldset.figure .field {
    flex: 1 1 9rem;
    margin-bottom: 0.5rem;
  }
  .check {
    display: flex;
    gap: 0.35rem;
    align-items: center;
  }
  .check input {
    width: 1.1rem;
    height: 1.1rem;
  }
  .spacer {
    flex: 1;
  }
`;
