// @vitest-environment node
/**
 * What both implementations read from an upload's bytes (its type, the size its
 * header claims), and the publishing rule that uploads make necessary: every image
 * needs alternative text in both languages.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { buildImage } from '#tests/factories.ts';

import { sniffImage } from './media.ts';
import { headerSize } from './media-header.ts';
import type { StoryDocument } from './studio.ts';
import { publishable } from './studio-rules.ts';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((ch) => ch.charCodeAt(0)) : p)),
  );

/** A PNG signature and IHDR claiming `width` × `height`, and nothing else. */
export function pngHeader(width: number, height: number): Uint8Array {
  const be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    be(13),
    'IHDR',
    be(width),
    be(height),
    [8, 2, 0, 0, 0],
  );
}

describe('the type of an upload', () => {
  it('is read from its bytes', () => {
    expect(sniffImage(bytes([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ ok: true, type: 'image/jpeg' });
    expect(sniffImage(pngHeader(1, 1))).toEqual({ ok: true, type: 'image/png' });
    expect(sniffImage(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toEqual({
      ok: true,
      type: 'image/webp',
    });
    expect(sniffImage(bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'avifmif1'))).toEqual({
      ok: true,
      type: 'image/avif',
    });
  });

  it('names what it refuses: SVG, HEIC, an executable, nothing', () => {
    expect(sniffImage(bytes('<?xml version="1.0"?>\n<svg onload="x()"/>'))).toEqual({
      ok: false,
      kind: 'svg',
    });
    expect(sniffImage(bytes('  <svg><script>alert(1)</script></svg>'))).toEqual({
      ok: false,
      kind: 'svg',
    });
    expect(sniffImage(bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'))).toEqual({
      ok: false,
      kind: 'heic',
    });
    expect(sniffImage(bytes('MZ', [0x90, 0, 3, 0]))).toEqual({ ok: false, kind: 'other' });
    expect(sniffImage(bytes([0x7f], 'ELF'))).toEqual({ ok: false, kind: 'other' });
    expect(sniffImage(new Uint8Array(0))).toEqual({ ok: false, kind: 'empty' });
  });
});

describe('the size a header claims', () => {
  it('is read from PNG, JPEG and WebP headers without decoding', () => {
    expect(headerSize(pngHeader(30_000, 30_000), 'image/png')).toEqual({
      width: 30_000,
      height: 30_000,
    });
    // SOI, an APP0 segment, then SOF0: precision 8, height 300, width 400.
    const jpeg = bytes([
      0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 1, 44, 1, 144, 3,
    ]);
    expect(headerSize(jpeg, 'image/jpeg')).toEqual({ width: 400, height: 300 });
    const vp8x = bytes(
      'RIFF',
      [0, 0, 0, 0],
      'WEBPVP8X',
      [10, 0, 0, 0, 0, 0, 0, 0],
      [0x2f, 0x75, 0],
      [0x1f, 0x75, 0],
    );
    expect(headerSize(vp8x, 'image/webp')).toEqual({ width: 30_000, height: 29_984 });
  });
});

describe('the size an AVIF claims', () => {
  it('is read from its image-spatial-extents box', async () => {
    const avif = await sharp({
      create: { width: 123, height: 45, channels: 3, background: '#336699' },
    })
      .avif()
      .toBuffer();
    expect(sniffImage(avif)).toEqual({ ok: true, type: 'image/avif' });
    expect(headerSize(avif, 'image/avif')).toEqual({ width: 123, height: 45 });
  });
});

describe('publishing', () => {
  const doc = (alt: { fr: string; en: string }, cardAlt = alt): StoryDocument => ({
    title: { fr: 'Titre', en: 'Title' },
    summary: { fr: 'Résumé', en: 'Summary' },
    kind: 'slideshow',
    themes: ['usine'],
    people: [],
    cover: { ...buildImage(), alt },
    tile: 'regular',
    related: [],
    publishedAt: null,
    cards: [
      {
        id: 'a',
        kind: 'image',
        image: { ...buildImage(), alt: cardAlt },
        caption: { fr: 'Légende', en: 'Caption' },
        credit: 'Moi',
      },
    ],
  });

  it('asks every image for alternative text in both languages', () => {
    expect(publishable('s', doc({ fr: '', en: 'A cat' }), '2026-12-03')).toEqual({
      ok: false,
      problem: 'The cover image needs alternative text in French.',
    });
    expect(
      publishable(
        's',
        doc({ fr: 'Un chat', en: 'A cat' }, { fr: 'Un chat', en: ' ' }),
        '2026-12-03',
      ),
    ).toEqual({
      ok: false,
      problem: 'Card 1: its image needs alternative text in English.',
    });
    expect(publishable('s', doc({ fr: 'Un chat', en: 'A cat' }), '2026-12-03').ok).toBe(true);
  });
});
