/**
 * Rasterises an SVG string with sharp (librsvg), adds a fine deterministic film
 * grain so gradients never band, and writes a JPEG.
 */
import sharp from 'sharp';

import { rng } from './svg.mjs';

const grainCache = new Map();

/** A grey noise tile (mid-grey ± amp), blurred a touch so it reads as grain, not pixels. */
async function grainTile(w, h, amp, seed = 7) {
  const key = `${w}x${h}:${amp}`;
  if (grainCache.has(key)) return grainCache.get(key);
  const r = rng(seed);
  const buf = Buffer.alloc(w * h);
  for (let i = 0; i < buf.length; i++) buf[i] = 128 + Math.round((r() + r() + r() - 1.5) * amp);
  const png = await sharp(buf, { raw: { width: w, height: h, channels: 1 } })
    .blur(0.45)
    .toColourspace('srgb')
    .png()
    .toBuffer();
  grainCache.set(key, png);
  return png;
}

export async function rasterise(svg, { width, height, grain = 10 } = {}) {
  let img = sharp(Buffer.from(svg), { density: 72, limitInputPixels: false }).resize(
    width,
    height,
    {
      fit: 'cover',
    },
  );
  let buf = await img.removeAlpha().png().toBuffer();
  if (grain > 0) {
    const tile = await grainTile(width, height, grain);
    buf = await sharp(buf)
      .composite([{ input: tile, blend: 'soft-light' }])
      .png()
      .toBuffer();
  }
  return buf;
}

export async function writeJpeg(svg, out, { width, height, grain = 10, quality = 82 } = {}) {
  const buf = await rasterise(svg, { width, height, grain });
  await sharp(buf).jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0' }).toFile(out);
}
