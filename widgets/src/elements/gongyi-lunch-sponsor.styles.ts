import { css } from 'lit';

/** The sponsor form reuses the pledge form's look (gongyi-pledge.styles.ts); these are its extras. */
export const lunchSponsorStyles = css`
.total {
  font-size: 1.125em;
  font-weight: 700;
  min-height: 1.5em;
}
.radio {
  flex-direction: row;
  align-items: center;
  gap: 0.5em;
  min-height: var(--_target);
  font-weight: 400;
}
input[type='radio'] {
  width: 1.25em;
  height: 1.25em;
  min-height: 0;
  accent-color: var(--_accent);
}
.modes {
  flex-direction: column;
  gap: 0;
}
`;
