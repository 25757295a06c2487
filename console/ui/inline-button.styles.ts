// The small buttons of <confirm-button> and <copy-button>, which sit inline in table rows and forms.
import { css } from 'lit';

export const inlineButtonStyles = css`
  button {
    font: inherit;
    padding: 0.3rem 0.8rem;
    border-radius: 6px;
    border: 1px solid #8c959f;
    background: #f6f8fa;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid #0969da;
    outline-offset: 2px;
  }
`;
