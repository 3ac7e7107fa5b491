-- Search reads the candidate documents of a query through these (the documents
-- matching one of its terms), rather than scoring every document of the locale.
CREATE INDEX search_documents_stems ON search_documents USING gin (stems);
CREATE INDEX search_documents_words ON search_documents USING gin (words);

-- The lexicon typo tolerance expands query terms against (server/queries/search.ts):
-- every word of the locale's documents (their `words` vectors), with the number of
-- documents holding it, kept by triggers on search_documents. Search used to build
-- it with ts_stat() over every document on each query, a cost that grew with the
-- content; here the candidates of a term are read from two btree indexes, by the
-- term's first and by its last characters (see typoVariants() for why that finds
-- every word one edit away).

CREATE TABLE search_words (
  locale text NOT NULL REFERENCES search_locales (locale),
  word text COLLATE "C" NOT NULL,
  documents integer NOT NULL CHECK (documents > 0),
  PRIMARY KEY (locale, word)
);
CREATE INDEX search_words_reversed ON search_words (locale, reverse(word));

-- Transition tables carry the documents a statement wrote or removed: their words
-- are counted in or out, and a word no document holds any more leaves the lexicon.
CREATE FUNCTION search_words_on_documents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM search_words;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    WITH gone AS (
      SELECT o.locale, w AS word, count(*) AS n
      FROM old_rows o, unnest(tsvector_to_array(o.words)) w GROUP BY o.locale, w
    ), fewer AS (
      UPDATE search_words s SET documents = s.documents - g.n FROM gone g
      WHERE s.locale = g.locale AND s.word = g.word AND s.documents > g.n
    )
    DELETE FROM search_words s USING gone g
    WHERE s.locale = g.locale AND s.word = g.word AND s.documents <= g.n;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO search_words AS s (locale, word, documents)
    SELECT n.locale, w, count(*) FROM new_rows n, unnest(tsvector_to_array(n.words)) w
    GROUP BY n.locale, w
    ON CONFLICT (locale, word) DO UPDATE SET documents = s.documents + excluded.documents;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER search_words_insert AFTER INSERT ON search_documents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_on_documents();
CREATE TRIGGER search_words_update AFTER UPDATE ON search_documents
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_on_documents();
CREATE TRIGGER search_words_delete AFTER DELETE ON search_documents
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_on_documents();
CREATE TRIGGER search_words_truncate AFTER TRUNCATE ON search_documents
  FOR EACH STATEMENT EXECUTE FUNCTION search_words_on_documents();

-- Documents written before this migration.
INSERT INTO search_words (locale, word, documents)
SELECT d.locale, w, count(*) FROM search_documents d, unnest(tsvector_to_array(d.words)) w
GROUP BY d.locale, w;
