/**
 * The image upload as an editor uses it, on the mocked API: a photo chosen or
 * dropped becomes the studio's image, and each refusal is said in the editor's
 * language.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Account, Image, Locale } from '#contract/schemas.ts';
import { setMockSignedIn } from '#mocks/handlers/auth.ts';
import { resetMediaMocks } from '#mocks/handlers/media.ts';
import { setMockLatency } from '#mocks/handlers/respond.ts';
import { I18nProvider } from '#src/lib/i18n.tsx';
import { photo, pngBomb, SVG_WITH_SCRIPT } from '#tests/utils/media-files.ts';

import { ImageUpload } from './image-upload.tsx';

const EDITH: Account = {
  id: '41',
  email: 'edith@example.org',
  displayName: 'Edith',
  role: 'editor',
  bio: '',
  affiliation: null,
  locale: 'fr',
  blocked: false,
};

function renderUpload(locale: Locale = 'fr') {
  const onUploaded = vi.fn<(image: Image) => void>();
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLocale={locale}>
        <ImageUpload onUploaded={onUploaded} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { onUploaded, user: userEvent.setup() };
}

const fileOf = (bytes: Uint8Array, name: string, type: string) =>
  new File([new Uint8Array(bytes)], name, { type });

beforeEach(() => {
  setMockLatency(0);
  resetMediaMocks();
  setMockSignedIn(EDITH);
});
afterEach(() => setMockSignedIn(null));

describe('the image upload', () => {
  it('offers every image type (the camera on a tablet) and uploads the one chosen', async () => {
    const { onUploaded, user } = renderUpload('en');
    const input = screen.getByLabelText('Choose an image');
    expect(input).toHaveAttribute('accept', 'image/*');
    await user.upload(input, fileOf(await photo(64, 48), 'atelier.jpg', 'image/jpeg'));
    expect(await screen.findByText(/Image added\./)).toBeInTheDocument();
    expect(onUploaded).toHaveBeenCalledTimes(1);
    expect(onUploaded.mock.calls[0]![0]).toMatchObject({
      width: 64,
      height: 48,
      alt: { fr: '', en: '' },
      src: expect.stringMatching(/^\/media\/u\/[0-9a-f]{64}\.jpg$/),
    });
  });

  it('uploads an image dropped on it', async () => {
    const { onUploaded } = renderUpload('en');
    const file = fileOf(await photo(32, 32), 'drop.jpg', 'image/jpeg');
    fireEvent.drop(screen.getByText(/or drop it here/), { dataTransfer: { files: [file] } });
    expect(await screen.findByText(/Image added\./)).toBeInTheDocument();
    expect(onUploaded).toHaveBeenCalledTimes(1);
  });

  it('says in French why an SVG is refused, and uploads nothing', async () => {
    const { onUploaded, user } = renderUpload('fr');
    // The picker offers images only; a file dropped or forced through it is still checked.
    await user.upload(
      screen.getByLabelText('Choisir une image'),
      fileOf(SVG_WITH_SCRIPT, 'logo.svg', 'image/svg+xml'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Les images SVG sont refusées (elles peuvent contenir des scripts) : exportez-la en PNG.',
    );
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it('says how large a refused decompression bomb claims to be', async () => {
    const { user } = renderUpload('en');
    await user.upload(
      screen.getByLabelText('Choose an image'),
      fileOf(pngBomb(), 'bomb.png', 'image/png'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This image is 30000 × 30000 pixels; images are limited to 60 megapixels.',
    );
  });

  it('asks a signed-out person to sign in', async () => {
    setMockSignedIn(null);
    const { user } = renderUpload('en');
    await user.upload(
      screen.getByLabelText('Choose an image'),
      fileOf(await photo(16, 16), 'a.jpg', 'image/jpeg'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign in to add images.');
  });
});
