-- A token never outlives the token that minted it.
-- - A token is minted only while its minter still works: the check runs inside the INSERT (this
--   trigger), so a mint racing its minter's revocation either lands before the revocation (and is
--   revoked with it, down the line) or is refused; it can never land after it and stay live.
-- - A child's expiry is never later than its minter's, and an already-expired token is never
--   minted (the API answers both with a validation problem before it gets here).
CREATE TRIGGER admin_tokens_minter_alive
BEFORE INSERT ON admin_tokens
WHEN NEW.minted_by IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM admin_tokens m WHERE m.id = NEW.minted_by AND m.revoked_at IS NULL
     AND (m.expires_at IS NULL OR m.expires_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))
BEGIN
  SELECT RAISE(ABORT, 'minter_not_valid');
END;

CREATE TRIGGER admin_tokens_within_minter
BEFORE INSERT ON admin_tokens
WHEN (NEW.expires_at IS NOT NULL AND NEW.expires_at <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  OR EXISTS (SELECT 1 FROM admin_tokens m WHERE m.id = NEW.minted_by AND m.expires_at IS NOT NULL
                AND (NEW.expires_at IS NULL OR NEW.expires_at > m.expires_at))
BEGIN
  SELECT RAISE(ABORT, 'token_outlives_minter');
END;

-- Tokens that slipped through before: a child of a revoked token is revoked (when it was made, if
-- that was later), and no child expires after its minter.
WITH RECURSIVE line(id, revoked_at, expires_at) AS (
  SELECT id, revoked_at, expires_at FROM admin_tokens WHERE minted_by IS NULL
  UNION ALL
  SELECT t.id,
         COALESCE(t.revoked_at, CASE WHEN line.revoked_at IS NOT NULL THEN max(line.revoked_at, t.created_at) END),
         CASE WHEN line.expires_at IS NOT NULL AND (t.expires_at IS NULL OR t.expires_at > line.expires_at) THEN line.expires_at
              ELSE t.expires_at END
    FROM admin_tokens t JOIN line ON t.minted_by = line.id
)
UPDATE admin_tokens
   SET revoked_at = (SELECT revoked_at FROM line WHERE line.id = admin_tokens.id),
       expires_at = (SELECT expires_at FROM line WHERE line.id = admin_tokens.id)
 WHERE id IN (SELECT id FROM line);
