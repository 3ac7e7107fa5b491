import type { Image } from '#contract/schemas.ts';
import { useI18n } from '#src/lib/i18n.tsx';

interface Props {
  image: Image;
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string;
  /** The likely largest paint: fetched eagerly at high priority. */
  priority?: boolean;
  /** Decorative use (a text label names the same thing): empty alt. */
  decorative?: boolean;
  className?: string;
}

/**
 * Once the image has arrived, its placeholder goes, on the element itself: an image
 * arriving (a card's, often while a finger drags the deck; a tile's, while the
 * springboard scrolls) costs no React render. React sets the placeholder style only
 * when it changes, which a new image (a new element, keyed by its source) does.
 */
function showArrived(img: HTMLImageElement): void {
  img.removeAttribute('style');
  img.dataset.loaded = '';
}

/**
 * A <picture> with AVIF/WebP sources, intrinsic size (no layout shift) and the
 * dominant colour plus a blurred preview painted until the image arrives.
 */
export function ResponsiveImage({
  image,
  sizes,
  priority = false,
  decorative = false,
  className,
}: Props) {
  const { text } = useI18n();
  return (
    <picture className={className}>
      {image.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcset} sizes={sizes} />
      ))}
      <img
        key={image.src}
        // Already there (from the cache, or before hydration): no load event will say so.
        ref={(img) => {
          if (img?.complete && img.naturalWidth > 0) showArrived(img);
        }}
        src={image.src}
        width={image.width}
        height={image.height}
        alt={decorative ? '' : text(image.alt)}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
        fetchPriority={priority ? 'high' : 'auto'}
        draggable={false}
        onLoad={(event) => showArrived(event.currentTarget)}
        style={{
          backgroundColor: image.color,
          backgroundImage: image.placeholder ? `url("${image.placeholder}")` : undefined,
          // The tiny preview stretched over the whole box, never tiled.
          backgroundSize: 'cover',
          backgroundPosition: 'center',
        }}
      />
    </picture>
  );
}
