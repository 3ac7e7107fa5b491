-- Full-text search over stories, people and themes, in French and English.
--
-- Text is folded the way contract/search-text.ts folds it (unaccent, lower case,
-- anything outside [0-9a-z] separates words) before PostgreSQL parses it, so the
-- words the database indexes are the words the API highlights: left alone, the
-- parser keeps tokens of its own (hyphenated compounds beside their parts, paths,
-- URLs, e-mail addresses) and its idea of a letter depends on the database's locale.
--
-- Each document keeps two vectors, weighted A (title, name), B (summary, role) and
-- C (card text, bio, intro): `stems` (Snowball stemmers, stop words dropped) for
-- exact and same-stem matches, `words` (folded words, same stop words dropped) for
-- prefix matches and as the lexicon typo tolerance expands terms against.
-- Triggers keep the documents right whenever content rows change.

-- Both are trusted extensions (PostgreSQL 13+): the database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TEXT SEARCH CONFIGURATION parcours_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION parcours_fr
  ALTER MAPPING FOR hword, hword_part, word, asciiword, asciihword, hword_asciipart
  WITH unaccent, french_stem;

CREATE TEXT SEARCH CONFIGURATION parcours_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION parcours_en
  ALTER MAPPING FOR hword, hword_part, word, asciiword, asciihword, hword_asciipart
  WITH unaccent, english_stem;

