/**
 * JSON answers with validators: each body is serialised once, given a content ETag
 * and compressed once per encoding, then kept in a bounded LRU keyed by the content
 * version. A request costs one tiny query (the version) when the answer is cached,
 * and a 304 when the client already has it.
 */
import { createHash } from 'node:crypto';

import type { Context } from 'hono';

import {
  appendVary,
  asBody,
  compressBody,
  COMPRESSION_THRESHOLD,
  type Encoding,
  negotiateEncoding,
} from './compression.ts';

export interface JsonEntry {
  body: Buffer;
  etag: string;
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
}

/** Weak: the same bytes are also served gzip- or brotli-encoded under this tag. */
export function weakEtag(body: Uint8Array): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

export function jsonEntry(value: unknown): JsonEntry {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  return { body, etag: weakEtag(body), encoded: {} };
}

export class ResponseCache {
  readonly #entries = new Map<string, JsonEntry>();
  #bytes = 0;

  constructor(
    readonly maxEntries = 1_000,
    readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(key: string): JsonEntry | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      // Refresh its place in the LRU order.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: JsonEntry): void {
    if (entry.body.byteLength > this.maxBytes / 8) return; // one huge answer must not flush the rest
    this.#remove(key);
    this.#entries.set(key, entry);
    this.#bytes += entry.body.byteLength;
    for (const [oldest, old] of this.#entries) {
      if (this.#entries.size <= this.maxEntries && this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= old.body.byteLength;
    }
  }

  get size(): number {
    return this.#entries.size;
  }

  #remove(key: string): void {
    const old = this.#entries.get(key);
    if (old) {
      this.#entries.delete(key);
      this.#bytes -= old.body.byteLength;
    }
  }
}

/** Weak comparison, as If-None-Match requires (RFC 9110 §13.1.2). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** Answers a JSON entry: 304 when the client's copy is current, else the best encoding. */
export async function sendJson(
  c: Context,
  entry: JsonEntry,
  cacheControl: string,
): Promise<Response> {
  const headers = new Headers({
    'Content-Type': 'application/json',
    'Cache-Control': cacheControl,
    ETag: entry.etag,
  });
  appendVary(headers, 'Accept-Encoding');
  if (etagMatches(c.req.header('If-None-Match'), entry.etag)) {
    return new Response(null, { status: 304, headers });
  }
  const encoding =
    entry.body.byteLength >= COMPRESSION_THRESHOLD
      ? negotiateEncoding(c.req.header('Accept-Encoding'))
      : null;
  let body: Buffer = entry.body;
  if (encoding) {
    entry.encoded[encoding] ??= compressBody(entry.body, encoding);
    body = await entry.encoded[encoding];
    headers.set('Content-Encoding', encoding);
  }
  headers.set('Content-Length', String(body.byteLength));
  return new Response(asBody(body), { status: 200, headers });
}
