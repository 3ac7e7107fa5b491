/**
 * Serving a stored blob (decision 036): its URL names its bytes' SHA-256, so the
 * ETag is that hash, every cache may keep it for a year, a revalidation is a 304, and
 * a film or a large image can be read in ranges (206; 416 past its end).
 */
import type { Context } from 'hono';

import type { BlobInfo, ByteRange, MediaStore } from './store.ts';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** `/media/u/<sha256>.<ext>`: the extension says the type the blob was stored with. */
export const BLOB_FILE = /^([0-9a-f]{64})\.(avif|webp|jpg|png|mp4|vtt)$/;

export const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
  mp4: 'video/mp4',
  vtt: 'text/vtt',
};

export function extensionOf(contentType: string): string {
  const found = Object.entries(EXTENSION_TYPES).find(([, type]) => type === contentType);
  if (!found) throw new Error(`No media extension for ${contentType}`);
  return found[0];
}

/**
 * One range of a `Range: bytes=…` header within `size` bytes; null to send the whole
 * blob (no header, several ranges, another unit), 'unsatisfiable' past its end.
 */
export function parseRange(
  header: string | undefined,
  size: number,
): ByteRange | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, first, last] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    // The last N bytes.
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (start >= size) return 'unsatisfiable';
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return end < start ? null : { start, end };
}

const etagOf = (info: BlobInfo) => `"${info.sha256}"`;

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

export async function serveBlob(c: Context, store: MediaStore, file: string): Promise<Response> {
  const name = BLOB_FILE.exec(file);
  const info = name ? await store.info(name[1]!) : null;
  if (!name || !info || EXTENSION_TYPES[name[2]!] !== info.contentType) {
    return c.text('Not found', 404, { 'Cache-Control': 'no-store' });
  }
  const etag = etagOf(info);
  const headers: Record<string, string> = {
    'Cache-Control': IMMUTABLE,
    ETag: etag,
    'Accept-Ranges': 'bytes',
    'Content-Type': info.contentType,
  };
  if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
  // If-Range: a range of another version is no range at all (a hash never changes, but a client may be confused).
  const ifRange = c.req.header('If-Range');
  const range =
    ifRange === undefined || ifRange === etag ? parseRange(c.req.header('Range'), info.size) : null;
  if (range === 'unsatisfiable') {
    return c.body(null, 416, { ...headers, 'Content-Range': `bytes */${info.size}` });
  }
  const status = range ? 206 : 200;
  if (range) {
    headers['Content-Range'] = `bytes ${range.start}-${range.end}/${info.size}`;
    headers['Content-Length'] = String(range.end - range.start + 1);
  } else {
    headers['Content-Length'] = String(info.size);
  }
  if (c.req.method === 'HEAD') return c.body(null, status, headers);
  // Part by part: a film is never read whole into memory to be sent.
  const bytes = await store.stream(info.sha256, range ?? undefined);
  // Removed between the two reads (a clean-up): as if it never was.
  if (!bytes) return c.text('Not found', 404, { 'Cache-Control': 'no-store' });
  return c.body(bytes as ReadableStream<Uint8Array<ArrayBuffer>>, status, headers);
}
