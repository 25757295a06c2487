-- Gongyi foundation schema: organisations, their embedding sites, projects with progress updates,
-- campaigns and donations (totals kept by triggers), idempotency records and admin tokens.
-- Timestamps are ISO 8601 UTC text; money is INTEGER minor units (fen) with a currency beside it.

CREATE TABLE organisations (
  id         TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  region     TEXT,
  brand      TEXT,
  logo_url   TEXT,
  website    TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Origins (scheme://host[:port]) an organisation allows to post public writes from.
CREATE TABLE sites (
  id         TEXT PRIMARY KEY,
  org_id     TEXT NOT NULL REFERENCES organisations(id),
  origin     TEXT NOT NULL CHECK (origin GLOB 'http*://*' AND origin NOT GLOB '*/*/*/*'),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (org_id, origin)
);
CREATE INDEX sites_by_origin ON sites (origin);

CREATE TABLE projects (
  id            TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  org_id        TEXT NOT NULL REFERENCES organisations(id),
  title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  summary       TEXT NOT NULL,
  body          TEXT NOT NULL DEFAULT '',
  cover_url     TEXT,
  category      TEXT NOT NULL CHECK (category IN
                  ('elderly','children','meals','disability','education','relief','community','other')),
  location      TEXT,
  beneficiaries TEXT,
  status        TEXT NOT NULL CHECK (status IN ('planned','in_progress','completed')),
  links         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(links) AND json_type(links) = 'array'),
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
-- Column listing: newest first, keyset-paged on (created_at, id), filtered by category/status.
CREATE INDEX projects_by_org ON projects (org_id, created_at DESC, id DESC);
CREATE INDEX projects_by_org_category ON projects (org_id, category, created_at DESC, id DESC);

CREATE TABLE project_updates (
  id         TEXT PRIMARY KEY,
  project_id TEXT NOT NULL REFERENCES projects(id),
  date       TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  title      TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body       TEXT NOT NULL DEFAULT '',
  state      TEXT NOT NULL CHECK (state IN ('done','doing','planned')),
  position   INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX project_updates_by_project ON project_updates (project_id, date, position);

CREATE TABLE campaigns (
  id             TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  project_id     TEXT NOT NULL REFERENCES projects(id),
  title          TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  currency       TEXT NOT NULL DEFAULT 'CNY' CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
  goal_amount    INTEGER NOT NULL CHECK (typeof(goal_amount) = 'integer' AND goal_amount BETWEEN 1 AND 1000000000000),
  -- Maintained only by the donation triggers below.
  raised_amount  INTEGER NOT NULL DEFAULT 0 CHECK (raised_amount >= 0),
  pending_amount INTEGER NOT NULL DEFAULT 0 CHECK (pending_amount >= 0),
  donor_count    INTEGER NOT NULL DEFAULT 0 CHECK (donor_count >= 0),
  ends_at        TEXT,
  status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('draft','open','closed')),
  tiers          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tiers) AND json_type(tiers) = 'array'),
  payment_instructions TEXT,
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX campaigns_by_project ON campaigns (project_id, created_at DESC);

CREATE TABLE donations (
  id           TEXT PRIMARY KEY,
  campaign_id  TEXT NOT NULL REFERENCES campaigns(id),
  amount       INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount BETWEEN 1 AND 10000000000),
  currency     TEXT NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
  name         TEXT CHECK (name IS NULL OR length(name) <= 50),
  anonymous    INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
  message      TEXT CHECK (message IS NULL OR length(message) <= 200),
  contact      TEXT CHECK (contact IS NULL OR length(contact) <= 100),
  channel      TEXT NOT NULL DEFAULT 'offline' CHECK (channel IN ('offline','online','seed')),
  reference    TEXT NOT NULL UNIQUE,
  status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','confirmed','cancelled','refunded')),
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  confirmed_at TEXT,
  cancelled_at TEXT,
  refunded_at  TEXT
);
CREATE INDEX donations_recent ON donations (campaign_id, status, confirmed_at DESC);
CREATE INDEX donations_by_created ON donations (created_at DESC, id DESC);

