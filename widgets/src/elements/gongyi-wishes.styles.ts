import { css } from 'lit';

/*
 * The skeleton renders the same blocks as the board (status row, chip row, PAGE cards, the "more"
 * row) with placeholders about as wide as their usual text; every block takes the height of its
 * text, which wraps (nothing is cut), a long story shows its first lines and a button for the rest.
 * A short page is as tall as its wishes: no invisible slots after them.
 * Category colours are custom properties (--gongyi-wish-<category>) with dark-enough defaults for
 * white badge text; no images are downloaded.
 */
export const wishesStyles = css`
  :host {
    min-height: 12em !important;
  }
  .title {
    font-size: 1.125em;
    line-height: 1.4;
    font-weight: 700;
  }
  .statuses {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(4.5em, 1fr));
    gap: 0.5em;
  }
  .status {
    min-height: 3.5em;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    padding: 0;
    line-height: 1.3;
  }
  .status strong {
    font-size: 1.25em;
    color: var(--_accent);
  }
  .status span {
    font-size: max(0.875em, var(--_mtext));
  }
  .status[aria-pressed='true'],
  .chip[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
    font-weight: 700;
  }
  /* A row that scrolls sideways on purpose (data-scroll-x): all six categories stay one tap away. */
  .chips {
    display: flex;
    gap: 0.5em;
    overflow-x: auto;
    padding-bottom: 0.5em;
    scrollbar-width: thin;
  }
  .chip {
    flex: none;
    height: var(--_target);
    padding: 0 0.9em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .chip .dot {
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--_cat);
  }
  [data-cat='necessities'] {
    --_cat: var(--gongyi-wish-necessities, #b4430f);
  }
  [data-cat='study'] {
    --_cat: var(--gongyi-wish-study, #1d4ed8);
  }
  [data-cat='culture'] {
    --_cat: var(--gongyi-wish-culture, #7e22ce);
  }
  [data-cat='policy'] {
    --_cat: var(--gongyi-wish-policy, #047857);
  }
  [data-cat='employment'] {
    --_cat: var(--gongyi-wish-employment, #be123c);
  }
  [data-cat='other'],
  [data-cat=''] {
    --_cat: var(--gongyi-wish-other, #4b5563);
  }
  .list {
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(17em, 100%), 1fr));
    gap: 0.75em;
  }
  .wish {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 0.3em solid var(--_cat);
    border-radius: calc(var(--_radius) / 2);
    min-width: 0;
  }
  /* Badge, title, status; a title too long for what is left of the row takes a row of its own. */
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    min-height: 2em;
  }
  .badge {
    flex: none;
    display: grid;
    place-items: center;
    width: 2em;
    height: 2em;
    border-radius: 50%;
    background: var(--_cat);
    color: #fff;
    font-weight: 700;
  }
  .head h4 {
    flex: 1 1 6em;
    min-width: 0;
    line-height: 1.5;
  }
  .pill {
    flex: none;
    font-size: max(0.8125em, var(--_mtext));
    padding: 0 0.6em;
    border-radius: 999px;
    border: 1px solid currentColor;
    line-height: 1.6;
  }
  .pill.fulfilled {
    color: var(--_ok);
  }
  .pill.claimed {
    color: var(--_muted);
  }
  .pill.open {
    color: var(--_accent);
  }
  .meta {
    color: var(--_muted);
    font-size: max(0.875em, var(--_mtext));
    line-height: 1.5;
  }
  .meta .cat {
    color: var(--_cat);
    font-weight: 700;
  }
  :host([theme='dark']) .meta .cat,
  :host([elder]) .meta .cat {
    color: inherit;
  }
  .clamp:not(.open) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .clamp:not([long]) + .more-text {
    display: none;
  }
  .more-text {
    align-self: flex-start;
  }
  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_target);
  }
  .value {
    font-weight: 700;
    white-space: nowrap;
  }
  .foot .btn,
  .foot .who {
    margin-inline-start: auto;
  }
  .foot .btn {
    padding: 0.25em 1em;
  }
  .who {
    min-width: 0;
    color: var(--_muted);
    font-size: max(0.875em, var(--_mtext));
  }
  .none {
    grid-column: 1 / -1;
    text-align: center;
    color: var(--_muted);
  }
  .more {
    display: flex;
    justify-content: center;
  }
  .sk.btn {
    display: block;
    height: var(--_target);
    width: 8em;
    border: 0;
  }
`;
