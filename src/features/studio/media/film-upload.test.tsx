/**
 * The film upload as an editor uses it, on the mocked API (tus as the server speaks
 * it): a film chosen becomes the card's film, its captions in both languages are
 * added to it, a refusal is said in the editor's language, and an upload cut by a
 * lost connection resumes from the server's offset rather than from the start.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import type * as TusClient from 'tus-js-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Account, Locale, Video } from '#contract/schemas.ts';
import { setMockSignedIn } from '#mocks/handlers/auth.ts';
import { resetMediaMocks } from '#mocks/handlers/media.ts';
import { setMockLatency } from '#mocks/handlers/respond.ts';
import { server } from '#mocks/node.ts';
import { I18nProvider } from '#src/lib/i18n.tsx';
import { loadMessages } from '#src/lib/message-areas.ts';
import { BAD_VTT, EN_SRT, FR_VTT, TEXT_AS_FILM } from '#tests/utils/film-files.ts';

import { FilmUpload } from './film-upload.tsx';

// The browser's tus-js-client (XMLHttpRequest), as Vite bundles it for the studio:
// under Vitest, Node's resolution would pick its Node build (http, streams). Its parts
// are read as bytes here, not sent as Blob slices: jsdom's XMLHttpRequest, through
// MSW, garbles a Blob body (as upload-image.ts notes); a browser sends either as is.
vi.mock('tus-js-client', async () => {
  // The same API as the package's types describe (lib/index.d.ts), in its browser build.
  const tus = (await import(
    // @ts-expect-error the browser build ships without its own declaration file
    'tus-js-client/lib.esm/browser/index.js'
  )) as typeof TusClient;
  const fileReader = {
    async openFile(input: Blob) {
      const bytes = new Uint8Array(await input.arrayBuffer());
      return {
        size: bytes.length,
        slice: (start: number, end: number) => {
          const value = bytes.slice(start, Math.min(end, bytes.length));
          return Promise.resolve({
            value: Object.assign(value, { size: value.length }),
            done: end >= bytes.length,
          });
        },
        close: () => undefined,
      };
    },
  };
  class Upload extends tus.Upload {
    constructor(file: Blob, options: ConstructorParameters<typeof tus.Upload>[1]) {
      super(file, { ...options, fileReader });
    }
  }
  return { ...tus, Upload };
});

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

/** A tiny "MP4": an ftyp box, then an mvhd saying 2.5 s (the mock reads no more). */
function tinyMp4(): Uint8Array {
  const bytes = new Uint8Array(4096);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 24);
  bytes.set(new TextEncoder().encode('ftypisom'), 4);
  view.setUint32(24, 108);
  bytes.set(new TextEncoder().encode('mvhd'), 28);
  view.setUint32(32 + 12, 1000); // timescale
  view.setUint32(32 + 16, 2500); // duration
  for (let i = 200; i < bytes.length; i++) bytes[i] = i % 251;
  return bytes;
}

let saved: Video | null = null;

function Harness() {
  const [video, setVideo] = useState<Video | null>(null);
  return (
    <FilmUpload
      value={video}
      onChange={(next) => {
        saved = next;
        setVideo(next);
      }}
    />
  );
}

function setUpUpload(locale: Locale = 'en') {
  render(
    <I18nProvider initialLocale={locale}>
      <Harness />
    </I18nProvider>,
  );
  return userEvent.setup();
}

const fileOf = (bytes: Uint8Array | string, name: string, type: string) =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, { type });

beforeEach(() => loadMessages('studio'));
beforeEach(() => {
  setMockLatency(0);
  resetMediaMocks();
  setMockSignedIn(EDITH);
  saved = null;
  localStorage.clear();
});
afterEach(() => setMockSignedIn(null));