-- Public-write replay store: one row per (method+path, Idempotency-Key), written in the same
-- batch as the write it answers for, so a replay can never disagree with the database.
CREATE TABLE idempotency_records (
  scope         TEXT NOT NULL,
  key           TEXT NOT NULL,
  request_hash  TEXT NOT NULL,
  status        INTEGER NOT NULL,
  response_body TEXT NOT NULL,
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (scope, key)
);

-- Organisation-scoped admin tokens; only the SHA-256 hex of the secret is kept.
CREATE TABLE admin_tokens (
  id         TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
  org_id     TEXT NOT NULL REFERENCES organisations(id),
  label      TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  revoked_at TEXT
);
CREATE INDEX admin_tokens_by_org ON admin_tokens (org_id);

-- ── Money invariants ────────────────────────────────────────────────────────────────────────
-- A pledge can only open on an open campaign (guards the race between reading and writing).
CREATE TRIGGER donations_pledge_needs_open_campaign
BEFORE INSERT ON donations
WHEN NEW.status = 'pending'
 AND (SELECT status FROM campaigns WHERE id = NEW.campaign_id) IS NOT 'open'
BEGIN
  SELECT RAISE(ABORT, 'campaign_not_open');
END;

-- Only pending→confirmed|cancelled and confirmed→refunded exist; amount and campaign never change.
CREATE TRIGGER donations_guard_update
BEFORE UPDATE ON donations
WHEN NEW.amount IS NOT OLD.amount
  OR NEW.campaign_id IS NOT OLD.campaign_id
  OR (NEW.status IS NOT OLD.status AND NOT (
        (OLD.status = 'pending' AND NEW.status IN ('confirmed','cancelled'))
     OR (OLD.status = 'confirmed' AND NEW.status = 'refunded')))
BEGIN
  SELECT RAISE(ABORT, 'invalid_donation_update');
END;

CREATE TRIGGER donations_no_delete
BEFORE DELETE ON donations
BEGIN
  SELECT RAISE(ABORT, 'donations_are_never_deleted');
END;

CREATE TRIGGER donations_insert_pending
AFTER INSERT ON donations WHEN NEW.status = 'pending'
BEGIN
  UPDATE campaigns SET pending_amount = pending_amount + NEW.amount WHERE id = NEW.campaign_id;
END;

-- Seeds and imports may insert money that is already confirmed.
CREATE TRIGGER donations_insert_confirmed
AFTER INSERT ON donations WHEN NEW.status = 'confirmed'
BEGIN
  UPDATE campaigns SET raised_amount = raised_amount + NEW.amount, donor_count = donor_count + 1
   WHERE id = NEW.campaign_id;
END;

CREATE TRIGGER donations_confirm
AFTER UPDATE OF status ON donations WHEN OLD.status = 'pending' AND NEW.status = 'confirmed'
BEGIN
  UPDATE campaigns SET pending_amount = pending_amount - NEW.amount,
                       raised_amount = raised_amount + NEW.amount,
                       donor_count = donor_count + 1
   WHERE id = NEW.campaign_id;
END;

CREATE TRIGGER donations_cancel
AFTER UPDATE OF status ON donations WHEN OLD.status = 'pending' AND NEW.status = 'cancelled'
BEGIN
  UPDATE campaigns SET pending_amount = pending_amount - NEW.amount WHERE id = NEW.campaign_id;
END;

CREATE TRIGGER donations_refund
AFTER UPDATE OF status ON donations WHEN OLD.status = 'confirmed' AND NEW.status = 'refunded'
BEGIN
  UPDATE campaigns SET raised_amount = raised_amount - NEW.amount, donor_count = donor_count - 1
   WHERE id = NEW.campaign_id;
END;
