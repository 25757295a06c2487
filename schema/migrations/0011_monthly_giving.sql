-- Monthly giving (月捐). A monthly plan is a donor's promise to give the same amount each month
-- to one campaign, until the donor or staff ends it.
-- - Stripe: a subscription. Each verified invoice.paid is one confirmed donation, exactly once
--   (unique per invoice); the first invoice confirms the pledge's own pending donation.
-- - Offline (and WeChat Pay, whose auto-debit needs a contract we do not assume): each month a
--   pending donation enters the staff queue (unique per plan and month), staff confirm it when
--   the transfer arrives.
-- The donor's own page (/donor/{token}, no account) is reached by a link signed by the service
-- (worker/lib/donor-link.ts): it lists the pledge's gifts and stops its monthly plan.
CREATE TABLE monthly_plans (
  id             TEXT PRIMARY KEY,
  campaign_id    TEXT NOT NULL REFERENCES campaigns(id),
  amount         INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount BETWEEN 1 AND 10000000000),
  currency       TEXT NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
  name           TEXT CHECK (name IS NULL OR length(name) <= 50),
  anonymous      INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
  message        TEXT CHECK (message IS NULL OR length(message) <= 200),
  contact        TEXT CHECK (contact IS NULL OR length(contact) <= 100),
  -- NULL: offline months (staff confirm); 'stripe': a subscription.
  provider       TEXT CHECK (provider IS NULL OR provider = 'stripe'),
  provider_subscription_id TEXT,
  -- pending: a Stripe plan whose first invoice is not paid yet.
  status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('pending', 'active', 'ended')),
  -- Offline plans: the first day of the next month whose donation is due (China date).
  next_due_on    TEXT CHECK (next_due_on IS NULL OR next_due_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-01'),
  failed_payments INTEGER NOT NULL DEFAULT 0 CHECK (failed_payments >= 0),
  last_failure_at TEXT,
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ended_at       TEXT,
  ended_by       TEXT CHECK (ended_by IS NULL OR ended_by IN ('donor', 'staff', 'provider')),
  CHECK ((status = 'ended') = (ended_at IS NOT NULL))
);
CREATE INDEX monthly_plans_by_campaign ON monthly_plans (campaign_id, status);
CREATE INDEX monthly_plans_due ON monthly_plans (next_due_on) WHERE status = 'active' AND provider IS NULL;
CREATE UNIQUE INDEX monthly_plans_by_subscription ON monthly_plans (provider, provider_subscription_id) WHERE provider_subscription_id IS NOT NULL;

-- An ended plan stays ended.
CREATE TRIGGER monthly_plans_end_is_final
BEFORE UPDATE OF status ON monthly_plans
WHEN OLD.status = 'ended' AND NEW.status IS NOT 'ended'
BEGIN
  SELECT RAISE(ABORT, 'plan_ended');
END;

ALTER TABLE campaigns ADD COLUMN monthly_allowed INTEGER NOT NULL DEFAULT 0 CHECK (monthly_allowed IN (0, 1));
-- Maintained only by the triggers below: plans that are active now.
ALTER TABLE campaigns ADD COLUMN monthly_donors INTEGER NOT NULL DEFAULT 0 CHECK (monthly_donors >= 0);

CREATE TRIGGER monthly_plans_count_new
AFTER INSERT ON monthly_plans
WHEN NEW.status = 'active'
BEGIN
  UPDATE campaigns SET monthly_donors = monthly_donors + 1 WHERE id = NEW.campaign_id;
END;

CREATE TRIGGER monthly_plans_count_change
AFTER UPDATE OF status ON monthly_plans
WHEN (OLD.status = 'active') IS NOT (NEW.status = 'active')
BEGIN
  UPDATE campaigns SET monthly_donors = monthly_donors + (CASE WHEN NEW.status = 'active' THEN 1 ELSE -1 END) WHERE id = NEW.campaign_id;
END;

ALTER TABLE donations ADD COLUMN plan_id TEXT REFERENCES monthly_plans(id);
-- The month (YYYY-MM) an offline plan's donation is for: one per plan and month.
ALTER TABLE donations ADD COLUMN plan_month TEXT CHECK (plan_month IS NULL OR plan_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]');
CREATE UNIQUE INDEX donations_one_per_plan_month ON donations (plan_id, plan_month) WHERE plan_month IS NOT NULL;
-- The Stripe invoice a monthly donation was paid by: one donation per invoice.
ALTER TABLE donations ADD COLUMN provider_invoice_id TEXT;
CREATE UNIQUE INDEX donations_one_per_invoice ON donations (provider, provider_invoice_id) WHERE provider_invoice_id IS NOT NULL;
CREATE INDEX donations_by_plan ON donations (plan_id) WHERE plan_id IS NOT NULL;

-- A renewal is written confirmed (the money has arrived): match it like a confirmation.
CREATE TRIGGER donations_match_on_confirmed_insert
AFTER INSERT ON donations
WHEN NEW.status = 'confirmed' AND NEW.plan_id IS NOT NULL
BEGIN
  INSERT INTO match_allocations (donation_id, fund_id, campaign_id, amount)
  SELECT NEW.id, f.id, NEW.campaign_id,
         MIN(NEW.amount * f.ratio_percent / 100, COALESCE(f.cap_per_gift, NEW.amount * f.ratio_percent / 100), f.total_cap - f.matched_amount)
    FROM match_funds f JOIN match_fund_campaigns fc ON fc.fund_id = f.id
   WHERE fc.campaign_id = NEW.campaign_id AND f.currency = NEW.currency
     AND f.starts_at <= NEW.created_at AND NEW.created_at < f.ends_at
     AND f.total_cap > f.matched_amount AND NEW.amount * f.ratio_percent / 100 >= 1;
END;
