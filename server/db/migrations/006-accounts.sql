-- Accounts and sign-in by e-mail link (server/auth/, docs/decisions/021). Tokens and
-- session ids are stored only as SHA-256 hashes: a copy of the database signs no one in.

CREATE TABLE accounts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  display_name text NOT NULL,
  role text NOT NULL DEFAULT 'participant'
    CHECK (role IN ('participant', 'expert', 'curator', 'committee', 'admin')),
  created_at timestamptz NOT NULL DEFAULT now()
);
-- One account per address, whatever its case.
CREATE UNIQUE INDEX accounts_email ON accounts (lower(email));

CREATE TABLE sign_in_tokens (
  token_hash text COLLATE "C" PRIMARY KEY,
  email text NOT NULL,
  -- The nonce of the browser that asked (its short-lived cookie), hashed too.
  nonce_hash text COLLATE "C" NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL DEFAULT now() + interval '15 minutes',
  used_at timestamptz
);
CREATE INDEX sign_in_tokens_expires_at ON sign_in_tokens (expires_at);

CREATE TABLE sessions (
  id_hash text COLLATE "C" PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_account_id ON sessions (account_id);

-- The development mailbox: what would have been sent, shown at /__outbox when no
-- SMTP server is configured.
CREATE TABLE outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  to_address text NOT NULL,
  subject text NOT NULL,
  text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
