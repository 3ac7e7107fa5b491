/** The contact sheet's pixel comparison (scripts/flows/pixels.ts). */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { diffPixels, samePixels } from '../../scripts/flows/pixels.ts';

/** A 10×10 PNG, white but for `dots` red pixels in the first row. */
async function picture(dots: number, compressionLevel = 6): Promise<Buffer> {
  const data = Buffer.alloc(10 * 10 * 4, 255);
  for (let i = 0; i < dots; i++) data.set([255, 0, 0, 255], i * 4);
  return sharp(data, { raw: { width: 10, height: 10, channels: 4 } })
    .png({ compressionLevel })
    .toBuffer();
}

describe('the contact sheet’s pixel comparison', () => {
  it('counts the changed pixels and draws them', async () => {
    const diff = await diffPixels(await picture(0), await picture(5));
    expect(diff.changed).toBe(5);
    expect(diff.ratio).toBe(0.05);
    const drawn = await sharp(diff.png ?? Buffer.alloc(0))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(drawn.info).toMatchObject({ width: 10, height: 10 });
    expect([...drawn.data.subarray(0, 3)]).toEqual([230, 0, 40]);
  });

  it('finds no change between two encodings of the same pixels', async () => {
    const [a, b] = [await picture(3, 1), await picture(3, 9)];
    expect(await samePixels(a, b)).toBe(true);
    expect((await diffPixels(a, b)).ratio).toBe(0);
  });

  it('counts every pixel as changed when the sizes differ', async () => {
    const small = await sharp({
      create: { width: 5, height: 5, channels: 4, background: '#fff' },
    })
      .png()
      .toBuffer();
    expect(await diffPixels(small, await picture(0))).toMatchObject({ ratio: 1, png: null });
  });
});
