-- In Movement (docs/decisions/022): themes, debates, contributions with one level of
-- replies, reports, the append-only public moderation log, curated items. Deleting an
-- account keeps what it wrote (author NULL: "deleted account") and drops its reports.
-- Times are kept to the millisecond, as the API writes them, so what a reader sees is
-- exactly what is stored.

CREATE TABLE im_themes (
  slug text COLLATE "C" PRIMARY KEY,
  name_fr text NOT NULL,
  name_en text NOT NULL,
  color text NOT NULL CHECK (color ~ '^#[0-9a-fA-F]{6}$'),
  intro_fr text NOT NULL,
  intro_en text NOT NULL,
  position integer NOT NULL UNIQUE
);

CREATE TABLE debates (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug text COLLATE "C" NOT NULL UNIQUE,
  lang text NOT NULL CHECK (lang IN ('fr', 'en')),
  question text NOT NULL,
  theme text COLLATE "C" NOT NULL REFERENCES im_themes (slug) ON UPDATE CASCADE,
  expert_id bigint REFERENCES accounts (id) ON DELETE SET NULL,
  framing text NOT NULL,
  conclusion text,
  film jsonb,
  cover jsonb NOT NULL,
  opens_at timestamptz NOT NULL,
  closes_at timestamptz NOT NULL,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
  pinned boolean NOT NULL DEFAULT false,
  featured boolean NOT NULL DEFAULT false,
  archived_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  -- A closed debate shows its conclusion first: closing one writes it.
  CHECK (state = 'open' OR conclusion IS NOT NULL)
);
CREATE INDEX debates_theme ON debates (theme);
CREATE INDEX debates_expert_id ON debates (expert_id);

CREATE TABLE contributions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  debate_id bigint NOT NULL REFERENCES debates (id) ON DELETE CASCADE,
  parent_id bigint REFERENCES contributions (id) ON DELETE CASCADE,
  author_id bigint REFERENCES accounts (id) ON DELETE SET NULL,
  stance text CHECK (stance IN ('for', 'neutral', 'against')),
  -- Stored byte for byte; the bound is the contract's CONTRIBUTION_MAX (code points
  -- here, UTF-16 units in the contract: never stricter than what the API accepts).
  body text NOT NULL CHECK (char_length(body) <= 4000),
  state text NOT NULL DEFAULT 'visible' CHECK (state IN ('visible', 'pending', 'removed')),
  removed_reason text,
  idempotency_key text COLLATE "C",
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  -- When a curator last restored it: reports before this no longer count towards the
  -- threshold, so a reviewed contribution is not hidden again by its old reports.
  reviewed_at timestamptz,
  UNIQUE (author_id, idempotency_key),
  -- Top-level contributions take a stance, replies none.
  CHECK ((parent_id IS NULL) = (stance IS NOT NULL)),
  CHECK ((state = 'removed') = (removed_reason IS NOT NULL))
);
-- A debate's thread, newest first; and its balance and counts (visible ones).
CREATE INDEX contributions_debate ON contributions (debate_id, created_at DESC, id DESC)
  WHERE parent_id IS NULL;
CREATE INDEX contributions_debate_state ON contributions (debate_id, state);
CREATE INDEX contributions_parent ON contributions (parent_id, created_at, id);
CREATE INDEX contributions_author ON contributions (author_id);
-- The moderation queue reads hidden contributions directly.
CREATE INDEX contributions_hidden ON contributions (id) WHERE state = 'pending';

CREATE TABLE reports (
  contribution_id bigint NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
  reporter_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  reason text NOT NULL CHECK (reason IN ('spam', 'abuse', 'off-topic', 'other')),
  note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 500),
  -- Full precision (unlike the other times): compared with contributions.reviewed_at.
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (contribution_id, reporter_id)
);
CREATE INDEX reports_reporter ON reports (reporter_id);

-- The public log: display names and public reasons only, never an e-mail or an id of
-- a person. Rows are only ever added (the trigger below refuses the rest).
CREATE TABLE moderation_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  action text NOT NULL CHECK (action IN ('restore', 'remove', 'block-author', 'auto-hide',
    'pin', 'unpin', 'feature', 'unfeature', 'close', 'archive')),
  actor_name text,
  subject_kind text NOT NULL CHECK (subject_kind IN ('contribution', 'debate', 'curated')),
  subject_ref text NOT NULL,
  debate_slug text COLLATE "C",
  reason text NOT NULL DEFAULT '',
  CHECK ((subject_kind = 'contribution') = (debate_slug IS NOT NULL))
);

CREATE FUNCTION moderation_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'moderation_log is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER moderation_log_no_update BEFORE UPDATE OR DELETE ON moderation_log
  FOR EACH ROW EXECUTE FUNCTION moderation_log_append_only();
CREATE TRIGGER moderation_log_no_truncate BEFORE TRUNCATE ON moderation_log
  FOR EACH STATEMENT EXECUTE FUNCTION moderation_log_append_only();

CREATE TABLE curated_items (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  url text NOT NULL,
  title text NOT NULL,
  commentary text NOT NULL,
  theme text COLLATE "C" NOT NULL REFERENCES im_themes (slug) ON UPDATE CASCADE,
  signal text NOT NULL CHECK (signal IN ('trend', 'weak-signal', 'data', 'opinion')),
  curator_id bigint REFERENCES accounts (id) ON DELETE SET NULL,
  published_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  pinned boolean NOT NULL DEFAULT false,
  featured boolean NOT NULL DEFAULT false,
  archived_at timestamptz
);
CREATE INDEX curated_items_theme ON curated_items (theme);
CREATE INDEX curated_items_curator ON curated_items (curator_id);

CREATE TABLE curated_item_debates (
  item_id bigint NOT NULL REFERENCES curated_items (id) ON DELETE CASCADE,
  debate_id bigint NOT NULL REFERENCES debates (id) ON DELETE CASCADE,
  PRIMARY KEY (item_id, debate_id)
);
CREATE INDEX curated_item_debates_debate ON curated_item_debates (debate_id);
