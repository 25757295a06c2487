// Every console table, one pattern: a table where the view is wide enough, a stack of cards where
// it is not (a phone), each card's cells labelled by their column. The width is the view's own
// (a container query on the view's host), not the window's: the navigation takes part of a laptop's
// screen. A cell is labelled by its `data-label` (the column's header text); the row's header cell
// (th scope=row) is the card's title; a cell without a label (the row's buttons) spans the card;
// a cell marked .blank (nothing in this row) is left out of the card.
//
//   <tr data-id=…><th scope="row">${title}</th><td data-label=${c.amount} class="num">…</td>
//     <td><div class="actions">${buttons}</div></td></tr>
import { css } from 'lit';

export const tableStyles = css`
  :host {
    container-type: inline-size;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0.5rem 0;
  }
  th,
  td {
    text-align: left;
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid #d0d7de;
    vertical-align: top;
    /* Long URLs and codes wrap rather than widen the table. */
    overflow-wrap: break-word;
  }
  thead th {
    background: #f6f8fa;
    /* A header is a word or two: never one character a line. */
    white-space: nowrap;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* The row's buttons and links (in a div.actions: a cell itself stays a cell): side by side,
     wrapping as a whole, each label on one line. */
  td .actions {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 0.5rem;
    align-items: center;
  }
  td button,
  td confirm-button,
  td .actions a {
    white-space: nowrap;
  }
  /* A web address in a cell breaks where it must. */
  td a {
    overflow-wrap: anywhere;
  }
  /* Secondary lines of a cell (the project under a campaign, a contact under a name). */
  td .sub,
  th .sub {
    display: block;
    font-weight: normal;
    font-size: 0.9em;
    color: #57606a;
  }
  /* Figures stacked in one cell: label and amount on one line each. */
  dl.figures {
    margin: 0;
    display: grid;
    grid-template-columns: auto auto;
    gap: 0 0.75rem;
    justify-content: space-between;
  }
  dl.figures dt {
    color: #57606a;
    white-space: nowrap;
  }
  dl.figures dd {
    margin: 0;
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }

  @container (max-width: 40rem) {
    table,
    tbody,
    tr,
    tbody th,
    tbody td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    tbody tr {
      border: 1px solid #d0d7de;
      border-radius: 8px;
      padding: 0.5rem 0.75rem;
      margin: 0 0 0.75rem;
    }
    tbody th,
    tbody td {
      border: 0;
      padding: 0.2rem 0;
      text-align: left;
    }
    tbody th[scope='row'] {
      font-size: 1.05em;
      padding-bottom: 0.35rem;
    }
    /* The label hangs in the cell's left padding; the value keeps its own column. */
    tbody td[data-label] {
      display: flow-root;
      padding-left: 7.5em;
      white-space: normal;
      text-align: left;
    }
    tbody td[data-label]::before {
      content: attr(data-label);
      float: left;
      width: 7em;
      margin-left: -7.5em;
      font-weight: 600;
      color: #57606a;
      white-space: normal;
    }
    tbody td:not([data-label]) {
      padding-top: 0.4rem;
    }
    dl.figures dd {
      text-align: left;
    }
    /* A cell with nothing to say in this row (no claim yet, no buttons for this status): a table
       keeps it as a cell, a card leaves it out rather than show a bare label or a blank band. */
    tbody td.blank {
      display: none;
    }
  }
`;
