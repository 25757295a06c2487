import { css } from 'lit';

/*
 * No layout shift, no holes: every block takes the height of its text, which wraps (nothing is cut),
 * and the skeleton renders the same blocks with placeholders about as wide as their usual text, so
 * they wrap alike and the box keeps its size when the data arrives. A block the school does not have
 * (recipient, co-funding, a note) is absent: no space is kept for it.
 * :host min-height is a lower bound reserved before the first render.
 */
export const lunchStyles = css`
  :host {
    min-height: 30em !important;
  }
  .title {
    font-size: 1.125em;
    line-height: 1.4;
    font-weight: 700;
  }
  .loc,
  .recipient {
    font-size: max(0.875em, var(--_mtext));
  }
  /* The recipient line: name, then filing number, on one row where they fit, else on more. */
  .recipient {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
    color: var(--_muted);
  }
  .recipient a {
    overflow-wrap: anywhere;
  }
  .through {
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .big {
    font-size: 1.5em;
    line-height: 1.3;
    font-weight: 700;
    color: var(--_accent);
  }
  .sec-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    column-gap: 0.5em;
    min-height: 1.75em;
  }
  .legend {
    font-size: max(0.8125em, var(--_mtext));
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
  /* A school fortnight, as many days a row as fit whole. Funded days are filled, open days dashed (not colour alone). */
  .days {
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(3.5em, 1fr));
    gap: 0.25em;
  }
  .day {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-height: 2.75em;
    border: 1px dashed var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    line-height: var(--_lh, 1.2);
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
  .reports ul,
  .sponsors ul {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .report {
    display: flex;
    gap: 0.5em;
    align-items: center;
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
  .menu {
    font-size: max(0.875em, var(--_mtext));
  }
  /* Name and what they bought, then amount and date: one row where they fit, else amount and date go under, to the end. */
  .sponsors li {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  .sponsors li .who {
    flex: 1 1 8em;
  }
  .when {
    margin-inline-start: auto;
  }
  /* The school's footnote (e.g. which figures are assumptions). */
  .note {
    font-size: max(0.8125em, var(--_mtext));
  }
  .actions {
    display: flex;
    margin-top: auto;
  }
  /* The give (or no-gifts) box takes the row; the share link beside it only its own width. */
  .actions > :first-child {
    flex: 1;
  }
  /* Elder type: the sponsor button (or note) takes a row, the share button the next (the skeleton draws both). */
  :host([elder]) .actions {
    flex-wrap: wrap;
    gap: 0.5em;
  }
  :host([elder]) .actions > * {
    flex-basis: 100%;
  }
  /* The no-gifts note takes the sponsor button's place and height: nothing moves from the skeleton's button. */
  .no-gifts {
    min-height: var(--_target);
    display: grid;
    place-items: center;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  /* The skeleton's "show all" link: most schools have more than three reports and sponsors. */
  .sk.tg {
    width: 4em;
    height: 1.5em;
  }
  :host([elder]) .sk.tg {
    height: var(--_target);
  }
  .sk.btn {
    height: var(--_target);
    border: 0;
  }
`;
