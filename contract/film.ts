/**
 * Uploaded films and their captions (decision 037): the bounds, the refusals worded
 * once, and what the studio receives. A film is sent with the tus resumable protocol;
 * the server then checks it with ffprobe and keeps it only if an iPad plays it as it
 * is (H.264 video, AAC sound or none, in MP4 or MOV), moved to "faststart" without
 * re-encoding. The MSW handlers word their refusals with the same functions.
 */
import { z } from 'zod/mini';

import type { ApiFailure, ErrorCode, FailureStatus } from './failures.ts';
import { type Locale, localeSchema, videoSchema } from './schemas.ts';

/** Largest film, in bytes: ten minutes of 1080p from a phone is well under it. */
export const FILM_MAX_BYTES = 1024 * 1024 * 1024;

/** What the film picker offers: an iPad's camera roll films are MOV (H.264 or HEVC). */
export const FILM_ACCEPT = 'video/mp4,video/quicktime,.mp4,.mov,.m4v';

/** What the captions pickers offer. */
export const CAPTIONS_ACCEPT = '.vtt,.srt,text/vtt';

/** The poster's alternative text until the editor writes one (the field shows it). */
export const FILM_POSTER_ALT = { fr: 'Image extraite du film', en: 'A still from the film' };

/** The label a caption track shows in the player's menu, in its own language. */
export const CAPTION_LABELS: Readonly<Record<Locale, string>> = { fr: 'Français', en: 'English' };

/**
 * A stored film: the viewer's video as the studio's documents hold it (one MP4, its
 * poster, captions still to add), and the picture's size in pixels.
 */
export const uploadedFilmSchema = z.object({
  video: videoSchema,
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
});
export type UploadedFilm = z.infer<typeof uploadedFilmSchema>;

export const captionTrackSchema = z.object({
  lang: localeSchema,
  src: z.string().check(z.regex(/^\/media\/u\/[0-9a-f]{64}\.vtt$/)),
  label: z.string().check(z.minLength(1)),
});
export type CaptionTrack = z.infer<typeof captionTrackSchema>;

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

const fileFailure = (status: FailureStatus, code: ErrorCode, message: string): ApiFailure => ({
  ok: false,
  status,
  code,
  message,
  field: 'file',
});

/** 413: an `Upload-Length` (or the bytes counted) over FILM_MAX_BYTES. */
export const FILM_TOO_LARGE = fileFailure(
  413,
  'payload_too_large',
  `Films are limited to ${mb(FILM_MAX_BYTES) / 1024} GB.`,
);

/** 415: the upload says, or its bytes show, that it is not a film at all. */
export const NOT_A_FILM = fileFailure(
  415,
  'unsupported_media_type',
  'This file is not a film: send an MP4 or MOV video.',
);

/** 400: ffprobe cannot read it (cut short, damaged, or not a video under a video's name). */
export const DAMAGED_FILM = fileFailure(
  400,
  'bad_request',
  'This film is damaged or incomplete (was the upload cut short?), or it is not a video. Try the file again.',
);

/** 503: the server has no ffmpeg (or ffprobe) to check and prepare films. */
export const FILM_NEEDS_FFMPEG = fileFailure(
  503,
  'unavailable',
  'Film uploads need ffmpeg on the server (Debian package ffmpeg). Ask the site’s administrator to install it.',
);

/** What a film must be to play on an iPad, said in every refusal of what it is not. */
export const FILM_NEEDS = 'Films need H.264 video with AAC sound (or none) in an MP4 or MOV file';

/**
 * 415: a film the iPad would not play as it is, naming what was found (codecs,
 * container) and what is needed: exporting it as "H.264 MP4" fixes every case.
 */
export function unplayableFilm(found: string): ApiFailure {
  return fileFailure(
    415,
    'unsupported_media_type',
    `This film is ${found}. ${FILM_NEEDS}: export it as “H.264 MP4”.`,
  );
}

/** 413: a captions file over CAPTIONS_MAX_BYTES (contract/captions.ts). */
export function captionsTooLarge(maxBytes: number): ApiFailure {
  return {
    ok: false,
    status: 413,
    code: 'payload_too_large',
    message: `Captions files are limited to ${maxBytes / 1024} KB.`,
    field: 'captions',
  };
}

/** 400: captions that are not UTF-8 text (an old SubRip file is often Latin-1). */
export const CAPTIONS_NOT_UTF8: ApiFailure = {
  ok: false,
  status: 400,
  code: 'bad_request',
  message: 'Invalid captions, line 1: save the file as UTF-8 text.',
  field: 'captions',
};

/** A film's container as its first bytes say: ISO media (MP4, MOV), Matroska/WebM, or else. */
export function sniffFilm(bytes: Uint8Array): 'iso' | 'matroska' | 'other' {
  const ascii = String.fromCharCode(...bytes.subarray(4, 8));
  // MP4 opens with `ftyp`; a QuickTime MOV may open with `wide`, `mdat` or `moov`.
  if (['ftyp', 'wide', 'mdat', 'moov', 'free', 'skip'].includes(ascii)) return 'iso';
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3)
    return 'matroska';
  return 'other';
}

/** Whether an upload's declared type (tus metadata `filetype`) may be a film; unknown types pass. */
export function mayBeFilm(type: string | undefined): boolean {
  return !type || /^(video\/|application\/octet-stream$)/i.test(type);
}
