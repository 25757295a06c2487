import { css } from 'lit';

/*
 * Blocks take the height of their text, which wraps (nothing is cut; a card's title shows three
 * lines, the card opens the whole project); the skeleton shows a page of cards with placeholders
 * about as wide as the usual text. Chip rows scroll sideways (marked data-scroll-x) instead of
 * wrapping, so the filters keep one row each.
 */
export const columnStyles = css`
  [hidden] {
    display: none !important;
  }
  /* The figures before their code arrives: the slots of their compact skeleton, box for box (gongyi-stats.styles.ts). */
  gongyi-stats:not(:defined) {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--gongyi-stats-min-width, 9em), 1fr));
    gap: 0.75em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  gongyi-stats:not(:defined) > i {
    display: grid;
    gap: 0.125em;
    min-width: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
  }
  gongyi-stats:not(:defined) > i > i {
    font-size: max(0.875em, var(--_mtext));
    line-height: 1.4;
  }
  gongyi-stats:not(:defined) > i > b {
    font-size: 1.375em;
    line-height: 1.3;
  }
  .view {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .head {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: 4em;
  }
  .logo {
    flex: none;
    width: 3.5em;
    height: 3.5em;
    border-radius: 50%;
    overflow: hidden;
    display: flex;
    align-items: center;
    justify-content: center;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 1.25em;
    font-weight: 700;
  }
  .logo img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .names {
    min-width: 0;
    flex: 1;
  }
  .name {
    font-size: 1em;
    font-weight: 600;
  }
  .word {
    color: var(--_muted);
    font-weight: 400;
  }
  .brand {
    font-size: 1.375em;
    line-height: 1.4;
    font-weight: 700;
    color: var(--_accent);
    letter-spacing: 0.05em;
  }
  .filters {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
  }
  .chips {
    display: flex;
    gap: 0.5em;
    height: calc(var(--_target) + 0.5em);
    align-items: center;
    overflow-x: auto;
    scrollbar-width: thin;
    padding: 0 0.125em;
  }
  .chip {
    flex: none;
    min-height: var(--_target);
    padding: 0 1em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    white-space: nowrap;
  }
  .chip.sk {
    width: 4.5em;
    min-height: 0;
    height: var(--_target);
    border: 0;
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .list {
    position: relative;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--gongyi-card-min-width, 14em), 100%), 1fr));
    gap: 0.75em;
    list-style: none;
  }
  .pcard {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    min-width: 0;
    padding-bottom: 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    overflow: hidden;
  }
  .pcard > :not(.cover) {
    margin-inline: 0.75em;
  }
  .pcard:focus-within {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .pcard:hover {
    border-color: var(--_accent);
  }
  .cover {
    aspect-ratio: 16 / 9;
    background: var(--_surface);
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--_muted);
    font-size: 1.25em;
    font-weight: 700;
  }
  .cover img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .ptitle {
    font-size: 1.0625em;
    line-height: 1.4;
  }
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  /* all: unset makes its type the heading's (bold) */
  .open {
    all: unset;
    cursor: pointer;
  }
  /* The whole card is the button's target; its focus ring is the card's. */
  .open::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .open:focus-visible {
    outline: none;
  }
  .meta {
    font-size: max(0.875em, var(--_mtext));
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding: 0 0.625em;
    border-radius: 999px;
    font-size: max(0.8125em, var(--_mtext));
    line-height: 1.75;
    border: 1px solid currentColor;
    color: var(--_muted);
  }
  .badge[data-status='in_progress'] {
    color: var(--_accent);
  }
  .badge[data-status='completed'] {
    color: var(--_ok);
  }
  .prog {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .bar {
    height: 0.5em;
    border-radius: 0.25em;
    background: var(--_surface);
    outline: 1px solid var(--_border);
    overflow: hidden;
  }
  .fill {
    height: 100%;
    width: 0;
    background: var(--_accent);
  }
  .raised {
    font-size: max(0.8125em, var(--_mtext));
    color: var(--_muted);
  }
  .empty {
    text-align: center;
    color: var(--_muted);
  }
  .more {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: calc(var(--_target) + 0.5em);
  }
  .sk.btn {
    width: 8em;
    height: var(--_target);
  }
  .more [aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
`;
