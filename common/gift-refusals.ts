// Why a campaign takes no gifts, as the problem code a gift would get: the public answers carry
// it (giftRefusal) so a card can say why instead of showing a give button that would fail.

export const GIFT_REFUSALS = ['campaign_closed', 'recipient_required', 'filing_not_current'] as const;
export type GiftRefusal = (typeof GIFT_REFUSALS)[number];

/** Why a gift's money must go back, or why a campaign takes no gifts (giftRefusalSql's codes). */
export const REFUND_REASONS = [
  'campaign_closed',
  'campaign_unpublished',
  'recipient_required',
  'filing_not_current',
] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];
