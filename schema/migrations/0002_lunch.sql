-- Free-lunch schools (免费午餐 teaching points): costs and calendar, closures, daily reports (公示),
-- and sponsorships. A sponsorship IS a donation to the school's campaign (same pending → confirmed
-- flow, idempotency, triggers and admin confirm/cancel); lunch_sponsorships only records what it
-- bought (meals, or school days for the whole school). The school's confirmed money is therefore
-- its campaign's raised_amount, kept exact by the donation triggers of 0001.

CREATE TABLE lunch_schools (
  id                   TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  org_id               TEXT NOT NULL REFERENCES organisations(id),
  -- One campaign funds one school, so no money is ever counted for two schools.
  campaign_id          TEXT NOT NULL UNIQUE REFERENCES campaigns(id),
  name                 TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  location             TEXT,
  -- Public footnote, e.g. which figures are assumptions.
  note                 TEXT CHECK (note IS NULL OR length(note) <= 500),
  children_count       INTEGER NOT NULL CHECK (typeof(children_count) = 'integer' AND children_count BETWEEN 1 AND 100000),
  meal_price           INTEGER NOT NULL CHECK (typeof(meal_price) = 'integer' AND meal_price BETWEEN 1 AND 1000000),
  school_days_per_week INTEGER NOT NULL DEFAULT 5 CHECK (typeof(school_days_per_week) = 'integer' AND school_days_per_week BETWEEN 1 AND 7),
  starts_on            TEXT NOT NULL CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  -- Paid every month in which lunch is served (the cook), spread over that month's school days.
  monthly_fixed_cost   INTEGER NOT NULL DEFAULT 0 CHECK (typeof(monthly_fixed_cost) = 'integer' AND monthly_fixed_cost BETWEEN 0 AND 10000000000),
  fixed_cost_label     TEXT CHECK (fixed_cost_label IS NULL OR length(fixed_cost_label) <= 100),
  created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX lunch_schools_by_org ON lunch_schools (org_id, created_at);

-- The campaign must belong to the school's organisation (its money, its staff).
CREATE TRIGGER lunch_schools_campaign_of_org
BEFORE INSERT ON lunch_schools
WHEN (SELECT p.org_id FROM campaigns c JOIN projects p ON p.id = c.project_id WHERE c.id = NEW.campaign_id) IS NOT NEW.org_id
BEGIN
  SELECT RAISE(ABORT, 'lunch_campaign_of_other_org');
END;

CREATE TRIGGER lunch_schools_fixed_links
BEFORE UPDATE OF org_id, campaign_id ON lunch_schools
WHEN NEW.org_id IS NOT OLD.org_id OR NEW.campaign_id IS NOT OLD.campaign_id
BEGIN
  SELECT RAISE(ABORT, 'lunch_school_links_are_fixed');
END;

-- Days without lunch: holidays, term breaks (both ends included).
CREATE TABLE lunch_closures (
  id         TEXT PRIMARY KEY,
  school_id  TEXT NOT NULL REFERENCES lunch_schools(id),
  starts_on  TEXT NOT NULL CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  ends_on    TEXT NOT NULL CHECK (ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND ends_on >= starts_on),
  label      TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX lunch_closures_by_school ON lunch_closures (school_id, starts_on);

-- The daily disclosure: one report per school and date.
CREATE TABLE lunch_reports (
  id         TEXT PRIMARY KEY,
  school_id  TEXT NOT NULL REFERENCES lunch_schools(id),
  date       TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  meals      INTEGER NOT NULL CHECK (typeof(meals) = 'integer' AND meals BETWEEN 1 AND 100000),
  spent      INTEGER NOT NULL CHECK (typeof(spent) = 'integer' AND spent BETWEEN 1 AND 10000000000),
  menu       TEXT CHECK (menu IS NULL OR length(menu) <= 500),
  photo_url  TEXT CHECK (photo_url IS NULL OR length(photo_url) <= 500),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (school_id, date)
);

-- What a sponsorship bought. Status, amount, name, contact live on the donation.
CREATE TABLE lunch_sponsorships (
  donation_id TEXT PRIMARY KEY REFERENCES donations(id),
  school_id   TEXT NOT NULL REFERENCES lunch_schools(id),
  meals       INTEGER NOT NULL CHECK (typeof(meals) = 'integer' AND meals >= 1),
  -- Set when the sponsor bought school days for the whole school (meals = days × children then).
  days        INTEGER CHECK (days IS NULL OR (typeof(days) = 'integer' AND days >= 1))
);
CREATE INDEX lunch_sponsorships_by_school ON lunch_sponsorships (school_id);

-- A sponsorship's donation goes to its school's campaign, nowhere else.
CREATE TRIGGER lunch_sponsorships_same_campaign
BEFORE INSERT ON lunch_sponsorships
WHEN (SELECT campaign_id FROM donations WHERE id = NEW.donation_id)
     IS NOT (SELECT campaign_id FROM lunch_schools WHERE id = NEW.school_id)
BEGIN
  SELECT RAISE(ABORT, 'sponsorship_campaign_mismatch');
END;

CREATE TRIGGER lunch_sponsorships_immutable
BEFORE UPDATE ON lunch_sponsorships
BEGIN
  SELECT RAISE(ABORT, 'sponsorships_are_immutable');
END;

CREATE TRIGGER lunch_sponsorships_no_delete
BEFORE DELETE ON lunch_sponsorships
BEGIN
  SELECT RAISE(ABORT, 'sponsorships_are_never_deleted');
END;
