/**
 * Screenshots compared pixel by pixel: both PNGs decoded to raw RGBA with sharp, the
 * changed pixels counted and drawn (red over a faded copy of the new picture).
 */
import sharp from 'sharp';

export interface PixelDiff {
  /** Changed pixels over all pixels (1 when the sizes differ). */
  ratio: number;
  changed: number;
  /** The diff picture (PNG), or null when the sizes differ. */
  png: Buffer | null;
}

async function rgba(png: Buffer) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** True when two PNGs hold the same pixels (encodings may differ). */
export async function samePixels(a: Buffer, b: Buffer): Promise<boolean> {
  if (a.equals(b)) return true;
  return (await diffPixels(a, b, false)).changed === 0;
}

export async function diffPixels(before: Buffer, after: Buffer, draw = true): Promise<PixelDiff> {
  const [a, b] = await Promise.all([rgba(before), rgba(after)]);
  if (a.width !== b.width || a.height !== b.height)
    return { ratio: 1, changed: a.width * a.height, png: null };
  const out = draw ? Buffer.alloc(b.data.length) : null;
  let changed = 0;
  for (let i = 0; i < b.data.length; i += 4) {
    const same =
      a.data[i] === b.data[i] &&
      a.data[i + 1] === b.data[i + 1] &&
      a.data[i + 2] === b.data[i + 2] &&
      a.data[i + 3] === b.data[i + 3];
    if (!same) changed += 1;
    if (out) {
      if (same) {
        // The unchanged picture, faded to a light grey, so the changes stand out.
        const grey = ((b.data[i] ?? 0) + (b.data[i + 1] ?? 0) + (b.data[i + 2] ?? 0)) / 3;
        const faded = Math.round(200 + grey * 0.2);
        out[i] = faded;
        out[i + 1] = faded;
        out[i + 2] = faded;
      } else {
        out[i] = 230;
        out[i + 1] = 0;
        out[i + 2] = 40;
      }
      out[i + 3] = 255;
    }
  }
  const png = out
    ? await sharp(out, { raw: { width: b.width, height: b.height, channels: 4 } })
        .png()
        .toBuffer()
    : null;
  return { ratio: changed / (b.width * b.height), changed, png };
}
