import { useState } from 'react';

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
  const [loaded, setLoaded] = useState(false);
  return (
    <picture className={className}>
      {image.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcset} sizes={sizes} />
      ))}
      <img
        src={image.src}
        width={image.width}
        height={image.height}
        alt={decorative ? '' : text(image.alt)}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
        fetchPriority={priority ? 'high' : 'auto'}
        draggable={false}
        onLoad={() => setLoaded(true)}
        data-loaded={loaded || undefined}
        style={
          loaded
            ? undefined
            : {
                backgroundColor: image.color,
                backgroundImage: image.placeholder ? `url("${image.placeholder}")` : undefined,
                // The tiny preview stretched over the whole box, never tiled.
                backgroundSize: 'cover',
                backgroundPosition: 'center',
              }
        }
      />
    </picture>
  );
}
