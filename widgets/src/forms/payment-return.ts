import { getJson, type DonationStatus } from '../lib/api.js';

/** Query parameters the worker puts on the host page's URL when the payment page sends the donor back. */
export const RETURN_ID = 'gongyi_donation';
export const RETURN_OUTCOME = 'gongyi_payment';

export type ReturnOutcome = 'success' | 'cancelled';
export interface ReturnedDonation extends DonationStatus {
  outcome: ReturnOutcome;
}

let pending: Promise<ReturnedDonation | undefined> | undefined;

/**
 * The donation this page was sent back for (?gongyi_donation=ID&gongyi_payment=success|cancelled),
 * or undefined. Asked once per page: the card that owns the campaign and its form share the answer.
 */
export function returningDonation(api: string | undefined): Promise<ReturnedDonation | undefined> {
  return (pending ??= lookUp(api));
}

async function lookUp(api: string | undefined): Promise<ReturnedDonation | undefined> {
  const q = new URLSearchParams(location.search);
  const id = q.get(RETURN_ID);
  const outcome = q.get(RETURN_OUTCOME);
  if (!id || (outcome !== 'success' && outcome !== 'cancelled')) return undefined;
  try {
    const d = await getJson<DonationStatus>(api, '/donations/' + encodeURIComponent(id), undefined, true);
    return { ...d, outcome };
  } catch {
    return undefined; // unknown or unreachable: the page simply shows the cards as usual
  }
}

/** Forgets the answer (the widget tests change the URL between cases). */
export function forgetReturn(): void {
  pending = undefined;
}

/** This page's address for the payment page to send the donor back to, without our own parameters. */
export function returnUrl(): string | undefined {
  if (!/^https?:$/.test(location.protocol)) return undefined;
  const u = new URL(location.href);
  u.hash = '';
  u.searchParams.delete(RETURN_ID);
  u.searchParams.delete(RETURN_OUTCOME);
  return u.href;
}
