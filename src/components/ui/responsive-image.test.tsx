import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Image } from '#contract/schemas.ts';
import { I18nProvider } from '#src/lib/i18n.tsx';

import { ResponsiveImage } from './responsive-image.tsx';

const image: Image = {
  src: '/media/img/x-640.jpg',
  sources: [],
  width: 640,
  height: 480,
  alt: { fr: 'Un atelier', en: 'A workshop' },
  color: '#336699',
  placeholder: 'data:image/webp;base64,AAAA',
};

describe('a responsive image', () => {
  it('stretches its tiny preview over the whole box until the picture loads', () => {
    render(
      <I18nProvider initialLocale="en">
        <ResponsiveImage image={image} sizes="100vw" priority={false} />
      </I18nProvider>,
    );
    const img = screen.getByRole('img', { name: 'A workshop' });
    expect(img.style.backgroundImage).toContain('data:image/webp;base64,AAAA');
    // Tiled, a 16-px preview shows as a repeated pattern on every cover below the fold.
    expect(img.style.backgroundSize).toBe('cover');
    expect(img.style.backgroundColor).not.toBe('');
  });
});
