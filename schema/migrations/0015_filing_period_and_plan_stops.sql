-- Giving follows the rule of worker/views/recipient.ts everywhere, monthly plans included:
-- - a campaign takes gifts only inside its filed period (filed_from–filed_until, China dates);
-- - a monthly plan counts, and renews, only once its first gift is confirmed;
-- - when a campaign stops taking gifts its plans end (worker/payments/plan-stops.ts), a Stripe
--   subscription is cancelled at Stripe after that (subscription_cancelled_at: done), and a
--   renewal Stripe still sends is kept as a gift staff must refund (refund_due), never counted.
-- "Today" in SQL is China's: date('now', '+8 hours').

-- ── The filed period ────────────────────────────────────────────────────────────────────────────
-- Backs up the routes' filing_not_current (like donations_pledge_needs_recipient in 0008).
CREATE TRIGGER donations_pledge_needs_current_filing
BEFORE INSERT ON donations
WHEN NEW.status = 'pending'
 AND EXISTS (SELECT 1 FROM campaigns c WHERE c.id = NEW.campaign_id
             AND (c.filed_from > date('now', '+8 hours') OR c.filed_until < date('now', '+8 hours')))
BEGIN
  SELECT RAISE(ABORT, 'filing_not_current');
END;

-- ── Renewals held for a refund ──────────────────────────────────────────────────────────────────
-- Why a renewal's money must go back: the campaign no longer took gifts when it arrived. Such a
-- gift is written 'cancelled' (so no trigger counts it in raised, donors or matching) with this
-- reason; staff see it as needs_refund until refunded_at is stamped (by staff or Stripe's refund).
ALTER TABLE donations ADD COLUMN refund_due TEXT
  CHECK (refund_due IS NULL OR (refund_due IN ('campaign_closed', 'campaign_unpublished', 'recipient_required', 'filing_not_current')
                                AND status = 'cancelled'));
CREATE INDEX donations_refund_due ON donations (created_at DESC) WHERE refund_due IS NOT NULL AND refunded_at IS NULL;

-- A renewal is written confirmed only while its campaign takes gifts (the other guards look at
-- pending rows only; monthly.ts decides with the same rule in the same statement).
CREATE TRIGGER donations_renewal_needs_gifts_accepted
BEFORE INSERT ON donations
WHEN NEW.status = 'confirmed' AND NEW.plan_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM campaigns c JOIN projects p ON p.id = c.project_id JOIN recipients r ON r.id = c.recipient_id
                 WHERE c.id = NEW.campaign_id AND c.status = 'open' AND p.published = 1
                   AND (c.ends_at IS NULL OR julianday(c.ends_at) >= julianday('now'))
                   AND r.qualification IS NOT NULL AND c.filing_number IS NOT NULL
                   AND (c.filed_from IS NULL OR c.filed_from <= date('now', '+8 hours'))
                   AND (c.filed_until IS NULL OR c.filed_until >= date('now', '+8 hours')))
BEGIN
  SELECT RAISE(ABORT, 'gifts_not_accepted');
END;

-- ── Plans: counted from their first confirmed gift, ended with their campaign ───────────────────
-- Why a plan ended when neither the donor, staff nor Stripe ended it by name.
ALTER TABLE monthly_plans ADD COLUMN end_reason TEXT
  CHECK (end_reason IS NULL OR end_reason IN ('first_gift_cancelled', 'campaign_closed', 'campaign_unpublished', 'recipient_required', 'filing_not_current'));
-- When Stripe confirmed the subscription cancelled. NULL on an ended Stripe plan with a
-- subscription: the cancellation is still to be sent (the cron retries it).
ALTER TABLE monthly_plans ADD COLUMN subscription_cancelled_at TEXT;
UPDATE monthly_plans SET subscription_cancelled_at = ended_at WHERE status = 'ended' AND provider = 'stripe';
CREATE INDEX monthly_plans_to_cancel ON monthly_plans (ended_at)
  WHERE status = 'ended' AND provider = 'stripe' AND provider_subscription_id IS NOT NULL AND subscription_cancelled_at IS NULL;

-- The first gift confirmed (by staff, or the first invoice): the plan counts from now. An offline
-- plan's next month is the one after the gift arrived, never a backlog of months at once.
CREATE TRIGGER monthly_plans_start_with_first_gift
AFTER UPDATE OF status ON donations
WHEN OLD.status = 'pending' AND NEW.status = 'confirmed' AND NEW.plan_id IS NOT NULL
BEGIN
  UPDATE monthly_plans
     SET status = 'active',
         next_due_on = CASE WHEN provider IS NULL
                            THEN MAX(COALESCE(next_due_on, ''),
                                     date(COALESCE(NEW.confirmed_at, 'now'), '+8 hours', 'start of month', '+1 month'))
                            ELSE next_due_on END
   WHERE id = NEW.plan_id AND status = 'pending';
END;

-- The first gift never paid (staff cancelled it, or its online payment window closed): the plan
-- never starts.
CREATE TRIGGER monthly_plans_end_with_first_gift
AFTER UPDATE OF status ON donations
WHEN OLD.status = 'pending' AND NEW.status = 'cancelled' AND NEW.plan_id IS NOT NULL
BEGIN
  UPDATE monthly_plans
     SET status = 'ended', ended_at = COALESCE(NEW.cancelled_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
         ended_by = CASE WHEN NEW.cancel_reason = 'expired' THEN 'provider' ELSE 'staff' END, end_reason = 'first_gift_cancelled'
   WHERE id = NEW.plan_id AND status = 'pending';
END;

-- Plans counted before this rule whose first gift was never confirmed: pending again (cancelled:
-- ended). The count triggers of 0011 take them out of monthly_donors.
UPDATE monthly_plans
   SET status = 'ended', ended_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), end_reason = 'first_gift_cancelled',
       ended_by = (SELECT CASE WHEN d.cancel_reason = 'expired' THEN 'provider' ELSE 'staff' END FROM donations d
                    WHERE d.id = 'dn_' || substr(monthly_plans.id, 4))
 WHERE status IN ('active', 'pending')
   AND EXISTS (SELECT 1 FROM donations d WHERE d.plan_id = monthly_plans.id AND d.status = 'cancelled'
               AND d.id = 'dn_' || substr(monthly_plans.id, 4))
   AND NOT EXISTS (SELECT 1 FROM donations d WHERE d.plan_id = monthly_plans.id AND d.status IN ('confirmed', 'refunded'));
UPDATE monthly_plans SET status = 'pending'
 WHERE status = 'active'
   AND NOT EXISTS (SELECT 1 FROM donations d WHERE d.plan_id = monthly_plans.id AND d.status IN ('confirmed', 'refunded'));
