import { fireEvent, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';

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

  it('drops its preview when the picture arrives, with no React render (a card may be dragged then)', () => {
    const renders = vi.fn();
    const { rerender } = render(
      <Profiler id="image" onRender={renders}>
        <I18nProvider initialLocale="en">
          <ResponsiveImage image={image} sizes="100vw" />
        </I18nProvider>
      </Profiler>,
    );
    const img = screen.getByRole('img', { name: 'A workshop' });
    expect(renders).toHaveBeenCalledTimes(1);
    fireEvent.load(img);
    expect(img.style.backgroundImage).toBe('');
    expect(img.style.backgroundColor).toBe('');
    expect(img).toHaveAttribute('data-loaded');
    expect(renders).toHaveBeenCalledTimes(1);

    // Drawn again for another reason, it stays as it arrived.
    rerender(
      <Profiler id="image" onRender={renders}>
        <I18nProvider initialLocale="en">
          <ResponsiveImage image={image} sizes="50vw" />
        </I18nProvider>
      </Profiler>,
    );
    expect(screen.getByRole('img', { name: 'A workshop' }).style.backgroundImage).toBe('');

    // Another picture: a new element, with its own preview until it arrives.
    rerender(
      <Profiler id="image" onRender={renders}>
        <I18nProvider initialLocale="en">
          <ResponsiveImage image={{ ...image, src: '/media/img/y-640.jpg' }} sizes="50vw" />
        </I18nProvider>
      </Profiler>,
    );
    const next = screen.getByRole('img', { name: 'A workshop' });
    expect(next).not.toBe(img);
    expect(next.style.backgroundImage).toContain('data:image/webp;base64,AAAA');
    expect(next).not.toHaveAttribute('data-loaded');
  });
});
