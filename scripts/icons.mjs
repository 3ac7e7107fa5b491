#!/usr/bin/env node
/**
 * The app icons (web app manifest and iOS home screen), drawn from the favicon's
 * mark: a dark tile, an amber path between two white stops. Rasterised with sharp;
 * the PNGs are committed, so run this only when the mark changes.
 *
 *   node scripts/icons.mjs
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import sharp from 'sharp';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'public', 'icons');
const BACKGROUND = '#101216';

/** The mark on a 64-unit grid (public/favicon.svg without its rounded tile). */
const MARK =
  '<path d="M14 44c8-20 20-26 36-24" stroke="#f2b36b" stroke-width="6" fill="none" stroke-linecap="round"/>' +
  '<circle cx="14" cy="44" r="5" fill="#fff"/><circle cx="50" cy="20" r="5" fill="#fff"/>';

/**
 * @param {number} size pixels
 * @param {{ radius: number, scale: number }} shape corner radius (of 64) and the
 *   mark's scale around the centre (maskable icons keep it inside the 80% safe zone)
 */
function svg(size, { radius, scale }) {
  const offset = 32 - 32 * scale;
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">` +
      `<rect width="64" height="64" rx="${radius}" fill="${BACKGROUND}"/>` +
      `<g transform="translate(${offset} ${offset}) scale(${scale})">${MARK}</g></svg>`,
  );
}

const icons = [
  // "any": the favicon's rounded tile, transparent corners.
  { file: 'icon-192.png', size: 192, radius: 14, scale: 1 },
  { file: 'icon-512.png', size: 512, radius: 14, scale: 1 },
  // Maskable: full bleed, the platform cuts its own shape; the mark stays in the safe zone.
  { file: 'icon-maskable-512.png', size: 512, radius: 0, scale: 0.72 },
  // iOS rounds the corners itself and shows transparency as black: full bleed.
  { file: 'apple-touch-icon.png', size: 180, radius: 0, scale: 0.86 },
];

mkdirSync(out, { recursive: true });
for (const icon of icons) {
  await sharp(svg(icon.size, icon))
    .png({ compressionLevel: 9, palette: true, quality: 90 })
    .toFile(join(out, icon.file));
  console.log(`public/icons/${icon.file} (${icon.size}×${icon.size})`);
}
