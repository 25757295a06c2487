// Who really receives the money, and when. A bureau may not raise money from the public itself
// (Charity Law): a campaign accepts gifts only when its recipient is a charity with
// public-fundraising qualification, the campaign's fundraising plan is filed (备案编号), and today
// (a China date) is inside the filed period (filed_from–filed_until, either may be open). One rule,
// used by the read models (to hide give buttons and say why), the pledge and sponsorship routes
// (to refuse), the console (to say what is wrong), and in SQL by the cron and the Stripe renewals
// (giftRefusalSql); D1 triggers back it up (schema 0008, 0012).
import type { RecipientColumns } from '../db/recipients';
import { CHINA_SQL_OFFSET, chinaDate } from '../../common/china-time';
import { ProblemError } from '../lib/problem';

export type Recipient = {
  name: string;
  creditCode: string;
  qualification: string | null;
  filingNumber: string | null;
  filingUrl: string | null;
  platform: string | null;
  platformUrl: string | null;
  filedFrom: string | null;
  filedUntil: string | null;
};

/** The public recipient block, or null when the campaign names none. */
export function recipientJson(r: Partial<RecipientColumns>): Recipient | null {
  if (!r.recipient_id || !r.recipient_name || !r.recipient_credit_code) return null;
  return {
    name: r.recipient_name,
    creditCode: r.recipient_credit_code,
    qualification: r.recipient_qualification ?? null,
    filingNumber: r.filing_number ?? null,
    filingUrl: r.filing_url ?? null,
    platform: r.platform ?? null,
    platformUrl: r.platform_url ?? null,
    filedFrom: r.filed_from ?? null,
    filedUntil: r.filed_until ?? null,
  };
}

type Missing = 'recipient' | 'qualification' | 'filingNumber' | 'filingPeriod';

/** Whether the China date `today` is inside the filed period (a bound not on record does not bind). */
export const filingCurrent = (r: Partial<RecipientColumns>, today: string) =>
  !(r.filed_from && today < r.filed_from) && !(r.filed_until && today > r.filed_until);

/** What keeps a campaign from accepting gifts, in the console's words; empty = nothing. */
export function missingForGifts(r: Partial<RecipientColumns>, now = Date.now()): Missing[] {
  const missing: Missing[] = [];
  if (!r.recipient_id || !r.recipient_name) missing.push('recipient');
  else if (!r.recipient_qualification) missing.push('qualification');
  if (!r.filing_number) missing.push('filingNumber');
  else if (!filingCurrent(r, chinaDate(now))) missing.push('filingPeriod');
  return missing;
}

const hasQualifiedRecipient = (r: Partial<RecipientColumns>) =>
  !!(r.recipient_id && r.recipient_name && r.recipient_qualification && r.filing_number);

/** Why a campaign takes no gifts, as the problem code a gift gets; null: it takes them. */
export type GiftRefusal = 'campaign_closed' | 'recipient_required' | 'filing_not_current';

/** The one rule. `status`/`ends_at` are the campaign's (a school row passes its campaign's). */
export function giftRefusal(
  r: Partial<RecipientColumns> & { status: string; ends_at: string | null },
  now = Date.now(),
): GiftRefusal | null {
  if (r.status !== 'open' || (r.ends_at && Date.parse(r.ends_at) < now)) return 'campaign_closed';
  if (!hasQualifiedRecipient(r)) return 'recipient_required';
  if (!filingCurrent(r, chinaDate(now))) return 'filing_not_current';
  return null;
}

const period = (r: Partial<RecipientColumns>) => `${r.filed_from ?? '…'} – ${r.filed_until ?? '…'}`;

/** Refuses a gift the rule refuses; `closed` is the route's own words for a closed campaign. */
export function assertAcceptsGifts(r: Parameters<typeof giftRefusal>[0], closed: () => ProblemError): void {
  const refusal = giftRefusal(r);
  if (refusal === 'campaign_closed') throw closed();
  if (refusal === 'recipient_required') {
    throw new ProblemError(
      409,
      'recipient_required',
      `This campaign does not accept gifts: it needs a recipient charity with public-fundraising qualification and a filed plan (missing: ${missingForGifts(r).join(', ')})`,
    );
  }
  if (refusal === 'filing_not_current') {
    throw new ProblemError(
      409,
      'filing_not_current',
      `This campaign does not accept gifts: today (China time) is outside its filed fundraising period ${period(r)}`,
    );
  }
}

/**
 * The same rule in SQL, for a campaign `c` joined with its project `p` and `LEFT JOIN recipients r`:
 * the refusal code (plus 'campaign_unpublished', which the public routes answer as 404), NULL when
 * it takes gifts. `today` and `now` are SQL expressions (a bound China date and ISO instant, or
 * SQLite's own clock as the triggers use it).
 */
export const giftRefusalSql = (today: string, now: string) => `CASE
  WHEN p.published = 0 THEN 'campaign_unpublished'
  WHEN c.status <> 'open' OR (c.ends_at IS NOT NULL AND julianday(c.ends_at) < julianday(${now})) THEN 'campaign_closed'
  WHEN r.id IS NULL OR r.qualification IS NULL OR c.filing_number IS NULL THEN 'recipient_required'
  WHEN c.filed_from > ${today} OR c.filed_until < ${today} THEN 'filing_not_current'
END`;

/** Every campaign with its refusal (NULL: takes gifts), to join as a table on `campaign_id`. */
export const campaignRefusalsSql = (
  today: string,
  now: string,
) => `(SELECT c.id AS campaign_id, ${giftRefusalSql(today, now)} AS refusal
  FROM campaigns c JOIN projects p ON p.id = c.project_id LEFT JOIN recipients r ON r.id = c.recipient_id)`;

/** SQLite's own clock, as the triggers read it: China's date and the instant. */
export const SQL_TODAY = `date('now', '${CHINA_SQL_OFFSET}')`;
export const SQL_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
