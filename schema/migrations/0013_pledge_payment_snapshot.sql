-- What an offline donor is told when pledging (the campaign's payment instructions, the
-- organisation's account and QR image) is kept with the pledge, as JSON
-- {"instructions","account","qrUrl"}: the status poll shows that, so a later change of account
-- cannot send an earlier donor's transfer elsewhere. NULL: an online gift, or a monthly plan's
-- later month (shown as the settings are when asked).
ALTER TABLE donations ADD COLUMN offline_payment TEXT CHECK (offline_payment IS NULL OR json_valid(offline_payment));

-- Offline pledges made before: the settings as they are now, the best that is known.
UPDATE donations
   SET offline_payment = (
     SELECT json_object('instructions', c.payment_instructions, 'account', o.payment_account, 'qrUrl', o.payment_qr_url)
       FROM campaigns c JOIN projects p ON p.id = c.project_id JOIN organisations o ON o.id = p.org_id
      WHERE c.id = donations.campaign_id)
 WHERE provider IS NULL AND offline_payment IS NULL;

-- Once told, always told the same.
CREATE TRIGGER donations_offline_payment_is_fixed
BEFORE UPDATE OF offline_payment ON donations
WHEN OLD.offline_payment IS NOT NULL AND NEW.offline_payment IS NOT OLD.offline_payment
BEGIN
  SELECT RAISE(ABORT, 'offline_payment_is_fixed');
END;
