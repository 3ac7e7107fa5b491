-- Uploaded media (docs/decisions/036): every blob in the database, addressed by the
-- SHA-256 of its bytes, so every instance serves every upload and nothing is lost on
-- restart (the embedded database included). An uploaded image is one original (its
-- pixels as uploaded, turned upright, metadata removed) and its derived widths, which
-- name it in `derived_from`: they are kept or removed together.
CREATE TABLE media_blobs (
  sha256 text COLLATE "C" PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content_type text NOT NULL,
  byte_size integer NOT NULL CHECK (byte_size > 0),
  data bytea NOT NULL,
  derived_from text COLLATE "C" REFERENCES media_blobs (sha256) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (octet_length(data) = byte_size)
);
-- Stored out of line and uncompressed (the formats are compressed already), so a
-- range request reads only its own slice (substring on EXTERNAL storage).
ALTER TABLE media_blobs ALTER COLUMN data SET STORAGE EXTERNAL;
CREATE INDEX media_blobs_derived_from ON media_blobs (derived_from) WHERE derived_from IS NOT NULL;
