import { css } from 'lit';

/*
 * Every block has a fixed height in em (lists a fixed minimum of three rows), and the skeleton
 * renders the same blocks, so the box does not move when the data arrives (no layout shift).
 * :host min-height is a lower bound reserved before the first render.
 */
export const lunchStyles = css`
  :host {
    min-height: 49.25em !important;
  }
  .title {
    font-size: 1.125em;
    line-height: 1.4;
    height: 1.4em;
    font-weight: 700;
  }
  /* .cofund: who co-funds the meals, one row, always there (empty without co-funding); two rows in elder type. */
  .loc,
  .cofund {
    height: 1.5em;
  }
  .loc,
  .recipient {
    font-size: max(0.875em, var(--_mtext));
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
  .through {
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .lead,
  .sub {
    height: 1.5em;
  }
  .big {
    height: 1.3em;
    font-size: 1.5em;
    line-height: 1.3;
    font-weight: 700;
    color: var(--_accent);
  }
  .sec-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    height: 1.75em;
  }
  h4 {
    font-size: 1em;
    white-space: nowrap;
  }
  .legend {
    font-size: max(0.8125em, var(--_mtext));
    white-space: nowrap;
    overflow: hidden;
  }
  .key {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline: 0.4em 0.2em;
    vertical-align: -0.1em;
    border: 1px dashed var(--_muted);
    border-radius: 0.2em;
  }
  /* Two rows of five: a school fortnight. Funded days are filled, open days dashed (not colour alone). */
  .days {
    list-style: none;
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    grid-auto-rows: 2.75em;
    gap: 0.25em;
    height: 5.75em;
  }
  .day {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-width: 0;
    overflow: hidden;
    border: 1px dashed var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    line-height: var(--_lh, 1.2);
    white-space: nowrap;
  }
  .day .wd {
    font-size: max(0.75em, var(--_mtext));
  }
  .day .dm {
    font-size: max(0.875em, var(--_mtext));
    font-weight: 700;
  }
  /* A funded day and its key in the legend (after .day and .key: this border wins). */
  .funded {
    background: var(--_accent);
    border: 1px solid var(--_accent);
    color: var(--_on-accent);
  }
  .stats {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(6.5em, 1fr));
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
  :host([elder]) .cofund {
    height: 3em;
    white-space: normal;
  }
  .reports ul,
  .sponsors ul {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  /* Three rows and their gaps: 3 × 3em + 2 × 0.25em. */
  .reports ul {
    min-height: 9.5em;
  }
  .report {
    display: flex;
    gap: 0.5em;
    align-items: center;
    height: 3em;
  }
  .photo {
    flex: none;
    width: 3em;
    height: 3em;
    border-radius: calc(var(--_radius) / 2);
    object-fit: cover;
    background: var(--_surface);
  }
  .report-text {
    flex: 1;
    min-width: 0;
  }
  .report-text p {
    height: 1.5em;
  }
  .menu {
    font-size: max(0.875em, var(--_mtext));
  }
  /* Three rows and their gaps: 3 × 1.75em + 2 × 0.25em. */
  .sponsors ul {
    min-height: 5.75em;
  }
  .sponsors li {
    height: 1.75em;
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .sponsors li .who {
    flex: 1;
  }
  /* The school's footnote (e.g. which figures are assumptions): two lines at most. */
  .note {
    height: 3em;
    font-size: max(0.8125em, var(--_mtext));
    overflow: hidden;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
  }
  .actions {
    display: flex;
    margin-top: auto;
  }
  /* The give (or no-gifts) box takes the row; the share link beside it only its own width. */
  .actions > :first-child {
    flex: 1;
  }
  /* The no-gifts note takes the sponsor button's place and height: nothing moves from the skeleton's button. */
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
