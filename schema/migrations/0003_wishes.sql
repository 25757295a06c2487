-- Micro-wishes (微心愿): residents' small wishes entered by staff, claimed first-come by party
-- members or the public (接单), then fulfilled with a visit. Depends only on 0001_foundation.sql.
--
-- The database itself guarantees "two people can never both hold one wish": a claim is one INSERT
-- into wish_claims; a BEFORE INSERT trigger aborts it (and so the whole D1 batch, idempotency
-- record included) unless the wish is open, and an AFTER INSERT trigger moves the wish to claimed
-- in the same statement. D1 runs a batch as one transaction, one at a time, so of any number of
-- simultaneous claims exactly one finds the wish open.

CREATE TABLE wishes (
  id               TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  org_id           TEXT NOT NULL REFERENCES organisations(id),
  title            TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  story            TEXT NOT NULL DEFAULT '' CHECK (length(story) <= 2000),
  category         TEXT NOT NULL CHECK (category IN ('necessities','study','culture','policy','employment','other')),
  -- As staff entered it (e.g. 马才英); public answers only ever show it masked (马**).
  wisher_name      TEXT NOT NULL CHECK (length(wisher_name) BETWEEN 1 AND 50),
  community        TEXT CHECK (community IS NULL OR length(community) <= 200),
  -- Estimated value: money in minor units, currency beside it.
  value_amount     INTEGER CHECK (value_amount IS NULL OR (typeof(value_amount) = 'integer' AND value_amount BETWEEN 1 AND 10000000000)),
  currency         TEXT NOT NULL DEFAULT 'CNY' CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
  photo_url        TEXT,
  status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','claimed','fulfilled','withdrawn','expired')),
  -- The claim holding (or that fulfilled) the wish; set by the claim trigger, cleared on release.
  claim_id         TEXT,
  fulfilled_at     TEXT,
  thanks_note      TEXT CHECK (thanks_note IS NULL OR length(thanks_note) <= 1000),
  thanks_photo_url TEXT,
  created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
-- The board: newest first, keyset-paged on (created_at, id), filtered by status and/or category.
CREATE INDEX wishes_by_org ON wishes (org_id, created_at DESC, id DESC);
CREATE INDEX wishes_by_org_status ON wishes (org_id, status, created_at DESC, id DESC);
CREATE INDEX wishes_by_org_category ON wishes (org_id, category, created_at DESC, id DESC);

CREATE TABLE wish_claims (
  id             TEXT PRIMARY KEY,
  wish_id        TEXT NOT NULL REFERENCES wishes(id),
  name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  organisation   TEXT CHECK (organisation IS NULL OR length(organisation) <= 100),
  -- Private: only the admin API returns it.
  contact        TEXT NOT NULL CHECK (length(contact) BETWEEN 1 AND 100),
  status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','released','fulfilled')),
  release_reason TEXT CHECK (release_reason IS NULL OR length(release_reason) <= 500),
  released_at    TEXT,
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
-- At most one claim ever holds a wish (a released claim steps aside; a fulfilled one keeps it).
CREATE UNIQUE INDEX wish_claims_one_holder ON wish_claims (wish_id) WHERE status IN ('active','fulfilled');
CREATE INDEX wish_claims_by_wish ON wish_claims (wish_id, created_at);

-- First come: a claim on a wish that is not open aborts, with a reason the API maps to a code.
CREATE TRIGGER wish_claims_need_open_wish
BEFORE INSERT ON wish_claims
BEGIN
  SELECT CASE (SELECT status FROM wishes WHERE id = NEW.wish_id)
    WHEN 'open' THEN NULL
    WHEN 'claimed' THEN RAISE(ABORT, 'wish_already_claimed')
    WHEN 'fulfilled' THEN RAISE(ABORT, 'wish_already_claimed')
    ELSE RAISE(ABORT, 'wish_not_open')
  END;
END;

CREATE TRIGGER wish_claims_take_wish
AFTER INSERT ON wish_claims
BEGIN
  UPDATE wishes SET status = 'claimed', claim_id = NEW.id, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
   WHERE id = NEW.wish_id;
END;

-- The only status moves: open→claimed (a claim), claimed→open (a release, which clears claim_id),
-- claimed→fulfilled, and staff closing or reopening an unclaimed wish (open ↔ withdrawn/expired).
-- Fulfilled is final.
CREATE TRIGGER wishes_guard_status
BEFORE UPDATE OF status ON wishes
WHEN NEW.status IS NOT OLD.status AND NOT (
      (OLD.status = 'open' AND NEW.status IN ('claimed','withdrawn','expired'))
   OR (OLD.status = 'claimed' AND ((NEW.status = 'open' AND NEW.claim_id IS NULL) OR NEW.status = 'fulfilled'))
   OR (OLD.status IN ('withdrawn','expired') AND NEW.status IN ('open','withdrawn','expired')))
BEGIN
  SELECT RAISE(ABORT, 'invalid_wish_transition');
END;

CREATE TRIGGER wishes_no_delete
BEFORE DELETE ON wishes
BEGIN
  SELECT RAISE(ABORT, 'wishes_are_never_deleted');
END;
