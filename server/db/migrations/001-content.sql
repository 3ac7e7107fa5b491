-- Content tables: themes, people, stories and their cards, and the join tables
-- that keep each list in its editorial order. Slugs use the "C" collation so the
-- database orders them exactly as the contract's cursors (and the mocks) do: by code point.

CREATE TABLE themes (
  slug text COLLATE "C" PRIMARY KEY,
  position integer NOT NULL UNIQUE,
  name jsonb NOT NULL,
  color text NOT NULL,
  intro jsonb NOT NULL
);

CREATE TABLE people (
  slug text COLLATE "C" PRIMARY KEY,
  name text NOT NULL,
  role jsonb NOT NULL,
  portrait jsonb NOT NULL,
  bio jsonb NOT NULL
);

CREATE TABLE stories (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug text COLLATE "C" NOT NULL UNIQUE,
  title jsonb NOT NULL,
  summary jsonb NOT NULL,
  kind text NOT NULL CHECK (kind IN ('film', 'slideshow', 'visual', 'portrait')),
  cover jsonb NOT NULL,
  tile text NOT NULL CHECK (tile IN ('regular', 'wide', 'large')),
  published_at date NOT NULL,
  -- Target of story_themes' composite key, which copies the sort columns.
  UNIQUE (id, published_at, slug)
);

-- The list order (newest first, then slug): keyset pages read only their own rows.
CREATE INDEX stories_list_order ON stories (published_at DESC, slug ASC);

CREATE TABLE cards (
  story_id bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position integer NOT NULL,
  id text NOT NULL,
  -- The whole card as the contract describes it (kind-specific fields vary).
  body jsonb NOT NULL,
  PRIMARY KEY (story_id, position),
  UNIQUE (story_id, id)
);

-- Copies the story's sort columns so a theme's page is one index range too; the
-- composite foreign key keeps the copies right when a story is re-dated or renamed.
CREATE TABLE story_themes (
  story_id bigint NOT NULL,
  published_at date NOT NULL,
  story_slug text COLLATE "C" NOT NULL,
  theme_slug text COLLATE "C" NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (story_id, theme_slug),
  UNIQUE (story_id, position),
  FOREIGN KEY (story_id, published_at, story_slug)
    REFERENCES stories (id, published_at, slug) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE INDEX story_themes_list_order ON story_themes (theme_slug, published_at DESC, story_slug ASC);

CREATE TABLE story_people (
  story_id bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position integer NOT NULL,
  person_slug text COLLATE "C" NOT NULL REFERENCES people (slug) ON UPDATE CASCADE,
  PRIMARY KEY (story_id, position),
  UNIQUE (story_id, person_slug)
);

CREATE INDEX story_people_person ON story_people (person_slug);

CREATE TABLE story_related (
  story_id bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position integer NOT NULL,
  related_id bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  PRIMARY KEY (story_id, position),
  UNIQUE (story_id, related_id)
);

-- One counter that every content write moves, in the writer's transaction. Server
-- instances key their response caches on it, so none of them ever serves content
-- another instance has changed.
CREATE TABLE content_version (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version bigint NOT NULL
);

INSERT INTO content_version (version) VALUES (1);

CREATE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE content_version SET version = version + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER themes_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON themes
  FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER people_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people
  FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER stories_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON stories
  FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER cards_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cards
  FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER story_themes_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON story_themes
  FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER story_people_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON story_people
  FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER story_related_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON story_related
  FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

-- Facts about the database itself, such as when the demo content was seeded.
CREATE TABLE app_meta (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
