/**
 * Where uploaded media live (decision 036): one interface, so an object store can
 * take over later; by default the database (`media_blobs`, migration 012), the
 * embedded one included, so every instance serves every upload and a restart loses
 * nothing. Blobs are named by the SHA-256 of their bytes: a URL never changes
 * meaning, and storing the same bytes twice stores them once.
 */
import { createHash } from 'node:crypto';

import type { Database, Queryable } from '../db/adapter.ts';

export interface BlobInput {
  bytes: Uint8Array;
  contentType: string;
  /** The original this blob was derived from: removed with it. */
  derivedFrom?: string;
}

export interface BlobInfo {
  sha256: string;
  contentType: string;
  size: number;
}

/** Inclusive byte offsets, as a Range header names them. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface MediaStore {
  /** Stores every blob or none (one transaction); answers their hashes, in order. */
  put(blobs: readonly BlobInput[]): Promise<string[]>;
  /** A blob's type and size, or null. */
  info(sha256: string): Promise<BlobInfo | null>;
  /** A blob's bytes, or only `range` of them; null when it is not stored. */
  read(sha256: string, range?: ByteRange): Promise<Uint8Array | null>;
  /**
   * Removes the uploads created before `before` that no story document (draft,
   * published copy or revision) names, with everything derived from them; answers
   * how many blobs went. The grace period keeps an upload the editor has not saved yet.
   */
  deleteUnreferenced(before: Date): Promise<number>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** bytea comes back as a Buffer from `pg` and a Uint8Array from PGlite. */
const asBytes = (value: unknown): Uint8Array =>
  value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBuffer);

export function databaseMediaStore(db: Database): MediaStore {
  const insert = (tx: Queryable, sha: string, blob: BlobInput) =>
    tx.query(
      `INSERT INTO media_blobs (sha256, content_type, byte_size, data, derived_from)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (sha256) DO NOTHING`,
      [sha, blob.contentType, blob.bytes.length, blob.bytes, blob.derivedFrom ?? null],
    );
  return {
    async put(blobs) {
      const hashes = blobs.map((blob) => sha256Hex(blob.bytes));
      await db.tx(async (tx) => {
        for (const [index, blob] of blobs.entries()) await insert(tx, hashes[index]!, blob);
      });
      return hashes;
    },
    async info(sha256) {
      const [row] = await db.query<{ content_type: string; byte_size: number }>(
        'SELECT content_type, byte_size FROM media_blobs WHERE sha256 = $1',
        [sha256],
      );
      return row ? { sha256, contentType: row.content_type, size: row.byte_size } : null;
    },
    async read(sha256, range) {
      const [row] = range
        ? await db.query<{ data: unknown }>(
            // substring counts from 1; on EXTERNAL storage it reads only these bytes.
            'SELECT substring(data FROM $2 FOR $3) AS data FROM media_blobs WHERE sha256 = $1',
            [sha256, range.start + 1, range.end - range.start + 1],
          )
        : await db.query<{ data: unknown }>('SELECT data FROM media_blobs WHERE sha256 = $1', [
            sha256,
          ]);
      return row ? asBytes(row.data) : null;
    },
    async deleteUnreferenced(before) {
      const rows = await db.query(
        `WITH documents AS (
           SELECT draft::text AS text FROM studio_stories
           UNION ALL SELECT published::text FROM studio_stories WHERE published IS NOT NULL
           UNION ALL SELECT snapshot::text FROM story_revisions
         ),
         kept AS (
           SELECT DISTINCT coalesce(b.derived_from, b.sha256) AS original
           FROM media_blobs b
           WHERE EXISTS (SELECT 1 FROM documents d WHERE strpos(d.text, b.sha256) > 0)
         )
         DELETE FROM media_blobs
         WHERE created_at < $1 AND coalesce(derived_from, sha256) NOT IN (SELECT original FROM kept)
         RETURNING sha256`,
        [before.toISOString()],
      );
      return rows.length;
    },
  };
}
