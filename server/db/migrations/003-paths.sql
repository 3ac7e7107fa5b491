-- Paths visitors share: each an ordered list of steps through stories, people and
-- themes. A path is written once and always read whole, so its steps are one jsonb
-- array (order is array order) rather than a table of rows: one insert, one read.
-- Steps name their targets by slug without foreign keys on purpose: content may be
-- unpublished after a path was shared, and reads then leave those steps out.
--
-- Paths are not content: no trigger moves content_version here, so sharing a path
-- never invalidates the response caches of every instance.

CREATE TABLE paths (
  id text COLLATE "C" PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{8,32}$'),
  steps jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array'),
  -- sha256 of the steps as stored: sharing the same path twice gives the same id.
  steps_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
