-- A blocked person may still delete their account (erasure comes first), but must not
-- come back unblocked by signing in again. Only the SHA-256 of the lowercased address
-- is kept: it tells whether a new sign-in is that address, and names no one.
CREATE TABLE blocked_addresses (
  email_hash text COLLATE "C" PRIMARY KEY,
  blocked_at timestamptz NOT NULL DEFAULT now()
);