describe('the film upload', () => {
  it('sends a film, makes it the card’s film, then adds captions in both languages', async () => {
    const user = setUpUpload('en');
    const input = screen.getByLabelText('Choose a film');
    expect(input).toHaveAttribute('accept', expect.stringContaining('video/mp4'));
    await user.upload(input, fileOf(tinyMp4(), 'atelier.mp4', 'video/mp4'));
    expect(await screen.findByText(/^Film added\./)).toBeInTheDocument();
    expect(saved?.sources[0]?.src).toMatch(/^\/media\/u\/[0-9a-f]{64}\.mp4$/);
    expect(saved?.duration).toBe(2.5);
    expect(screen.getByText('No French captions yet')).toBeInTheDocument();

    await user.upload(
      screen.getByLabelText('French captions (.vtt or .srt)'),
      fileOf(FR_VTT, 'fr.vtt', 'text/vtt'),
    );
    expect(await screen.findByText('French captions added')).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText('English captions (.vtt or .srt)'),
      fileOf(EN_SRT, 'en.srt', 'application/x-subrip'),
    );
    expect(await screen.findByText('English captions added')).toBeInTheDocument();
    expect(saved?.captions.map((c) => [c.lang, c.label])).toEqual([
      ['en', 'English'],
      ['fr', 'Français'],
    ]);
    // The served English track is WebVTT, converted from SubRip.
    const served = await fetch(new URL(saved!.captions[0]!.src, location.href));
    expect(await served.text()).toMatch(/^WEBVTT\n\n1\n00:00:00\.000 --> 00:00:01\.000\n/);
  });

  it('says in French what is wrong with a file that is not a film, and with bad captions', async () => {
    const user = setUpUpload('fr');
    await user.upload(
      screen.getByLabelText('Choisir un film'),
      fileOf(TEXT_AS_FILM, 'notes.mp4', 'video/mp4'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce fichier n’est pas un film : choisissez une vidéo MP4 ou MOV.',
    );
    expect(saved).toBeNull();
    await user.upload(
      screen.getByLabelText('Choisir un film'),
      fileOf(tinyMp4(), 'a.mp4', 'video/mp4'),
    );
    await screen.findByText(/^Film ajouté\./);
    await user.upload(
      screen.getByLabelText('Sous-titres en français (.vtt ou .srt)'),
      fileOf(BAD_VTT, 'fr.vtt', 'text/vtt'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Sous-titres refusés, ligne 3/);
    expect(saved?.captions).toEqual([]);
  });

  it('resumes from the server’s offset after the connection drops mid-film', async () => {
    const film = tinyMp4();
    const patches: number[] = [];
    let dropped = false;
    let heads = 0;
    server.use(
      http.head('*/api/studio/media/films/:id', () => {
        heads++;
        return undefined;
      }),
      http.patch('*/api/studio/media/films/:id', ({ request }) => {
        patches.push(Number(request.headers.get('Upload-Offset')));
        if (dropped) return undefined;
        dropped = true;
        // The first PATCH is cut: the connection fails without an answer.
        return HttpResponse.error();
      }),
    );
    const user = setUpUpload('en');
    await user.upload(screen.getByLabelText('Choose a film'), fileOf(film, 'cut.mp4', 'video/mp4'));
    expect(await screen.findByText(/^Film added\./, {}, { timeout: 5000 })).toBeInTheDocument();
    // Tried twice, the second time after asking the server for its offset (HEAD).
    expect(heads).toBe(1);
    expect(patches).toEqual([0, 0]);
    expect(saved?.duration).toBe(2.5);
  });

  it('pauses and resumes on request', async () => {
    const user = setUpUpload('en');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.patch('*/api/studio/media/films/:id', async () => {
        await held;
        return undefined;
      }),
    );
    await user.upload(
      screen.getByLabelText('Choose a film'),
      fileOf(tinyMp4(), 'p.mp4', 'video/mp4'),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(screen.getByText(/^Sending paused at/)).toBeInTheDocument();
    release();
    await user.click(screen.getByRole('button', { name: 'Resume sending' }));
    await waitFor(() => expect(saved).not.toBeNull());
  });
});
