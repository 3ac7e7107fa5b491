-- Per-client request counters (server/http/rate-limit.ts): one row per bucket, client
-- key and fixed window, counted up by one INSERT … ON CONFLICT DO UPDATE, so every
-- instance on this database shares each client's allowance. Rows whose window has
-- ended are pruned by the instances as they go.
--
-- UNLOGGED: counters are worth nothing after a crash (the table then comes back
-- empty, every client with a fresh allowance), and skipping the WAL halves the cost
-- of a hit.

CREATE UNLOGGED TABLE rate_limits (
  bucket text COLLATE "C" NOT NULL,
  key text COLLATE "C" NOT NULL,
  window_end timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (bucket, key, window_end)
);
CREATE INDEX rate_limits_window_end ON rate_limits (window_end);
