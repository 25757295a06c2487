import { css } from 'lit';

/*
 * No layout shift, no holes: every block takes the height of its text, which wraps (nothing is cut),
 * and the skeleton renders the same blocks with placeholders about as wide as their usual text, so
 * they wrap alike and the box keeps its size when the data arrives. A block the campaign does not
 * have (matching funds, monthly plans, spending) is absent from the card: no space is kept for it.
 * :host min-height reserves a lower bound even before the first render.
 */
export const progressStyles = css`
  :host {
    min-height: 24em !important;
  }
  .title {
    font-size: 1.125em;
    line-height: 1.4;
    font-weight: 700;
  }
  /*
   * The recipient line: name, then filing number, on one row where they fit and on two (or more)
   * where they do not; a filing number too long for a row breaks between its characters.
   */
  .recipient {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
    font-size: max(0.875em, var(--_mtext));
    color: var(--_muted);
  }
  .recipient a {
    overflow-wrap: anywhere;
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
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
  /* The running funds' line and who matches: only while a fund runs. */
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
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    min-height: 1.75em;
  }
  .donors ul {
    list-style: none;
  }
  /* Name and message, then amount and date: one row where they fit, else amount and date go under, to the end. */
  .donors li {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
    padding-block: 0.125em;
  }
  .donors li .who {
    flex: 1 1 8em;
  }
  .when {
    margin-inline-start: auto;
  }
  /* The spending list folds into one summary row (none when there is nothing to show). */
  .spending {
    --_row: 1.75em;
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
  /* The skeleton's "show all" link: most campaigns have more than three gifts. */
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
