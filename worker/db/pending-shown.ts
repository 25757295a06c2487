// Pending money is a claim, not money: anyone on a registered site can pledge 1 亿元 and never pay.
// Publicly, one unconfirmed pledge counts towards `pendingAmount` with at most a tenth of the
// campaign's goal and at most 10,000 元; staff see every pending amount exactly (admin API), and
// once confirmed the whole gift counts as raised.
export const PENDING_PLEDGE_SHOWN_MAX = 1_000_000; // fen: 10,000 元

/** SQL for campaign `c`: the pending total as the public sees it. */
export const PENDING_SHOWN = `(SELECT COALESCE(SUM(MIN(d.amount, MIN(c.goal_amount / 10, ${PENDING_PLEDGE_SHOWN_MAX}))), 0)
  FROM donations d WHERE d.campaign_id = c.id AND d.status = 'pending') AS pending_shown`;
