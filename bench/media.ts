/**
 * Over 300 lines: one report of two measurements (a photo, a film) sharing the server and sign-in.
 * `npm run bench:media`: a report, not a test. The server's memory while it makes a
 * 40-megapixel photo into the viewer's widths (decision 036): the real server
 * (server/index.ts on PGlite, a fresh data directory) is started, the demo editor
 * signs in through the development outbox, one small upload loads sharp, and the
 * process's resident memory (RSS, /proc/<pid>/status) is read at idle — the baseline
 * of the same run — then sampled every 20 ms while the 40-megapixel JPEG is uploaded
 * and derived. Then, on a second fresh server, the same for a 100 MB H.264/AAC film
 * (made by ffmpeg here) sent over tus and checked, remuxed, given a poster and stored
 * in parts (decision 037); ffmpeg's own processes are not the server's memory. Prints
 * each peak beside its baseline and their ratio; writes the figures to bench/out/.
 * Also section `media` of `npm run bench` (runMedia, mediaRows). Linux only (it reads
 * /proc); without ffmpeg the film is skipped, with a note. Method: docs/bench.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import sharp from 'sharp';

import { filmToolsFromEnv, toolsPresent } from '../server/media/film-tools.ts';
import { waitForOk } from '../server/testing/http.ts';
import { freePort } from '../server/testing/processes.ts';
import { h264Film } from '../tests/utils/film-files.ts';
import { formatTable, ratio, round, type Row } from './lib/stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');
const EDITOR = 'editor@in-movement.example';
/** 7,744 × 5,166: 40.0 megapixels, a 3:2 camera's frame. */
const WIDTH = 7744;
const HEIGHT = 5166;

const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

/** A field of /proc/<pid>/status in bytes (VmRSS: now; VmHWM: the peak so far). */
function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN) * 1024;
}

/** Forgets the process's peak so far (VmHWM), where the kernel lets us; true if it did. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

async function startServer(): Promise<{
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parcours-bench-media-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DIST_DIR: '',
      SMTP_URL: '',
      NODE_ENV: 'development',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/readyz`, 180_000, () =>
    child.exitCode !== null ? `the server exited with ${child.exitCode}` : null,
  );
  return {
    url,
    child,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs the demo editor in as a person would: a link asked for, read in the outbox, opened. */
async function signIn(url: string): Promise<string> {
  const json = { 'Content-Type': 'application/json' };
  const asked = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: EDITOR, locale: 'en' }),
  });
  const binding = asked.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const outbox = await (await fetch(`${url}/__outbox`)).text();
  const token = /\/sign-in\/verify\?token=([A-Za-z0-9_-]{43})/.exec(outbox)?.[1];
  if (!token) throw new Error('no sign-in link in the outbox');
  const verified = await fetch(`${url}/api/auth/verify`, {
    method: 'POST',
    headers: { ...json, Cookie: binding },
    body: JSON.stringify({ token }),
  });
  const session = verified.headers.getSetCookie().find((c) => c.startsWith('parcours_session='));
  if (!session) throw new Error(`verify answered ${verified.status}`);
  return session.split(';')[0]!;
}

async function upload(url: string, cookie: string, bytes: Uint8Array): Promise<number> {
  const response = await fetch(`${url}/api/studio/media/images`, {
    method: 'POST',
    headers: { Cookie: cookie, 'Content-Type': 'image/jpeg' },
    body: new Uint8Array(bytes),
  });
  if (response.status !== 201)
    throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  return response.status;
}

