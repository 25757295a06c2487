/**
 * The events gongyi-* elements fire and what their `detail` carries: the one place the elements'
 * emitters, the `.d.ts` of the npm package and its React / Vue typings take them from. Every one of
 * them bubbles and is composed, so a host page may listen on the element or on any ancestor.
 *
 * Types only: nothing here reaches the browser.
 */

/** Money is in minor units (fen for CNY), as the API answers it. */
type Minor = number;

/** `gongyi-load`: the element's data arrived; `path` is the API path it read. */
export interface GongyiLoadDetail {
  path: string;
}

/** `gongyi-error` and every `*-error`: a read or a write was refused or failed. */
export interface GongyiErrorDetail {
  /** HTTP status (0 when the network failed). */
  status: number;
  /** The problem's machine-readable code, e.g. `recipient_required`, `rate_limited`. */
  code: string;
  message: string;
  /**
   * For the page's owner, when the refusal is the page's own doing and not the reader's: what to
   * change (e.g. `origin_not_allowed`: register the page's site in the console's 嵌入网站 view).
   */
  fix?: string;
}

/** `gongyi-pledge`: a pledge was accepted (before any redirect to a payment page). */
export interface GongyiPledgeDetail {
  campaign: string;
  /** The donation's id. */
  id: string;
  amount: Minor;
  currency: string;
  /** The reference the donor quotes to the bank or the charity. */
  reference?: string;
  frequency: 'once' | 'monthly';
}

/** `gongyi-sponsor`: a lunch sponsorship was accepted. */
export interface GongyiSponsorDetail {
  school: string;
  id: string;
  meals: number;
  /** Whole-school days sponsored; null when the donor chose a number of meals. */
  days: number | null;
  amount: Minor;
  currency: string;
  reference?: string;
}

/** `gongyi-payment-confirmed`: an online payment was confirmed while the donor waited. */
export interface GongyiPaymentConfirmedDetail {
  id: string;
  amount: Minor;
  currency: string;
  reference?: string;
}

/** `gongyi-claim`: a wish was claimed; `claimedBy` is the masked name shown publicly. */
export interface GongyiClaimDetail {
  wish: string;
  id: string;
  claimedBy: string;
}

/** `gongyi-claim-error`: a claim was refused. */
export interface GongyiClaimErrorDetail extends GongyiErrorDetail {
  wish: string;
}

/** `gongyi-open` / `gongyi-close`: a column opened or closed a project. */
export interface GongyiProjectDetail {
  project: string;
}

/** Event name → event, as `addEventListener` sees it. */
export interface GongyiEventMap {
  'gongyi-load': CustomEvent<GongyiLoadDetail>;
  'gongyi-error': CustomEvent<GongyiErrorDetail>;
  'gongyi-pledge': CustomEvent<GongyiPledgeDetail>;
  'gongyi-pledge-error': CustomEvent<GongyiErrorDetail>;
  'gongyi-sponsor': CustomEvent<GongyiSponsorDetail>;
  'gongyi-sponsor-error': CustomEvent<GongyiErrorDetail>;
  'gongyi-payment-confirmed': CustomEvent<GongyiPaymentConfirmedDetail>;
  'gongyi-claim': CustomEvent<GongyiClaimDetail>;
  'gongyi-claim-error': CustomEvent<GongyiClaimErrorDetail>;
  'gongyi-open': CustomEvent<GongyiProjectDetail>;
  'gongyi-close': CustomEvent<GongyiProjectDetail>;
}

export type GongyiEventName = keyof GongyiEventMap;
export type GongyiEventDetail<K extends GongyiEventName> = GongyiEventMap[K]['detail'];

declare global {
  // `el.addEventListener('gongyi-pledge', (e) => e.detail.amount)` is typed on every element
  // (declaration merging: the empty body is the point).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends GongyiEventMap {}
}
