// <admin-embed>: the choices on one line, each snippet with its copy button, a full-width preview.
import { css } from 'lit';

export const embedStyles = css`
  form.choose .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  form.choose .field {
    flex: 1 1 14rem;
  }
  .snippet {
    display: grid;
    gap: 0.25rem;
    margin: 0 0 1rem;
    max-width: 60rem;
    justify-items: start;
  }
  .snippet label {
    font-weight: 600;
  }
  .snippet .hint {
    color: #57606a;
    font-size: 0.9em;
  }
  .snippet textarea {
    width: 100%;
    box-sizing: border-box;
    font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    padding: 0.4rem 0.5rem;
    border: 1px solid #8c959f;
    border-radius: 6px;
    background: #f6f8fa;
    resize: vertical;
  }
  dl.where {
    margin: 0 0 1rem;
    max-width: 60rem;
  }
  dl.where div {
    padding: 0.3rem 0;
    border-bottom: 1px solid #d0d7de;
  }
  dl.where dt {
    font-weight: 600;
  }
  dl.where dd {
    margin: 0.1rem 0 0;
  }
  iframe.preview {
    display: block;
    width: 100%;
    max-width: 60rem;
    border: 1px dashed #8c959f;
    border-radius: 8px;
    background: #fff;
  }
`;
