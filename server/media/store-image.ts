/**
 * A derived image stored (one transaction: all of it or nothing) and described as
 * the studio's documents hold it: the contract's image under content-addressed URLs,
 * the fallback at the width nearest the demo media's, alternative text still empty.
 */
import type { DraftImage } from '../../contract/media.ts';
import { MEDIA_URL_PREFIX } from '../../contract/routes-media.ts';
import type { DerivedImage } from './image.ts';
import { fallbackWidth } from './recipe.mjs';
import { extensionOf } from './serve-blob.ts';
import { type BlobInput, type MediaStore, sha256Hex } from './store.ts';

export const blobUrl = (sha256: string, contentType: string) =>
  `${MEDIA_URL_PREFIX}${sha256}.${extensionOf(contentType)}`;

export async function storeImage(store: MediaStore, image: DerivedImage): Promise<DraftImage> {
  return describeImage(image, await store.put(imageBlobs(image)));
}

/**
 * The blobs of a derived image: its original, then each width derived from it, or
 * all of them derived from `parent` (a film's poster goes with the film).
 */
export function imageBlobs(image: DerivedImage, parent?: string): BlobInput[] {
  const original = sha256Hex(image.original.bytes);
  return [
    { bytes: image.original.bytes, contentType: image.original.contentType, derivedFrom: parent },
    ...image.variants.map((variant) => ({
      bytes: variant.bytes,
      contentType: variant.contentType,
      derivedFrom: parent ?? original,
    })),
  ];
}

/** The contract's image for a derived image stored as `hashes` (imageBlobs' order). */
export function describeImage(image: DerivedImage, hashes: readonly string[]): DraftImage {
  const made = image.variants.map((variant, index) => ({
    ...variant,
    url: blobUrl(hashes[index + 1]!, variant.contentType),
  }));
  const srcset = (type: 'image/avif' | 'image/webp') =>
    made
      .filter((variant) => variant.contentType === type)
      .map((variant) => `${variant.url} ${variant.width}w`)
      .join(', ');
  const fallback = fallbackWidth(made.map((variant) => variant.width));
  const src = made.find((v) => v.contentType === 'image/webp' && v.width === fallback)!.url;
  return {
    src,
    sources: [
      { type: 'image/avif', srcset: srcset('image/avif') },
      { type: 'image/webp', srcset: srcset('image/webp') },
    ],
    width: image.width,
    height: image.height,
    alt: { fr: '', en: '' },
    color: image.color,
    placeholder: image.placeholder,
  };
}
