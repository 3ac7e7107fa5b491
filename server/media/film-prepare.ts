/**
 * A finished film upload checked and made ready to serve (decision 037), from a file
 * on disk to files on disk (never held in memory): ffprobe says what it is; it is
 * kept only if an iPad plays it as it is (H.264 in 4:2:0 colour, AAC sound or none,
 * MP4 or MOV); then copied, not re-encoded, into an MP4 whose index comes first
 * ("faststart", so playback starts before the whole film is loaded) without its
 * metadata (a phone's film carries its location); a poster frame is taken ~1 s in.
 * Anything else is a refusal that names what was found and what is needed.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import type { ApiFailure } from '../../contract/failures.ts';
import {
  DAMAGED_FILM,
  FILM_NEEDS_FFMPEG,
  NOT_A_FILM,
  sniffFilm,
  unplayableFilm,
} from '../../contract/film.ts';
import type { FilmTools, RunOutcome } from './film-tools.ts';
import { run } from './film-tools.ts';
import { type DerivedImage, deriveImage } from './image.ts';

export interface PreparedFilm {
  /** The faststart MP4, in the work directory. */
  file: { path: string; sha256: string; size: number };
  poster: DerivedImage;
  /** Seconds. */
  duration: number;
  width: number;
  height: number;
}

export type PrepareOutcome = { ok: true; film: PreparedFilm } | ApiFailure;

interface ProbeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  pix_fmt?: string;
  disposition?: { attached_pic?: number };
}
interface Probe {
  streams?: ProbeStream[];
  format?: { format_name?: string; duration?: string };
}

const CODEC_NAMES: Readonly<Record<string, string>> = {
  h264: 'H.264',
  hevc: 'HEVC (H.265)',
  vp8: 'VP8',
  vp9: 'VP9',
  av1: 'AV1',
  prores: 'ProRes',
  mpeg4: 'MPEG-4 Part 2',
  mpeg2video: 'MPEG-2',
  aac: 'AAC',
  opus: 'Opus',
  vorbis: 'Vorbis',
  mp3: 'MP3',
  ac3: 'AC-3',
  eac3: 'E-AC-3',
  flac: 'FLAC',
};
const codecName = (name = 'unknown') =>
  CODEC_NAMES[name] ?? (name.startsWith('pcm_') ? 'uncompressed (PCM)' : name);

function containerName(formatName = ''): string {
  if (formatName.includes('mp4') || formatName.includes('mov')) return 'MP4/MOV';
  if (formatName.includes('webm') || formatName.includes('matroska')) return 'WebM/Matroska';
  return formatName || 'an unknown container';
}

/** 4:2:0 colour: what an iPad's H.264 decoder takes (4:2:2 and 4:4:4 profiles it does not). */
const PLAYABLE_PIXELS = new Set(['yuv420p', 'yuvj420p']);

/** What ffprobe found, checked against what an iPad plays; the refusal names both. */
export function checkProbe(
  probe: Probe,
): { ok: true; duration: number; width: number; height: number } | ApiFailure {
  const streams = probe.streams ?? [];
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const audio = streams.filter((s) => s.codec_type === 'audio');
  const formatName = probe.format?.format_name ?? '';
  if (!video) return audio.length > 0 ? unplayableFilm('sound without any picture') : NOT_A_FILM;
  const sound =
    audio.length === 0
      ? 'without sound'
      : `with ${[...new Set(audio.map((a) => codecName(a.codec_name)))].join(' and ')} sound`;
  const found = `${codecName(video.codec_name)} video ${sound} in ${containerName(formatName)}`;
  const isoMedia = containerName(formatName) === 'MP4/MOV';
  if (
    !isoMedia ||
    video.codec_name !== 'h264' ||
    audio.some((a) => a.codec_name !== 'aac') ||
    audio.length > 1
  ) {
    return unplayableFilm(audio.length > 1 ? `${found}, with ${audio.length} sound tracks` : found);
  }
  if (!PLAYABLE_PIXELS.has(video.pix_fmt ?? ''))
    return unplayableFilm(`H.264 video in ${video.pix_fmt ?? 'unknown'} colour (4:2:0 is needed)`);
  const duration = Number(probe.format?.duration);
  if (!(duration > 0) || !video.width || !video.height) return DAMAGED_FILM;
  return { ok: true, duration, width: video.width, height: video.height };
}

const failureOf = (outcome: Exclude<RunOutcome, { ok: true }>): ApiFailure =>
  outcome.kind === 'missing' ? FILM_NEEDS_FFMPEG : DAMAGED_FILM;

async function firstBytes(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(16);
    const { bytesRead } = await handle.read(buffer, 0, 16, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function hashFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) hash.update(chunk);
  return { sha256: hash.digest('hex'), size: (await stat(path)).size };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Checks and prepares the film at `input`, writing into `workDir` (the caller
 * removes it, whatever the outcome). One film at a time per process: the disk and
 * the two cores are shared with the API's other requests.
 */
export function prepareFilm(
  input: string,
  workDir: string,
  tools: FilmTools,
): Promise<PrepareOutcome> {
  const work = () => prepare(input, workDir, tools);
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

async function prepare(input: string, workDir: string, tools: FilmTools): Promise<PrepareOutcome> {
  const kind = sniffFilm(await firstBytes(input));
  if (kind === 'other') return NOT_A_FILM;
  const probed = await run(
    tools.ffprobe,
    [
      '-v',
      'error',
      '-show_entries',
      'format=format_name,duration:stream=codec_type,codec_name,width,height,pix_fmt:stream_disposition=attached_pic',
      '-of',
      'json',
      input,
    ],
    Math.min(tools.timeoutMs, 60_000),
  );
  if (!probed.ok) return failureOf(probed);
  let probe: Probe;
  try {
    probe = JSON.parse(probed.stdout) as Probe;
  } catch {
    return DAMAGED_FILM;
  }
  const checked = checkProbe(probe);
  if (!checked.ok) return checked;

  const output = join(workDir, 'film.mp4');
  // Copied, not re-encoded; -xerror stops at the first damaged packet (a cut-off file).
  const remuxed = await run(
    tools.ffmpeg,
    [
      '-nostdin',
      '-v',
      'error',
      '-xerror',
      '-i',
      input,
      '-map',
      '0:v:0',
      '-map',
      '0:a:0?',
      '-c',
      'copy',
      '-map_metadata',
      '-1',
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
      output,
    ],
    tools.timeoutMs,
  );
  if (!remuxed.ok) return failureOf(remuxed);

  const posterPath = join(workDir, 'poster.jpg');
  // ~1 s in, or a tenth of a shorter film: past a fade from black, still its opening.
  const at = Math.min(1, checked.duration / 10);
  const framed = await run(
    tools.ffmpeg,
    [
      '-nostdin',
      '-v',
      'error',
      '-ss',
      at.toFixed(3),
      '-i',
      output,
      '-frames:v',
      '1',
      '-q:v',
      '2',
      '-f',
      'image2',
      '-c:v',
      'mjpeg',
      posterPath,
    ],
    Math.min(tools.timeoutMs, 60_000),
  );
  if (!framed.ok) return failureOf(framed);
  const poster = await deriveImage(await readFile(posterPath));
  if (!poster.ok) return DAMAGED_FILM;
  return {
    ok: true,
    film: {
      file: { path: output, ...(await hashFile(output)) },
      poster: poster.image,
      duration: checked.duration,
      width: checked.width,
      height: checked.height,
    },
  };
}
