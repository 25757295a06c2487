import { css } from 'lit';

/*
 * Every block of the card's main area has a fixed height in em, and the skeleton renders the same
 * blocks, so the element's box is the same size before and after the data arrives (no layout shift).
 * :host min-height reserves a lower bound even before the first render.
 */
export const progressStyles = css`
  :host {
    min-height: 33em !important;
  }
  .title {
    font-size: 1.125em;
    line-height: 1.4;
    height: 1.4em;
    font-weight: 700;
  }
  /*
   * The recipient line: name, then filing number, on one row where they fit and on two where they do
   * not (two rows reserved, so skeleton and card match); each ends in an ellipsis only if it alone is
   * too long for a row. Elder type: the filing number's link (a 60 px target) may take a row of its own.
   */
  .recipient {
    display: flex;
    flex-wrap: wrap;
    align-content: flex-start;
    column-gap: 1em;
    height: 3em;
    font-size: max(0.875em, var(--_mtext));
    color: var(--_muted);
  }
  /* Inside a clipped line the focus ring goes inwards, where it stays whole. */
  .recipient a {
    outline-offset: -3px;
  }
  :host([elder]) .recipient {
    height: calc(3em + var(--_target));
  }
  :host([elder]) .recipient > span + span {
    display: flex;
    flex-wrap: wrap;
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
  }
  /* The spending list folds into one summary row (its box reserved, empty when there is none to show). */
  .spending {
    --_row: 1.75em;
    min-height: var(--_row);
  }
  :host([elder]) .spending {
    --_row: var(--_target);
  }
  summary {
    line-height: var(--_row);
    color: var(--_accent);
    cursor: pointer;
  }
  .spending ul {
    list-style: none;
  }
  .spending li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    padding-block: 0.25em;
    border-top: 1px solid var(--_border);
  }
  /* Opened by the reader, the list may grow: entries wrap rather than hide words. */
  .spending li > :first-child {
    flex: 1;
  }
  .spending li > .muted {
    flex-basis: 100%;
    font-size: max(0.875em, var(--_mtext));
  }
  .actions {
    display: flex;
    margin-top: auto;
  }
  .actions > * {
    flex: 1;
  }
  /* The no-gifts note takes the give button's place and height: nothing moves from the skeleton's button. */
  .no-gifts {
    min-height: var(--_target);
    display: grid;
    place-items: center;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .sk.btn {
    height: var(--_target);
    border: 0;
  }
`;
