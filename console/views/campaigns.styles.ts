// <admin-campaigns>: what a campaign lacks before it may accept gifts stands out in its row.
import { css } from 'lit';

export const campaignsStyles = css`
  th .recipient,
  th .missing {
    font-weight: normal;
    font-size: 0.9em;
  }
  .missing {
    color: #82071e;
    margin-top: 0.25rem;
  }
  .missing ul {
    margin: 0.15rem 0 0;
    padding-left: 1.1rem;
  }
  /* The campaign's name and what it lacks take the room the figures leave. */
  table.campaigns th[scope='row'] {
    min-width: 12em;
  }
  td .status {
    white-space: nowrap;
  }
`;