CREATE TEXT SEARCH DICTIONARY parcours_fr_words (TEMPLATE = simple, STOPWORDS = french);
CREATE TEXT SEARCH CONFIGURATION parcours_fr_words (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION parcours_fr_words ALTER MAPPING REPLACE simple WITH parcours_fr_words;

CREATE TEXT SEARCH DICTIONARY parcours_en_words (TEMPLATE = simple, STOPWORDS = english);
CREATE TEXT SEARCH CONFIGURATION parcours_en_words (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION parcours_en_words ALTER MAPPING REPLACE simple WITH parcours_en_words;

-- The configurations of each locale; the API picks its row by the validated locale.
CREATE TABLE search_locales (
  locale text PRIMARY KEY CHECK (locale IN ('fr', 'en')),
  stems regconfig NOT NULL,
  words regconfig NOT NULL
);
INSERT INTO search_locales (locale, stems, words) VALUES
  ('fr', 'parcours_fr', 'parcours_fr_words'),
  ('en', 'parcours_en', 'parcours_en_words');

CREATE FUNCTION search_normalize(t text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT regexp_replace(lower(unaccent('unaccent', coalesce(t, ''))), '[^0-9a-z]+', ' ', 'g')
$$;

CREATE FUNCTION search_vector(config regconfig, a text, b text, c text) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector(config, search_normalize(a)), 'A')
      || setweight(to_tsvector(config, search_normalize(b)), 'B')
      || setweight(to_tsvector(config, search_normalize(c)), 'C')
$$;

-- The text of a card that search reads (the same fields as cardTexts() in contract/search-text.ts).
CREATE FUNCTION search_card_text(card jsonb, locale text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE card->>'kind'
    WHEN 'text' THEN concat_ws(' ', card->'title'->>locale, card->'body'->>locale)
    WHEN 'video' THEN card->'title'->>locale
    WHEN 'image' THEN card->'caption'->>locale
    WHEN 'quote' THEN card->'text'->>locale
  END
$$;

CREATE TABLE search_documents (
  kind text NOT NULL CHECK (kind IN ('story', 'person', 'theme')),
  slug text COLLATE "C" NOT NULL,
  locale text NOT NULL REFERENCES search_locales (locale),
  stems tsvector NOT NULL,
  words tsvector NOT NULL,
  PRIMARY KEY (locale, kind, slug)
);

-- Each refresh rebuilds the documents of the given slugs from the content tables:
-- gone rows lose theirs, others get fresh ones. Slugs go through IN (SELECT unnest)
-- so a statement touching thousands of rows joins instead of scanning per slug.

CREATE FUNCTION search_refresh_stories(slugs text[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM search_documents
  WHERE kind = 'story' AND slug IN (SELECT unnest(slugs));
  INSERT INTO search_documents (kind, slug, locale, stems, words)
  SELECT 'story', s.slug, l.locale, search_vector(l.stems, x.a, x.b, x.c), search_vector(l.words, x.a, x.b, x.c)
  FROM stories s
  CROSS JOIN search_locales l
  CROSS JOIN LATERAL (
    SELECT s.title->>l.locale AS a, s.summary->>l.locale AS b,
      (SELECT string_agg(search_card_text(c.body, l.locale), ' ' ORDER BY c.position)
       FROM cards c WHERE c.story_id = s.id) AS c
  ) x
  WHERE s.slug IN (SELECT unnest(slugs));
$$;

CREATE FUNCTION search_refresh_people(slugs text[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM search_documents
  WHERE kind = 'person' AND slug IN (SELECT unnest(slugs));
  INSERT INTO search_documents (kind, slug, locale, stems, words)
  SELECT 'person', p.slug, l.locale,
    search_vector(l.stems, p.name, p.role->>l.locale, p.bio->>l.locale),
    search_vector(l.words, p.name, p.role->>l.locale, p.bio->>l.locale)
  FROM people p CROSS JOIN search_locales l
  WHERE p.slug IN (SELECT unnest(slugs));
$$;

CREATE FUNCTION search_refresh_themes(slugs text[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM search_documents
  WHERE kind = 'theme' AND slug IN (SELECT unnest(slugs));
  INSERT INTO search_documents (kind, slug, locale, stems, words)
  SELECT 'theme', t.slug, l.locale,
    search_vector(l.stems, t.name->>l.locale, NULL, t.intro->>l.locale),
    search_vector(l.words, t.name->>l.locale, NULL, t.intro->>l.locale)
  FROM themes t CROSS JOIN search_locales l
  WHERE t.slug IN (SELECT unnest(slugs));
$$;

-- Statement-level triggers with transition tables: one refresh per statement, however
-- many rows it wrote (the seed inserts every story in one statement). PostgreSQL
-- allows transition tables on single-event triggers only, hence one trigger per event;
-- the function reads only the transition tables its event has.

CREATE FUNCTION search_on_content() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  slugs text[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    slugs := NULL;
  ELSIF TG_TABLE_NAME = 'cards' THEN
    IF TG_OP = 'INSERT' THEN
      slugs := ARRAY(SELECT s.slug FROM stories s WHERE s.id IN (SELECT story_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
      slugs := ARRAY(SELECT s.slug FROM stories s WHERE s.id IN (SELECT story_id FROM old_rows));
    ELSE
      slugs := ARRAY(SELECT s.slug FROM stories s WHERE s.id IN (
        SELECT story_id FROM old_rows UNION SELECT story_id FROM new_rows));
    END IF;
  ELSIF TG_OP = 'INSERT' THEN
    slugs := ARRAY(SELECT slug FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    slugs := ARRAY(SELECT slug FROM old_rows);
  ELSE
    slugs := ARRAY(SELECT slug FROM old_rows UNION SELECT slug FROM new_rows);
  END IF;

  IF TG_TABLE_NAME IN ('stories', 'cards') THEN
    PERFORM search_refresh_stories(coalesce(slugs, ARRAY(SELECT slug FROM stories)));
    IF slugs IS NULL THEN DELETE FROM search_documents WHERE kind = 'story'
      AND slug NOT IN (SELECT slug FROM stories); END IF;
  ELSIF TG_TABLE_NAME = 'people' THEN
    PERFORM search_refresh_people(coalesce(slugs, ARRAY(SELECT slug FROM people)));
    IF slugs IS NULL THEN DELETE FROM search_documents WHERE kind = 'person'
      AND slug NOT IN (SELECT slug FROM people); END IF;
  ELSE
    PERFORM search_refresh_themes(coalesce(slugs, ARRAY(SELECT slug FROM themes)));
    IF slugs IS NULL THEN DELETE FROM search_documents WHERE kind = 'theme'
      AND slug NOT IN (SELECT slug FROM themes); END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER stories_search_insert AFTER INSERT ON stories
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();
CREATE TRIGGER stories_search_update AFTER UPDATE ON stories
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();
CREATE TRIGGER stories_search_delete AFTER DELETE ON stories
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();
CREATE TRIGGER stories_search_truncate AFTER TRUNCATE ON stories
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();

CREATE TRIGGER cards_search_insert AFTER INSERT ON cards
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();
CREATE TRIGGER cards_search_update AFTER UPDATE ON cards
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();
CREATE TRIGGER cards_search_delete AFTER DELETE ON cards
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();
CREATE TRIGGER cards_search_truncate AFTER TRUNCATE ON cards
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();

CREATE TRIGGER people_search_insert AFTER INSERT ON people
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();
CREATE TRIGGER people_search_update AFTER UPDATE ON people
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();
CREATE TRIGGER people_search_delete AFTER DELETE ON people
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();
CREATE TRIGGER people_search_truncate AFTER TRUNCATE ON people
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();

CREATE TRIGGER themes_search_insert AFTER INSERT ON themes
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();
CREATE TRIGGER themes_search_update AFTER UPDATE ON themes
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();
CREATE TRIGGER themes_search_delete AFTER DELETE ON themes
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();
CREATE TRIGGER themes_search_truncate AFTER TRUNCATE ON themes
  FOR EACH STATEMENT EXECUTE FUNCTION search_on_content();

-- Content written before this migration.
SELECT search_refresh_stories(ARRAY(SELECT slug FROM stories));
SELECT search_refresh_people(ARRAY(SELECT slug FROM people));
SELECT search_refresh_themes(ARRAY(SELECT slug FROM themes));
