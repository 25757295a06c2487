import { css } from 'lit';

/*
 * Each figure takes the height of its text, which wraps (nothing is cut); the skeleton lays out
 * slots of a figure's usual height. The count-up never moves the unit: the number sits in a box
 * sized by its final text (.ghost).
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
    min-width: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
  }
  .value {
    order: -1;
    display: block;
    font-size: 1.625em;
    line-height: 1.3;
    font-weight: 700;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  /* A number wider than its column (English grouping in elder type) breaks rather than spills. */
  .stack {
    position: relative;
    display: inline-block;
    max-width: 100%;
    overflow-wrap: anywhere;
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
    font-size: max(0.9375em, var(--_mtext));
    line-height: 1.4;
  }
  .period {
    display: block;
    font-size: max(0.8125em, var(--_mtext));
    color: var(--_muted);
  }
  .empty {
    text-align: center;
  }
  /* Compact: smaller figures; the period stays only in the accessible text. */
  :host([layout='compact']) .card {
    padding: 0.75em 1em;
  }
  :host([layout='compact']) .grid {
    grid-template-columns: repeat(auto-fill, minmax(var(--gongyi-stats-min-width, 9em), 1fr));
  }
  :host([layout='compact']) .fig {
    gap: 0.125em;
  }
  :host([layout='compact']) .value {
    font-size: 1.375em;
  }
  :host([layout='compact']) .label {
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
