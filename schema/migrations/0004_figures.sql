-- Headline figures (数据公示) an organisation's staff enter: 走访服务对象 12368 人次, 投入资金 104.575 万元.
-- Live figures (amount raised, donors, meals served, …) are never stored: the API computes them from
-- the data on every read (worker/db/live-figures.ts), so they cannot drift from it.
-- A money figure has a currency and its value is INTEGER minor units (fen), like all money here;
-- any other figure is a plain count or measure in `unit` (人次, 户, 个).
CREATE TABLE org_figures (
  org_id      TEXT NOT NULL REFERENCES organisations(id),
  key         TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
  label       TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
  value       REAL NOT NULL CHECK (value >= 0),
  unit        TEXT CHECK (unit IS NULL OR length(unit) <= 20),
  currency    TEXT CHECK (currency IS NULL OR currency GLOB '[A-Z][A-Z][A-Z]'),
  -- "余" / "over": the source says 900万余元, 200余人次.
  approximate INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
  period      TEXT CHECK (period IS NULL OR length(period) <= 60),
  position    INTEGER NOT NULL DEFAULT 0,
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (org_id, key),
  CHECK (currency IS NULL OR value = CAST(value AS INTEGER))
);
CREATE INDEX org_figures_by_position ON org_figures (org_id, position, key);

-- Live "projects completed" counts an organisation's projects by status.
CREATE INDEX projects_by_org_status ON projects (org_id, status);
