-- The studio (docs/decisions/032). The content tables (stories, cards, story_*) keep
-- holding exactly what visitors may see: publishing copies a story's document into
-- them, unpublishing deletes it from them, so no public read can show a draft. The
-- studio's own tables hold every story's working document, its state and its history;
-- they move no content version (a draft saved empties no cache).

ALTER TABLE accounts DROP CONSTRAINT accounts_role_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_role_check
  CHECK (role IN ('participant', 'expert', 'curator', 'committee', 'admin', 'editor'));

CREATE TABLE studio_stories (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug text COLLATE "C" NOT NULL UNIQUE,
  state text NOT NULL CHECK (state IN ('draft', 'scheduled', 'published', 'unpublished')),
  -- Optimistic concurrency: every change bumps it; a write names the one it started from.
  version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  -- The working document (contract/studio.ts storyDocumentSchema).
  draft jsonb NOT NULL,
  -- The document as last published (null if never): what visitors see while published.
  published jsonb,
  scheduled_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by bigint REFERENCES accounts (id) ON DELETE SET NULL,
  -- The name as it was: a later rename or deletion leaves the record as it was.
  updated_by_name text,
  CHECK ((state = 'scheduled') = (scheduled_at IS NOT NULL)),
  CHECK (state <> 'published' OR published IS NOT NULL)
);

CREATE INDEX studio_stories_recent ON studio_stories (updated_at DESC, id DESC);
-- What the clock has to publish next.
CREATE INDEX studio_stories_due ON studio_stories (scheduled_at) WHERE state = 'scheduled';
CREATE INDEX studio_stories_updated_by ON studio_stories (updated_by);

CREATE TABLE story_revisions (
  story_id bigint NOT NULL REFERENCES studio_stories (id) ON DELETE CASCADE,
  -- The story's version this revision made.
  version integer NOT NULL,
  action text NOT NULL
    CHECK (action IN ('create', 'save', 'publish', 'schedule', 'unpublish', 'restore')),
  at timestamptz NOT NULL,
  account_id bigint REFERENCES accounts (id) ON DELETE SET NULL,
  editor_name text,
  changes jsonb NOT NULL DEFAULT '[]',
  summary text NOT NULL,
  -- The whole document after the change.
  snapshot jsonb NOT NULL,
  PRIMARY KEY (story_id, version)
);
CREATE INDEX story_revisions_account ON story_revisions (account_id);

-- Stories already public (the demo, or a database seeded before the studio) become
-- published studio stories, with a first revision holding their content. Seeding calls
-- it again after loading content (server/db/seed.ts).
CREATE FUNCTION studio_adopt_public() RETURNS void LANGUAGE sql AS $$
  WITH docs AS (
    SELECT s.slug, jsonb_build_object(
      'title', s.title,
      'summary', s.summary,
      'kind', s.kind,
      'themes', COALESCE((SELECT jsonb_agg(t.theme_slug ORDER BY t.position)
                          FROM story_themes t WHERE t.story_id = s.id), '[]'),
      'people', COALESCE((SELECT jsonb_agg(p.person_slug ORDER BY p.position)
                          FROM story_people p WHERE p.story_id = s.id), '[]'),
      'cover', s.cover,
      'tile', s.tile,
      'related', COALESCE((SELECT jsonb_agg(r.slug ORDER BY sr.position)
                           FROM story_related sr JOIN stories r ON r.id = sr.related_id
                           WHERE sr.story_id = s.id), '[]'),
      'publishedAt', to_char(s.published_at, 'YYYY-MM-DD'),
      'cards', COALESCE((SELECT jsonb_agg(c.body ORDER BY c.position)
                         FROM cards c WHERE c.story_id = s.id), '[]')
    ) AS doc, s.published_at::timestamp AT TIME ZONE 'UTC' AS at, s.id
    FROM stories s
    WHERE NOT EXISTS (SELECT 1 FROM studio_stories x WHERE x.slug = s.slug)
  ), adopted AS (
    -- In the content's order, so ids follow the fixtures' as the mocks number them.
    INSERT INTO studio_stories (slug, state, draft, published, created_at, updated_at)
    SELECT slug, 'published', doc, doc, at, at FROM docs ORDER BY id
    RETURNING id, draft, created_at
  )
  INSERT INTO story_revisions (story_id, version, action, at, summary, snapshot)
  SELECT id, 1, 'publish', created_at, 'Published the story.', draft FROM adopted;
$$;

SELECT studio_adopt_public();
