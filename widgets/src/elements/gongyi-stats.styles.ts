import { css } from 'lit';

/*
 * Every figure slot has a fixed height in em and the skeleton lays out the same slots, so the box
 * is the same size before and after the data arrives (no layout shift). The count-up never moves
 * the unit either: the number sits in a box sized by its final text (.ghost).
 */
export const statsStyles = css`
  .card {
    gap: 0;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--gongyi-stats-min-width, 11em), 1fr));
    gap: 0.75em;
    list-style: none;
  }
  .fig {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    height: 6.5em;
    min-width: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
  }
  .filler {
    visibility: hidden;
  }
  .value {
    order: -1;
    display: block;
    height: 1.3em;
    font-size: 1.625em;
    line-height: 1.3;
    font-weight: 700;
    color: var(--_accent);
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .stack {
    position: relative;
    display: inline-block;
  }
  .ghost {
    visibility: hidden;
  }
  .num {
    position: absolute;
    inset-inline-end: 0;
    top: 0;
  }
  .unit {
    font-size: max(0.55em, var(--_mtext));
    font-weight: 600;
    margin-inline-start: 0.15em;
  }
  .label {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    height: 2.8em;
    font-size: max(0.9375em, var(--_mtext));
    line-height: 1.4;
  }
  .period {
    display: block;
    height: 1.5em;
    font-size: max(0.8125em, var(--_mtext));
    color: var(--_muted);
  }
  .empty {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
  }
  /* Compact: one line of label; the period stays only in the accessible text. */
  :host([layout='compact']) .card {
    padding: 0.75em 1em;
  }
  :host([layout='compact']) .grid {
    grid-template-columns: repeat(auto-fill, minmax(var(--gongyi-stats-min-width, 9em), 1fr));
  }
  :host([layout='compact']) .fig {
    height: 3.5em;
    gap: 0.125em;
  }
  :host([layout='compact']) .value {
    font-size: 1.375em;
  }
  :host([layout='compact']) .label {
    -webkit-line-clamp: 1;
    height: 1.4em;
    font-size: max(0.875em, var(--_mtext));
  }
  :host([layout='compact']) .period {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
`;
