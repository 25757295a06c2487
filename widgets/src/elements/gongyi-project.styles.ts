import { css } from 'lit';

/*
 * Blocks take the height of their text, which wraps (nothing is cut); the skeleton renders the same
 * blocks with placeholders about as wide as the usual text, so the box keeps its size when the data
 * arrives. Long free text (summary, an update) shows its first lines and a button for the rest.
 */
export const projectStyles = css`
  :host {
    min-height: 30em !important;
  }
  /*
   * The campaign card before its code arrives: the boxes of its skeleton (drawn by heldProgress),
   * each with the font, line and layout of the block it stands for in gongyi-progress.styles.ts
   * (:host and .card; .title, .recipient, .figure, .big, .pct, .bar, .stats, .donors, .donors-head
   * and .sk.tg, li, .who, .when, summary, .actions and .sk.btn), so the box held is the one its
   * skeleton will have at any width. Change the two together.
   */
  gongyi-progress:not(:defined) {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    min-height: 24em;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .pt {
    font-size: 1.125em;
    line-height: 1.4;
    font-weight: 700;
  }
  .pm {
    font-size: max(0.875em, var(--_mtext));
  }
  .pr,
  .pf,
  .pw,
  .pa {
    display: flex;
    flex-wrap: wrap;
  }
  .pr {
    column-gap: 1em;
  }
  .pf {
    align-items: baseline;
    column-gap: 0.5em;
  }
  .pf > :first-child {
    font-size: 1.75em;
    line-height: 1.3;
  }
  .pf > :last-child {
    margin-inline-start: auto;
  }
  .pb {
    height: 0.75em;
    border-radius: 0.375em;
    background: var(--_surface);
  }
  .ps {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7.5em, 1fr));
    gap: 0.5em;
  }
  .ps > div {
    min-width: 0;
  }
  .pd {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .pd > :first-child {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    min-height: 1.75em;
  }
  .pd > div > .sk {
    width: 4em;
    height: 1.5em;
  }
  .pw {
    column-gap: 0.5em;
    padding-block: 0.125em;
  }
  .pw > :first-child {
    flex: 1 1 8em;
  }
  .pw > :last-child {
    margin-inline-start: auto;
  }
  .pg {
    line-height: 1.75em;
  }
  .pa > .sk {
    flex: 1;
    height: var(--_target);
  }
  :host([elder]) .pd > div > .sk {
    height: var(--_target);
  }
  :host([elder]) .pg {
    line-height: var(--_target);
  }
  .clamp:not(.open) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_clamp, 3);
    overflow: hidden;
  }
  .clamp:not([long]) + .more {
    display: none;
  }
  .more {
    align-self: flex-start;
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
    font-weight: 700;
  }
  .meta {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: 0.5em;
  }
  .meta > div {
    min-width: 0;
    overflow-wrap: anywhere;
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
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    min-height: 1.75em;
  }
  h3 {
    font-size: 1em;
  }
  ol,
  ul {
    list-style: none;
  }
  ol,
  ul {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  /* An update: its mark, then what happened (two lines, the rest a click away) and when. */
  li {
    display: flex;
    gap: 0.5em;
  }
  .u {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
    --_clamp: 2;
  }
  .links a {
    overflow-wrap: anywhere;
  }
  .mark {
    flex: none;
    margin-top: 0.125em;
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
    font-size: max(0.875em, var(--_mtext));
    color: var(--_muted);
  }
`;
