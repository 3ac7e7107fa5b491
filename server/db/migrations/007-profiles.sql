-- Profiles (issue 11): what a person may say about themselves, and the block a
-- curator may put on an account. A deleted account's row goes; what it wrote stays,
-- authored by nobody ("deleted account").

ALTER TABLE accounts
  ADD COLUMN bio text NOT NULL DEFAULT '',
  ADD COLUMN affiliation text CHECK (affiliation IN ('internal', 'external')),
  ADD COLUMN locale text NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
  ADD COLUMN blocked_at timestamptz;
