/**
 * How an image becomes what the viewer shows, shared by the demo media pipeline
 * (tools/demo-media/) and the server's uploads (server/media/image.ts), so an
 * uploaded image gets exactly the demo's widths, encodings, colour and placeholder.
 * Plain JavaScript (types in recipe.d.mts): the tools run under bare Node.
 */

/** The widths every image is served at (media/manifest.json records the same). */
export const WIDTHS = [480, 960, 1600];

/** effort 3 rather than 4: 2.5× faster for ~6 % larger files (a cold CI run on 2 cores stays under 3 minutes; an upload answers sooner). */
export const AVIF = { quality: 55, effort: 3 };
export const WEBP = { quality: 75, effort: 4 };

/** The variant served to browsers that pick no source. */
export const FALLBACK_WIDTH = 960;

/** The widths ≤ the source's (never upscaled); a source narrower than all, at its own width. */
export function targetWidths(srcWidth, widths = WIDTHS) {
  const fit = [...widths].sort((a, b) => a - b).filter((w) => w <= srcWidth);
  return fit.length ? fit : [srcWidth];
}

/** The width nearest FALLBACK_WIDTH among those made. */
export function fallbackWidth(widths) {
  return widths.reduce((best, w) =>
    Math.abs(w - FALLBACK_WIDTH) < Math.abs(best - FALLBACK_WIDTH) ? w : best,
  );
}

export const hex = ({ r, g, b }) =>
  `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** The dominant colour of a sharp image, as #rrggbb. */
export async function dominantColour(image) {
  const { dominant } = await image.stats();
  return hex(dominant);
}

/** A 16-pixel-wide blurred WebP as a data: URL (a few hundred bytes), from a sharp image. */
export async function placeholder(image, width, height) {
  const bytes = await image
    .resize(16, Math.max(1, Math.round((16 * height) / width)))
    .blur(0.6)
    .webp({ quality: 40, effort: 6 })
    .toBuffer();
  return `data:image/webp;base64,${bytes.toString('base64')}`;
}
