/**
 * Where uploaded media live (decision 036): one interface, so an object store can
 * take over later; by default the database (`media_blobs`, migration 012), the
 * embedded one included, so every instance serves every upload and a restart loses
 * nothing. Blobs are named by the SHA-256 of their bytes: a URL never changes
 * meaning, and storing the same bytes twice stores them once.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

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

/** A file on disk to store without reading it whole (a film), named by its hash already computed. */
export interface FileInput {
  path: string;
  sha256: string;
  size: number;
  contentType: string;
}

/** The size of a stored part of a large blob: what a read or a write holds at once. */
export const MEDIA_PART_BYTES = 1024 * 1024;

export interface MediaStore {
  /** Stores every blob or none (one transaction); answers their hashes, in order. */
  put(blobs: readonly BlobInput[]): Promise<string[]>;
  /**
   * Stores a file read part by part (never whole in memory), with the blobs derived
   * from it (a film's poster): all of it or nothing, in one transaction.
   */
  putFile(file: FileInput, derived: readonly BlobInput[]): Promise<string[]>;
  /** A blob's bytes, or only `range` of them, part by part; null when it is not stored. */
  stream(sha256: string, range?: ByteRange): Promise<ReadableStream<Uint8Array> | null>;
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
  /** The parts of a stored-in-parts blob that `range` covers, one query per part. */
  const partStream = (sha256: string, { start, end }: ByteRange) => {
    let seq = Math.floor(start / MEDIA_PART_BYTES);
    const last = Math.floor(end / MEDIA_PART_BYTES);
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        const [row] = await db.query<{ data: unknown }>(
          'SELECT data FROM media_blob_parts WHERE sha256 = $1 AND seq = $2',
          [sha256, seq],
        );
        if (!row) return controller.error(new Error(`Part ${seq} of ${sha256} is missing`));
        const at = seq * MEDIA_PART_BYTES;
        const bytes = asBytes(row.data);
        controller.enqueue(
          bytes.subarray(Math.max(0, start - at), Math.min(bytes.length, end - at + 1)),
        );
        if (seq++ === last) controller.close();
      },
    });
  };
  return {
    async putFile(file, derived) {
      const hashes = derived.map((blob) => sha256Hex(blob.bytes));
      await db.tx(async (tx) => {
        const [stored] = await tx.query<{ sha256: string }>(
          'SELECT sha256 FROM media_blobs WHERE sha256 = $1',
          [file.sha256],
        );
        if (!stored) {
          await tx.query(
            `INSERT INTO media_blobs (sha256, content_type, byte_size, data) VALUES ($1, $2, $3, NULL)`,
            [file.sha256, file.contentType, file.size],
          );
          let seq = 0;
          // highWaterMark: one part read from disk at a time, then written.
          for await (const part of createReadStream(file.path, {
            highWaterMark: MEDIA_PART_BYTES,
          }) as AsyncIterable<Buffer>) {
            await tx.query('INSERT INTO media_blob_parts (sha256, seq, data) VALUES ($1, $2, $3)', [
              file.sha256,
              seq++,
              part,
            ]);
          }
        }
        for (const [index, blob] of derived.entries()) await insert(tx, hashes[index]!, blob);
      });
      return [file.sha256, ...hashes];
    },
    async stream(sha256, range) {
      const [row] = await db.query<{ byte_size: number; whole: boolean }>(
        'SELECT byte_size, data IS NOT NULL AS whole FROM media_blobs WHERE sha256 = $1',
        [sha256],
      );
      if (!row) return null;
      const span = range ?? { start: 0, end: row.byte_size - 1 };
      if (!row.whole) return partStream(sha256, span);
      const bytes = await this.read(sha256, range);
      if (!bytes) return null;
      return new ReadableStream({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      });
    },
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
      if (!row) return null;
      if (row.data !== null) return asBytes(row.data);
      // Stored in parts (a film): gathered whole, for the callers that want it so.
      const info = await this.info(sha256);
      const stream = info && partStream(sha256, range ?? { start: 0, end: info.size - 1 });
      return stream ? new Uint8Array(await new Response(stream).arrayBuffer()) : null;
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
