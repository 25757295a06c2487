-- Tokens name their role and who minted them. Minting and revoking belong to owners (and the
-- super-admin); revoking a token revokes every token it minted, down the line. Existing tokens
-- were minted with every power of their organisation: they become owners.
ALTER TABLE admin_tokens ADD COLUMN role TEXT NOT NULL DEFAULT 'owner' CHECK (role IN ('owner', 'editor', 'finance', 'viewer'));
-- NULL: minted by the super-admin.
ALTER TABLE admin_tokens ADD COLUMN minted_by TEXT REFERENCES admin_tokens(id);
CREATE INDEX admin_tokens_by_minter ON admin_tokens (minted_by);
