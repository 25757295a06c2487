-- Matching funds (配捐): a company or foundation (the matcher: an organisation's name and logo,
-- never a person's contact) commits a fund to one or more campaigns. Every gift pledged while the
-- fund runs is matched when it is confirmed (by staff or by a verified payment): ratio × gift, at
-- most the cap per gift, at most what the fund still holds. The triggers below do it in the same
-- statement as the confirmation, so a gift is matched exactly once, and SQLite's single writer
-- means two confirmations racing for the last 100 元 can never match more than the fund holds.
-- A refund or cancel of a confirmed gift gives its match back to the fund.
CREATE TABLE matchers (
  id         TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  org_id     TEXT NOT NULL REFERENCES organisations(id),
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  logo_url   TEXT CHECK (logo_url IS NULL OR length(logo_url) <= 500),
  website    TEXT CHECK (website IS NULL OR length(website) <= 500),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX matchers_by_org ON matchers (org_id, name);

CREATE TABLE match_funds (
  id             TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  matcher_id     TEXT NOT NULL REFERENCES matchers(id),
  -- The match per 100 units given: 100 = 1:1 (your 10 元 becomes 20 元), 200 = 1:2, 50 = 1:0.5.
  ratio_percent  INTEGER NOT NULL CHECK (typeof(ratio_percent) = 'integer' AND ratio_percent BETWEEN 1 AND 1000),
  cap_per_gift   INTEGER CHECK (cap_per_gift IS NULL OR (typeof(cap_per_gift) = 'integer' AND cap_per_gift BETWEEN 1 AND 10000000000)),
  total_cap      INTEGER NOT NULL CHECK (typeof(total_cap) = 'integer' AND total_cap BETWEEN 1 AND 1000000000000),
  currency       TEXT NOT NULL DEFAULT 'CNY' CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
  -- Gifts pledged in [starts_at, ends_at) are matched.
  starts_at      TEXT NOT NULL,
  ends_at        TEXT NOT NULL CHECK (ends_at > starts_at),
  -- Maintained only by the allocation triggers; never more than the fund holds.
  matched_amount INTEGER NOT NULL DEFAULT 0 CHECK (matched_amount >= 0 AND matched_amount <= total_cap),
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX match_funds_by_matcher ON match_funds (matcher_id);

CREATE TRIGGER match_funds_fixed_matcher
BEFORE UPDATE OF matcher_id, currency ON match_funds
WHEN NEW.matcher_id IS NOT OLD.matcher_id OR NEW.currency IS NOT OLD.currency
BEGIN
  SELECT RAISE(ABORT, 'match_fund_matcher_is_fixed');
END;

-- A fund cannot promise less than it has already matched.
CREATE TRIGGER match_funds_cap_covers_matched
BEFORE UPDATE OF total_cap ON match_funds
WHEN NEW.total_cap < OLD.matched_amount
BEGIN
  SELECT RAISE(ABORT, 'match_cap_below_matched');
END;

CREATE TABLE match_fund_campaigns (
  fund_id     TEXT NOT NULL REFERENCES match_funds(id),
  campaign_id TEXT NOT NULL REFERENCES campaigns(id),
  PRIMARY KEY (fund_id, campaign_id)
);
CREATE INDEX match_fund_campaigns_by_campaign ON match_fund_campaigns (campaign_id);

-- A fund matches only its own organisation's campaigns.
CREATE TRIGGER match_fund_campaigns_same_org
BEFORE INSERT ON match_fund_campaigns
WHEN (SELECT m.org_id FROM match_funds f JOIN matchers m ON m.id = f.matcher_id WHERE f.id = NEW.fund_id)
     IS NOT (SELECT p.org_id FROM campaigns c JOIN projects p ON p.id = c.project_id WHERE c.id = NEW.campaign_id)
BEGIN
  SELECT RAISE(ABORT, 'match_campaign_of_other_org');
END;

-- One row per gift and fund: what the fund added to it. Reversed, never deleted.
CREATE TABLE match_allocations (
  donation_id TEXT NOT NULL REFERENCES donations(id),
  fund_id     TEXT NOT NULL REFERENCES match_funds(id),
  campaign_id TEXT NOT NULL REFERENCES campaigns(id),
  amount      INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount >= 1),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  reversed_at TEXT,
  PRIMARY KEY (donation_id, fund_id)
);
CREATE INDEX match_allocations_by_fund ON match_allocations (fund_id);

ALTER TABLE campaigns ADD COLUMN matched_amount INTEGER NOT NULL DEFAULT 0 CHECK (matched_amount >= 0);

-- The match of a gift: each fund of its campaign that runs at the gift's pledge time, in its
-- currency, with money left: ratio × gift, capped per gift and by what remains.
CREATE TRIGGER donations_match_on_confirm
AFTER UPDATE OF status ON donations
WHEN OLD.status = 'pending' AND NEW.status = 'confirmed'
BEGIN
  INSERT INTO match_allocations (donation_id, fund_id, campaign_id, amount)
  SELECT NEW.id, f.id, NEW.campaign_id,
         MIN(NEW.amount * f.ratio_percent / 100, COALESCE(f.cap_per_gift, NEW.amount * f.ratio_percent / 100), f.total_cap - f.matched_amount)
    FROM match_funds f JOIN match_fund_campaigns fc ON fc.fund_id = f.id
   WHERE fc.campaign_id = NEW.campaign_id AND f.currency = NEW.currency
     AND f.starts_at <= NEW.created_at AND NEW.created_at < f.ends_at
     AND f.total_cap > f.matched_amount AND NEW.amount * f.ratio_percent / 100 >= 1;
END;

CREATE TRIGGER donations_unmatch_on_reversal
AFTER UPDATE OF status ON donations
WHEN OLD.status = 'confirmed' AND NEW.status IN ('refunded', 'cancelled')
BEGIN
  UPDATE match_allocations SET reversed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE donation_id = NEW.id AND reversed_at IS NULL;
END;

CREATE TRIGGER match_allocations_add
AFTER INSERT ON match_allocations
BEGIN
  UPDATE match_funds SET matched_amount = matched_amount + NEW.amount WHERE id = NEW.fund_id;
  UPDATE campaigns SET matched_amount = matched_amount + NEW.amount WHERE id = NEW.campaign_id;
END;

CREATE TRIGGER match_allocations_reverse
AFTER UPDATE OF reversed_at ON match_allocations
WHEN OLD.reversed_at IS NULL AND NEW.reversed_at IS NOT NULL
BEGIN
  UPDATE match_funds SET matched_amount = matched_amount - NEW.amount WHERE id = NEW.fund_id;
  UPDATE campaigns SET matched_amount = matched_amount - NEW.amount WHERE id = NEW.campaign_id;
END;

-- Only the reversal stamp ever changes, once; nothing is deleted.
CREATE TRIGGER match_allocations_guard
BEFORE UPDATE ON match_allocations
WHEN NEW.donation_id IS NOT OLD.donation_id OR NEW.fund_id IS NOT OLD.fund_id OR NEW.campaign_id IS NOT OLD.campaign_id
  OR NEW.amount IS NOT OLD.amount OR OLD.reversed_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'match_allocations_are_immutable');
END;

CREATE TRIGGER match_allocations_no_delete
BEFORE DELETE ON match_allocations
BEGIN
  SELECT RAISE(ABORT, 'match_allocations_are_never_deleted');
END;
