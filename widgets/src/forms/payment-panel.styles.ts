import { css } from 'lit';

/** The payment panel inside a giving form's result: a scannable QR whatever the theme, a clear state line. */
export const paymentStyles = css`
  .pay {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    align-items: flex-start;
  }
  .pay-qr {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }
  /* A QR code must stay dark on light, also in dark mode; a fixed size so nothing shifts when it is drawn. */
  .pay-qr svg,
  .qr-wait {
    width: 12.5em;
    height: 12.5em;
    flex: none;
  }
  :host([elder]) .pay-qr svg,
  :host([elder]) .qr-wait {
    width: 15em;
    height: 15em;
  }
  .qr-off {
    fill: #fff;
  }
  .qr-on {
    fill: #000;
  }
  .pay-qr figcaption {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 10em;
  }
  .pay-qr-image {
    width: 12.5em;
    height: auto;
  }
  .pay-state {
    font-weight: 600;
  }
  .pay-state.confirmed {
    color: var(--_ok);
    font-size: 1.125em;
  }
  .pay-state.expired,
  .pay-state.cancelled {
    color: var(--_danger);
  }
  a.btn {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
`;
