// Who really receives the money. A bureau may not raise money from the public itself (Charity
// Law): a campaign accepts gifts only when its recipient is a charity with public-fundraising
// qualification and the campaign's fundraising plan is filed (备案编号). One rule, used by the
// public views (to hide give buttons), the pledge and sponsorship routes (to refuse) and the
// console (to say what is missing); the donation trigger backs it up in D1.
import { ProblemError } from '../lib/problem';

/** Columns a campaign query adds for this (with `campaigns c` and `LEFT JOIN recipients r`). */
export const RECIPIENT_COLUMNS = `c.recipient_id, c.filing_number, c.filing_url, c.filed_from, c.filed_until, c.platform, c.platform_url,
  r.name AS recipient_name, r.credit_code AS recipient_credit_code, r.qualification AS recipient_qualification`;
export const RECIPIENT_JOIN = 'LEFT JOIN recipients r ON r.id = c.recipient_id';

export type RecipientColumns = {
  recipient_id: string | null; filing_number: string | null; filing_url: string | null; filed_from: string | null;
  filed_until: string | null; platform: string | null; platform_url: string | null; recipient_name: string | null;
  recipient_credit_code: string | null; recipient_qualification: string | null;
};

export type Recipient = {
  name: string; creditCode: string; qualification: string | null; filingNumber: string | null; filingUrl: string | null;
  platform: string | null; platformUrl: string | null; filedFrom: string | null; filedUntil: string | null;
};

/** The public recipient block, or null when the campaign names none. */
export function recipientJson(r: Partial<RecipientColumns>): Recipient | null {
  if (!r.recipient_id || !r.recipient_name || !r.recipient_credit_code) return null;
  return {
    name: r.recipient_name, creditCode: r.recipient_credit_code, qualification: r.recipient_qualification ?? null,
    filingNumber: r.filing_number ?? null, filingUrl: r.filing_url ?? null, platform: r.platform ?? null,
    platformUrl: r.platform_url ?? null, filedFrom: r.filed_from ?? null, filedUntil: r.filed_until ?? null,
  };
}

/** What keeps a campaign from accepting gifts, in the console's words; empty = nothing. */
export function missingForGifts(r: Partial<RecipientColumns>): ('recipient' | 'qualification' | 'filingNumber')[] {
  const missing: ('recipient' | 'qualification' | 'filingNumber')[] = [];
  if (!r.recipient_id || !r.recipient_name) missing.push('recipient');
  else if (!r.recipient_qualification) missing.push('qualification');
  if (!r.filing_number) missing.push('filingNumber');
  return missing;
}

export const hasQualifiedRecipient = (r: Partial<RecipientColumns>) => missingForGifts(r).length === 0;

export function assertQualifiedRecipient(r: Partial<RecipientColumns>): void {
  const missing = missingForGifts(r);
  if (missing.length === 0) return;
  throw new ProblemError(
    409,
    'recipient_required',
    `This campaign does not accept gifts: it needs a recipient charity with public-fundraising qualification and a filed plan (missing: ${missing.join(', ')})`,
  );
}
