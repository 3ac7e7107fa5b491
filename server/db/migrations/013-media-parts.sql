-- Films (docs/decisions/037): a blob too large to hold in memory at once is stored in
-- parts of MEDIA_PART_BYTES (server/media/store.ts), written and read one at a time, so
-- a 100 MB film never sits whole in the server's memory nor in one bytea value. Its
-- row in media_blobs keeps the type, size and hash (data NULL); the parts go with it.
ALTER TABLE media_blobs ALTER COLUMN data DROP NOT NULL;
CREATE TABLE media_blob_parts (
  sha256 text COLLATE "C" NOT NULL REFERENCES media_blobs (sha256) ON DELETE CASCADE,
  seq integer NOT NULL CHECK (seq >= 0),
  data bytea NOT NULL,
  PRIMARY KEY (sha256, seq)
);
-- Out of line and uncompressed, like media_blobs.data: films are compressed already.
ALTER TABLE media_blob_parts ALTER COLUMN data SET STORAGE EXTERNAL;
