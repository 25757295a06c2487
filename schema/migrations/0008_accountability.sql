-- Accountability: who really receives the money, where it went, and who changed what.
--
-- Under the Charity Law a government department may not raise money from the public itself: gifts
-- go to a charitable organisation with public-fundraising qualification (公募资格), and each
-- campaign is filed on 慈善中国 with its own record number. An organisation keeps the charities it
-- works with here; a campaign names one of them and its filing. Only a campaign whose recipient
-- has the qualification and whose filing number is on record accepts gifts.
CREATE TABLE recipients (
  id            TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  org_id        TEXT NOT NULL REFERENCES organisations(id),
  name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- 统一社会信用代码: 18 characters from the code's alphabet (digits and capitals without I O Z S V).
  credit_code   TEXT NOT NULL CHECK (length(credit_code) = 18 AND credit_code NOT GLOB '*[^0-9ABCDEFGHJKLMNPQRTUWXY]*'),
  -- The public-fundraising qualification as certified (e.g. "具有公开募捐资格（2017年取得）"); NULL = none.
  qualification TEXT CHECK (qualification IS NULL OR length(qualification) BETWEEN 1 AND 200),
  website       TEXT CHECK (website IS NULL OR length(website) <= 500),
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX recipients_by_org ON recipients (org_id, name);

CREATE TRIGGER recipients_fixed_org
BEFORE UPDATE OF org_id ON recipients
WHEN NEW.org_id IS NOT OLD.org_id
BEGIN
  SELECT RAISE(ABORT, 'recipient_org_is_fixed');
END;

ALTER TABLE campaigns ADD COLUMN recipient_id TEXT REFERENCES recipients(id);
-- The filed fundraising plan (募捐方案备案): its record number, its 慈善中国 page, its period.
ALTER TABLE campaigns ADD COLUMN filing_number TEXT CHECK (filing_number IS NULL OR length(filing_number) BETWEEN 1 AND 64);
ALTER TABLE campaigns ADD COLUMN filing_url TEXT CHECK (filing_url IS NULL OR length(filing_url) <= 500);
ALTER TABLE campaigns ADD COLUMN filed_from TEXT CHECK (filed_from IS NULL OR filed_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
ALTER TABLE campaigns ADD COLUMN filed_until TEXT CHECK (filed_until IS NULL OR filed_until GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
-- The designated online platform (民政部指定的互联网公开募捐服务平台) where it is also listed.
ALTER TABLE campaigns ADD COLUMN platform TEXT CHECK (platform IS NULL OR length(platform) BETWEEN 1 AND 100);
ALTER TABLE campaigns ADD COLUMN platform_url TEXT CHECK (platform_url IS NULL OR length(platform_url) <= 500);
-- Maintained only by the expenditure triggers below (like raised_amount by the donation triggers).
ALTER TABLE campaigns ADD COLUMN spent_amount INTEGER NOT NULL DEFAULT 0 CHECK (spent_amount >= 0);

-- A campaign's recipient is one of its own organisation's charities.
CREATE TRIGGER campaigns_recipient_of_org
BEFORE UPDATE OF recipient_id ON campaigns
WHEN NEW.recipient_id IS NOT NULL
 AND (SELECT org_id FROM recipients WHERE id = NEW.recipient_id)
     IS NOT (SELECT org_id FROM projects WHERE id = NEW.project_id)
BEGIN
  SELECT RAISE(ABORT, 'recipient_of_other_org');
END;

CREATE TRIGGER campaigns_recipient_of_org_insert
BEFORE INSERT ON campaigns
WHEN NEW.recipient_id IS NOT NULL
 AND (SELECT org_id FROM recipients WHERE id = NEW.recipient_id)
     IS NOT (SELECT org_id FROM projects WHERE id = NEW.project_id)
BEGIN
  SELECT RAISE(ABORT, 'recipient_of_other_org');
END;

-- No gift opens on a campaign without a qualified recipient and a filing (the routes answer
-- recipient_required first; this guards the race between reading and writing).
CREATE TRIGGER donations_pledge_needs_recipient
BEFORE INSERT ON donations
WHEN NEW.status = 'pending'
 AND NOT EXISTS (SELECT 1 FROM campaigns c JOIN recipients r ON r.id = c.recipient_id
                 WHERE c.id = NEW.campaign_id AND r.qualification IS NOT NULL AND c.filing_number IS NOT NULL)
BEGIN
  SELECT RAISE(ABORT, 'recipient_required');
END;

-- ── Spending (资金使用公示) ────────────────────────────────────────────────────────────────────
-- One ledger of money out per campaign. A lunch school's daily report is its form of the same
-- ledger: the report's triggers keep exactly one expenditure row for it.
CREATE TABLE expenditures (
  id              TEXT PRIMARY KEY,
  campaign_id     TEXT NOT NULL REFERENCES campaigns(id),
  date            TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  amount          INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount BETWEEN 1 AND 10000000000),
  purpose         TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 200),
  -- The organisation paid (a supplier, a school); public answers scrub contacts from it.
  payee           TEXT CHECK (payee IS NULL OR length(payee) <= 200),
  receipt_url     TEXT CHECK (receipt_url IS NULL OR length(receipt_url) <= 500),
  lunch_report_id TEXT UNIQUE REFERENCES lunch_reports(id),
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX expenditures_by_campaign ON expenditures (campaign_id, date DESC, id DESC);

CREATE TRIGGER expenditures_fixed_campaign
BEFORE UPDATE OF campaign_id ON expenditures
WHEN NEW.campaign_id IS NOT OLD.campaign_id
BEGIN
  SELECT RAISE(ABORT, 'expenditure_campaign_is_fixed');
END;

CREATE TRIGGER expenditures_add
AFTER INSERT ON expenditures
BEGIN
  UPDATE campaigns SET spent_amount = spent_amount + NEW.amount WHERE id = NEW.campaign_id;
END;

CREATE TRIGGER expenditures_change
AFTER UPDATE OF amount ON expenditures
BEGIN
  UPDATE campaigns SET spent_amount = spent_amount - OLD.amount + NEW.amount WHERE id = NEW.campaign_id;
END;

CREATE TRIGGER expenditures_remove
AFTER DELETE ON expenditures
BEGIN
  UPDATE campaigns SET spent_amount = spent_amount - OLD.amount WHERE id = OLD.campaign_id;
END;

-- The lunch reports' expenditures: written and kept in step by the reports, never by hand.
CREATE TRIGGER lunch_reports_spend
AFTER INSERT ON lunch_reports
BEGIN
  INSERT INTO expenditures (id, campaign_id, date, amount, purpose, receipt_url, lunch_report_id)
  VALUES ('lr-' || NEW.id, (SELECT campaign_id FROM lunch_schools WHERE id = NEW.school_id), NEW.date, NEW.spent,
          '午餐 ' || NEW.meals || ' 份', NEW.photo_url, NEW.id);
END;

CREATE TRIGGER lunch_reports_respend
AFTER UPDATE ON lunch_reports
BEGIN
  UPDATE expenditures SET date = NEW.date, amount = NEW.spent, purpose = '午餐 ' || NEW.meals || ' 份',
         receipt_url = NEW.photo_url, updated_at = NEW.updated_at
   WHERE lunch_report_id = NEW.id;
END;

INSERT INTO expenditures (id, campaign_id, date, amount, purpose, receipt_url, lunch_report_id, created_at, updated_at)
SELECT 'lr-' || r.id, s.campaign_id, r.date, r.spent, '午餐 ' || r.meals || ' 份', r.photo_url, r.id, r.created_at, r.updated_at
  FROM lunch_reports r JOIN lunch_schools s ON s.id = r.school_id;

-- ── Staff: named, with a role and an optional expiry ──────────────────────────────────────────
ALTER TABLE admin_tokens ADD COLUMN expires_at TEXT;

-- ── Audit trail ────────────────────────────────────────────────────────────────────────────────
-- One row per admin write, appended in the same batch as the change (a failed write leaves none).
-- Append-only: the triggers refuse every update and delete.
CREATE TABLE audit_log (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- The organisation the object belongs to (NULL: none could be told, e.g. a deleted site's).
  org_id       TEXT,
  -- NULL = the super-admin.
  token_id     TEXT,
  actor_label  TEXT NOT NULL,
  actor_role   TEXT NOT NULL,
  action       TEXT NOT NULL,
  object_type  TEXT NOT NULL,
  object_id    TEXT,
  before       TEXT CHECK (before IS NULL OR json_valid(before)),
  after        TEXT CHECK (after IS NULL OR json_valid(after)),
  request_id   TEXT NOT NULL
);
CREATE INDEX audit_by_org ON audit_log (org_id, seq DESC);
CREATE INDEX audit_by_object ON audit_log (object_type, object_id, seq DESC);
CREATE INDEX audit_by_token ON audit_log (token_id, seq DESC);

CREATE TRIGGER audit_log_append_only
BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log_is_append_only');
END;

CREATE TRIGGER audit_log_no_delete
BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log_is_append_only');
END;
