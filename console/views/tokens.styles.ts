// <admin-tokens>: the one-time secret stands out, and its text is easy to select whole.
import { css } from 'lit';

export const tokensStyles = css`
  .secret {
    border: 2px solid #bf8700;
    background: #fff8c5;
    border-radius: 8px;
    padding: 1rem;
    margin: 0.75rem 0;
    max-width: 48rem;
  }
  .secret h3 {
    margin-top: 0;
  }
  .secret label {
    display: block;
    font-weight: 600;
  }
  .secret textarea {
    display: block;
    width: 100%;
    box-sizing: border-box;
    font: 14px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    padding: 0.4rem 0.5rem;
    border: 1px solid #8c959f;
    border-radius: 6px;
    resize: none;
    word-break: break-all;
  }
`;
