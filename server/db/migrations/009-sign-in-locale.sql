-- Account lifecycle (docs/decisions/024): a sign-in request's language travels with
-- its token, so the account created on first sign-in speaks it; an address's tokens
-- and mails are found by address when its account is deleted.

ALTER TABLE sign_in_tokens
  ADD COLUMN locale text NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en'));
CREATE INDEX sign_in_tokens_email ON sign_in_tokens (lower(email));
-- The purge of dead sessions reads them by expiry.
CREATE INDEX sessions_expires_at ON sessions (expires_at);