/** A photo-like 40-megapixel JPEG: noise over a gradient, so it compresses as a photo does. */
async function bigPhoto(): Promise<Buffer> {
  return sharp({
    create: {
      width: WIDTH,
      height: HEIGHT,
      channels: 3,
      background: '#6a7f92',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A whole film over tus (one PATCH, as the studio sends it); answers the seconds it took. */
async function uploadFilm(url: string, cookie: string, bytes: Uint8Array): Promise<void> {
  const created = await fetch(`${url}/api/studio/media/films`, {
    method: 'POST',
    headers: {
      Cookie: cookie,
      'Tus-Resumable': '1.0.0',
      'Upload-Length': String(bytes.length),
      'Upload-Metadata': `filetype ${btoa('video/mp4')}`,
    },
  });
  const location = created.headers.get('Location');
  if (created.status !== 201 || !location)
    throw new Error(`film upload answered ${created.status}: ${await created.text()}`);
  const done = await fetch(new URL(location, url), {
    method: 'PATCH',
    headers: {
      Cookie: cookie,
      'Tus-Resumable': '1.0.0',
      'Upload-Offset': '0',
      'Content-Type': 'application/offset+octet-stream',
    },
    body: new Uint8Array(bytes),
  });
  if (done.status !== 200) throw new Error(`film answered ${done.status}: ${await done.text()}`);
}

/**
 * The server's resident memory when idle (a second after its warm-up), then its peak
 * while `work` runs: `VmRSS` sampled every 20 ms, and the kernel's peak (`VmHWM`) once
 * it could be reset at the start, so nothing from before (start-up, seeding) counts.
 */
async function peakDuring(
  pid: number,
  work: () => Promise<void>,
): Promise<{ idle: number; peak: number; seconds: number }> {
  await new Promise((r) => setTimeout(r, 1000));
  const idle = status(pid, 'VmRSS');
  const reset = resetPeak(pid);
  let peak = idle;
  const timer = setInterval(() => {
    peak = Math.max(peak, status(pid, 'VmRSS'));
  }, 20);
  const started = Date.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  const seconds = (Date.now() - started) / 1000;
  if (reset) peak = Math.max(peak, status(pid, 'VmHWM'));
  return { idle, peak, seconds };
}

export interface PhotoFigures {
  idleRss: number;
  peakRss: number;
  photoBytes: number;
  width: number;
  height: number;
  seconds: number;
}

export interface FilmFigures {
  filmIdleRss: number;
  filmPeakRss: number;
  filmBytes: number;
  filmSeconds: number;
}

/** Both measurements, or the photo's and why the film's was not made. */
export type MediaFigures = PhotoFigures & (FilmFigures | { filmSkipped: string });

/** The server's memory around a 40-megapixel photo, on a fresh server. */
async function measurePhoto(): Promise<PhotoFigures> {
  console.log('[bench:media] making a 40-megapixel JPEG and starting the server…');
  const photo = await bigPhoto();
  const server = await startServer();
  try {
    const cookie = await signIn(server.url);
    // sharp and libvips loaded, as on a server that has taken one upload.
    const small = await sharp({
      create: { width: 64, height: 64, channels: 3, background: '#888' },
    })
      .jpeg()
      .toBuffer();
    await upload(server.url, cookie, small);
    const { idle, peak, seconds } = await peakDuring(server.child.pid!, async () => {
      await upload(server.url, cookie, photo);
    });
    return {
      idleRss: idle,
      peakRss: peak,
      photoBytes: photo.length,
      width: WIDTH,
      height: HEIGHT,
      seconds,
    };
  } finally {
    await server.stop();
  }
}

/** The server's memory around a 100 MB film, on a fresh server (the photo's peak would mask it). */
async function measureFilm(): Promise<FilmFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-bench-film-'));
  try {
    console.log('[bench:media] making a 100 MB film with ffmpeg (100 s of 720p at 8 Mbit/s)…');
    const big = readFileSync(h264Film(dir, { seconds: 100, size: '1280x720', bitrate: '8M' }));
    const small = readFileSync(h264Film(dir));
    const server = await startServer();
    try {
      const cookie = await signIn(server.url);
      // tus, ffmpeg's first run and sharp loaded, as on a server that has taken one film.
      await uploadFilm(server.url, cookie, small);
      const { idle, peak, seconds } = await peakDuring(server.child.pid!, () =>
        uploadFilm(server.url, cookie, big),
      );
      return { filmIdleRss: idle, filmPeakRss: peak, filmBytes: big.length, filmSeconds: seconds };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The photo, then the film when ffmpeg and ffprobe run here (FFMPEG_PATH, FFPROBE_PATH). */
export async function runMedia(): Promise<MediaFigures> {
  const photo = await measurePhoto();
  if (!(await toolsPresent(filmToolsFromEnv()))) {
    const filmSkipped = 'ffmpeg or ffprobe not found (PATH, FFMPEG_PATH, FFPROBE_PATH)';
    console.log(`[bench:media] film skipped: ${filmSkipped}`);
    return { ...photo, filmSkipped };
  }
  return { ...photo, ...(await measureFilm()) };
}

export function mediaRows(f: MediaFigures): Row[] {
  const rows: Row[] = [
    {
      section: 'media',
      measure: `server RSS, peak while deriving a ${f.width}×${f.height} JPEG (${mb(f.photoBytes)} MB)`,
      value: `${mb(f.peakRss)} MB`,
      baseline: `${mb(f.idleRss)} MB idle`,
      ratio: ratio(f.peakRss, f.idleRss),
    },
    {
      section: 'media',
      measure: 'server RSS, added by the upload (peak − idle)',
      value: `${mb(f.peakRss - f.idleRss)} MB`,
    },
    {
      section: 'media',
      measure: 'upload answered in (one run, informative)',
      value: `${round(f.seconds, 1)} s`,
    },
  ];
  if ('filmSkipped' in f) {
    rows.push({ section: 'media', measure: 'film (100 MB)', value: `skipped: ${f.filmSkipped}` });
    return rows;
  }
  rows.push(
    {
      section: 'media',
      measure: `server RSS, peak while taking a ${mb(f.filmBytes)} MB film (tus, ffprobe, remux, poster, store)`,
      value: `${mb(f.filmPeakRss)} MB`,
      baseline: `${mb(f.filmIdleRss)} MB idle`,
      ratio: ratio(f.filmPeakRss, f.filmIdleRss),
    },
    {
      section: 'media',
      measure: 'server RSS, added by the film (peak − idle)',
      value: `${mb(f.filmPeakRss - f.filmIdleRss)} MB`,
    },
    {
      section: 'media',
      measure: 'film upload and processing answered in (one run, informative)',
      value: `${round(f.filmSeconds, 1)} s`,
    },
  );
  return rows;
}

async function main(): Promise<void> {
  const figures = await runMedia();
  console.log(formatTable(mediaRows(figures)));
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `bench-media-${new Date().toISOString().slice(0, 10)}.json`);
  writeFileSync(file, JSON.stringify(figures, null, 2));
  console.log(`[bench:media] figures written to ${file}`);
}

// `npm run bench:media` runs it alone; `npm run bench` imports it (section `media`).
if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
