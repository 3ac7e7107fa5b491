#!/usr/bin/env node
/**
 * Writes `.br` and `.gz` beside each text file of a build (scripts, styles, HTML,
 * SVG, captions…), at the strongest settings, once per build. The server sends
 * them as they are, and a CDN in front can too: no compression per request.
 *
 *   node scripts/precompress.mjs [dist]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist';
const TEXT = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.json',
  '.txt',
  '.vtt',
  '.xml',
  '.webmanifest',
]);
const MIN_BYTES = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TEXT.has(extname(entry.name))) yield path;
  }
}

let count = 0;
let before = 0;
let after = 0;
for (const path of files(root)) {
  const source = readFileSync(path);
  if (source.byteLength < MIN_BYTES) continue;
  const mtime = statSync(path).mtimeMs;
  const fresh = (target) => {
    try {
      return statSync(target).mtimeMs >= mtime;
    } catch {
      return false;
    }
  };
  if (!fresh(`${path}.br`)) {
    const br = brotliCompressSync(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.byteLength,
      },
    });
    writeFileSync(`${path}.br`, br);
    after += br.byteLength;
  }
  if (!fresh(`${path}.gz`)) writeFileSync(`${path}.gz`, gzipSync(source, { level: 9 }));
  before += source.byteLength;
  count += 1;
}
console.log(
  `precompressed ${count} files in ${root}` +
    (after ? ` (brotli: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB)` : ''),
);
