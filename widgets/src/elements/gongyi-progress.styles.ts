import { css } from 'lit';

/*
 * Every block of the card's main area has a fixed height in em, and the skeleton renders the same
 * blocks, so the element's box is the same size before and after the data arrives (no layout shift).
 * :host min-height reserves a lower bound even before the first render.
 */
export const progressStyles = css`
  /* The box grew by the matching line (3em and a gap) when matching funds came. */
  :host {
    min-height: 36.75em !important;
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
    display: flex;
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
  /*
   * What matching funds added: after the raised part, its own colour and a thin gap between the two.
   * The default gold stands out 3:1 from the bar's track in the light and the dark palette alike.
   */
  .matched {
    background: var(--gongyi-color-matched, #a67c00);
    border-inline-start: 2px solid var(--_bg);
  }
  /*
   * The running funds' line and who matches: two rows reserved (three in elder type), always, so the
   * card is the same with or without a fund; what does not fit ends in an ellipsis.
   */
  .match {
    height: 3em;
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
  }
  :host([elder]) .match {
    height: 4.5em;
    -webkit-line-clamp: 3;
  }
  .logo {
    width: 1.25em;
    height: 1.25em;
    object-fit: contain;
    vertical-align: -0.25em;
    margin-inline-end: 0.25em;
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
    gap: 0.5em;
    margin-top: auto;
  }
  /* The give (or no-gifts) box takes the row; the share link beside it only its own width. */
  .actions > :first-child {
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
