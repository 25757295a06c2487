import { css } from 'lit';

/* Fixed-height blocks shared by the skeleton and the loaded card: the box does not move when data arrives. */
export const projectStyles = css`
  :host {
    min-height: 40em !important;
  }
  .cover {
    aspect-ratio: 2 / 1;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    overflow: hidden;
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--_muted);
    font-size: 1.5em;
    font-weight: 700;
  }
  .cover img {
    width: 100%;
    height: 100%;
    object-fit: cover;
    display: block;
  }
  .title {
    font-size: 1.25em;
    line-height: 1.4;
    height: 2.8em;
    font-weight: 700;
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .org {
    height: 1.5em;
  }
  .summary {
    height: 3em;
  }
  .meta {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: 0.5em;
  }
  .meta > div {
    height: 3em;
    min-width: 0;
  }
  .meta dt {
    font-size: max(0.875em, var(--_mtext));
    color: var(--_muted);
  }
  .meta dd {
    font-weight: 600;
  }
  section {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    height: 1.75em;
  }
  h3 {
    font-size: 1em;
  }
  ol,
  ul {
    list-style: none;
  }
  .timeline ol {
    min-height: 10.5em;
  }
  .links ul {
    min-height: 3.5em;
  }
  li {
    height: 1.75em;
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  li > .line {
    flex: 1;
    min-width: 0;
  }
  .mark {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    border-radius: 50%;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    font-size: max(0.875em, var(--_mtext));
    border: 2px solid var(--_accent);
    color: var(--_on-accent);
  }
  .done .mark {
    background: var(--_accent);
  }
  .doing .mark::before {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background: var(--_accent);
  }
  .planned .mark {
    border-color: var(--_muted);
    border-style: dashed;
  }
  .doing .t {
    color: var(--_accent);
  }
  .planned {
    color: var(--_muted);
  }
  .t {
    font-weight: 600;
  }
  time {
    flex: none;
    font-size: max(0.875em, var(--_mtext));
    color: var(--_muted);
  }
`;
