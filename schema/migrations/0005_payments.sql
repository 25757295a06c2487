-- Online payment: which provider an organisation (or one campaign) uses, the offline details it
-- shows, each online donation's provider order, and a ledger of every provider callback.
-- D1/SQLite: existing tables only gain columns. donations.status keeps its four values: an expired
-- online pledge is 'cancelled' with cancel_reason 'expired' (the API reports it as "expired").

ALTER TABLE organisations ADD COLUMN payment_provider TEXT NOT NULL DEFAULT 'offline'
  CHECK (payment_provider IN ('offline','wechatpay','stripe'));
-- Offline details shown with the instructions: bank account text and a static payment-QR image.
ALTER TABLE organisations ADD COLUMN payment_account TEXT CHECK (payment_account IS NULL OR length(payment_account) <= 500);
ALTER TABLE organisations ADD COLUMN payment_qr_url TEXT CHECK (payment_qr_url IS NULL OR length(payment_qr_url) <= 500);

-- NULL = the organisation's provider.
ALTER TABLE campaigns ADD COLUMN payment_provider TEXT
  CHECK (payment_provider IS NULL OR payment_provider IN ('offline','wechatpay','stripe'));

-- The provider that takes this donation's money (NULL for offline and older rows).
ALTER TABLE donations ADD COLUMN provider TEXT CHECK (provider IS NULL OR provider IN ('wechatpay','stripe'));
-- WeChat: code_url; Stripe: checkout URL. Kept so the status poll can show it again.
ALTER TABLE donations ADD COLUMN payment_url TEXT;
-- Stripe checkout session id (WeChat's out_trade_no is the donation id itself).
ALTER TABLE donations ADD COLUMN provider_order_id TEXT;
-- WeChat transaction_id / Stripe payment_intent, recorded when the payment is confirmed.
ALTER TABLE donations ADD COLUMN provider_payment_id TEXT;
ALTER TABLE donations ADD COLUMN expires_at TEXT;
-- Why a pledge was cancelled when it was not staff: 'expired' (its online payment window closed unpaid).
ALTER TABLE donations ADD COLUMN cancel_reason TEXT CHECK (cancel_reason IS NULL OR cancel_reason IN ('expired'));
-- The ledger events that confirmed / refunded it: proves which callback moved the totals.
ALTER TABLE donations ADD COLUMN paid_event_id TEXT;
ALTER TABLE donations ADD COLUMN refund_event_id TEXT;

CREATE INDEX donations_pending_expiry ON donations (expires_at) WHERE status = 'pending' AND expires_at IS NOT NULL;
CREATE INDEX donations_by_provider_order ON donations (provider, provider_order_id);
CREATE INDEX donations_by_provider_payment ON donations (provider, provider_payment_id);

-- Every callback delivery, verified or not, with what it did. Refused deliveries change nothing
-- but stay here for staff; only an 'applied' or 'refund_applied' row moved money.
CREATE TABLE payment_events (
  id            TEXT PRIMARY KEY,
  provider      TEXT NOT NULL CHECK (provider IN ('wechatpay','stripe')),
  -- The provider's id for the event (NULL when the signature did not verify: it cannot be trusted).
  event_id      TEXT,
  event_type    TEXT,
  donation_id   TEXT REFERENCES donations(id),
  -- What the provider said: its order reference, payment id, amount and currency.
  order_ref     TEXT,
  payment_ref   TEXT,
  amount        INTEGER,
  currency      TEXT,
  outcome       TEXT NOT NULL CHECK (outcome IN (
                  'applied','refund_applied','expiry_applied','duplicate','unknown_order','amount_mismatch',
                  'currency_mismatch','late','out_of_order','not_confirmed','bad_signature','stale_timestamp',
                  'malformed','ignored')),
  detail        TEXT,
  received_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
-- One provider event moves money at most once, even when two deliveries race.
CREATE UNIQUE INDEX payment_events_applied_once ON payment_events (provider, event_id)
  WHERE outcome IN ('applied','refund_applied');
CREATE INDEX payment_events_recent ON payment_events (received_at DESC, id DESC);
CREATE INDEX payment_events_by_donation ON payment_events (donation_id);

-- The ledger is evidence: rows are never changed or removed.
CREATE TRIGGER payment_events_immutable
BEFORE UPDATE ON payment_events
BEGIN
  SELECT RAISE(ABORT, 'payment_events_are_immutable');
END;

CREATE TRIGGER payment_events_no_delete
BEFORE DELETE ON payment_events
BEGIN
  SELECT RAISE(ABORT, 'payment_events_are_never_deleted');
END;
