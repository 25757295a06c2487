import { css } from 'lit';

/*
 * No layout shift: the skeleton renders the same blocks as the board (status row, chip row, PAGE
 * card slots, the "more" row), every block has a fixed height in em, and a short page is padded
 * with invisible card slots, so the box keeps its size when the data (or a filter) arrives.
 * Category colours are custom properties (--gongyi-wish-<category>) with dark-enough defaults for
 * white badge text; no images are downloaded.
 */
export const wishesStyles = css`
  :host {
    min-height: 30em !important;
  }
  .title {
    font-size: 1.125em;
    line-height: 1.4;
    height: 1.4em;
    font-weight: 700;
  }
  .statuses {
    display: grid;
    grid-template-columns: repeat(4, minmax(0, 1fr));
    gap: 0.5em;
  }
  .status {
    height: 3.5em;
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
  .chips {
    display: flex;
    gap: 0.5em;
    overflow-x: auto;
    height: calc(var(--_target) + 0.5em);
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
    grid-template-columns: repeat(auto-fill, minmax(17em, 1fr));
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
  .wish.filler {
    visibility: hidden;
  }
  .head {
    display: flex;
    align-items: center;
    gap: 0.5em;
    height: 2em;
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
    flex: 1;
    min-width: 0;
    font-size: 1em;
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
    height: 1.5em;
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
  .text {
    height: 3em;
    line-height: 1.5;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .foot {
    display: flex;
    align-items: center;
    gap: 0.5em;
    height: var(--_target);
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
  /* Over the (invisible) slots of an empty page, so the board keeps its height. */
  .list {
    position: relative;
  }
  .none {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--_muted);
  }
  .more {
    display: flex;
    justify-content: center;
    height: var(--_target);
  }
  /* No next page: the row keeps its height, the button is neither seen nor focusable. */
  .more .gone {
    visibility: hidden;
  }
  .sk.btn {
    display: block;
    height: var(--_target);
    width: 8em;
    border: 0;
  }
  .sk.blk {
    height: 100%;
    width: 100%;
  }
`;
