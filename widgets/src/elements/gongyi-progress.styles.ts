import { css } from 'lit';

/*
 * Every block of the card's main area has a fixed height in em, and the skeleton renders the same
 * blocks, so the element's box is the same size before and after the data arrives (no layout shift).
 * :host min-height reserves a lower bound even before the first render.
 */
export const progressStyles = css`
  :host {
    min-height: 23em !important;
  }
  .title {
    font-size: 1.125em;
    line-height: 1.4;
    height: 1.4em;
    font-weight: 700;
  }
  .figure {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    height: 2.5em;
  }
  .big {
    font-size: 1.75em;
    line-height: 1.3;
    font-weight: 700;
    color: var(--_accent);
  }
  .pct {
    margin-inline-start: auto;
    font-weight: 700;
  }
  .bar {
    height: 0.75em;
    border-radius: 0.375em;
    background: var(--_surface);
    overflow: hidden;
    outline: 1px solid var(--_border);
  }
  .fill {
    height: 100%;
    width: 0;
    background: var(--_accent);
    transition: width 0.6s ease-out;
  }
  :host([elder]) .fill {
    transition: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }
  .stats {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7.5em, 1fr));
    gap: 0.5em;
  }
  .stats > div {
    height: 3em;
    display: flex;
    flex-direction: column-reverse;
    justify-content: flex-end;
    min-width: 0;
  }
  .stats dt {
    font-size: max(0.875em, var(--_mtext));
    color: var(--_muted);
  }
  .stats dd {
    font-weight: 700;
  }
  .donors {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .donors-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    height: 1.75em;
  }
  .donors h4 {
    font-size: 1em;
  }
  .donors ul {
    list-style: none;
    min-height: 5.25em;
  }
  .donors li {
    height: 1.75em;
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .donors li .who {
    flex: 1;
    min-width: 0;
  }
  .actions {
    display: flex;
    margin-top: auto;
  }
  .actions > * {
    flex: 1;
  }
  .sk.btn {
    display: block;
    height: var(--_target);
    width: 100%;
    border: 0;
  }
`;
