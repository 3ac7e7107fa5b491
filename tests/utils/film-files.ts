/**
 * Films for the upload tests and the bench, made by ffmpeg when they run (nothing
 * binary in the repository): a playable H.264/AAC MP4, the same film in VP9/WebM,
 * cut short, and a text file under a film's name.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const TEST_PATTERN = (seconds: number, size: string) => [
  '-f',
  'lavfi',
  '-i',
  `testsrc=duration=${seconds}:size=${size}:rate=25`,
  '-f',
  'lavfi',
  '-i',
  `sine=duration=${seconds}`,
];

function ffmpeg(args: readonly string[]): void {
  execFileSync('ffmpeg', ['-nostdin', '-v', 'error', '-y', ...args], { stdio: 'inherit' });
}

/** Metadata written into the test film, which the stored film must not carry. */
export const CAMERA_NOTE = 'Parcours test camera';

/** A playable film: H.264 in 4:2:0 colour, AAC sound, MP4 (its index at the end, as cameras write it). */
export function h264Film(dir: string, { seconds = 2, size = '320x240', bitrate = '' } = {}) {
  const path = join(dir, `film-${seconds}-${size}${bitrate}.mp4`);
  // A constant rate with filler, so a film of N seconds weighs N × rate (the bench's 100 MB).
  const rate = bitrate
    ? ['-b:v', bitrate, '-minrate', bitrate, '-maxrate', bitrate, '-bufsize', '2M']
    : [];
  const cbr = bitrate ? ['-x264-params', 'nal-hrd=cbr'] : [];
  ffmpeg([
    ...TEST_PATTERN(seconds, size),
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    ...rate,
    ...cbr,
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    // What a camera writes about itself and where: the server must drop it.
    '-metadata',
    `title=${CAMERA_NOTE}`,
    path,
  ]);
  return path;
}

/** The same picture in VP9 with Opus sound, in WebM: what an iPad does not play. */
export function vp9Film(dir: string): Uint8Array {
  const path = join(dir, 'film.webm');
  ffmpeg([
    ...TEST_PATTERN(2, '320x240'),
    '-c:v',
    'libvpx-vp9',
    '-deadline',
    'realtime',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'libopus',
    path,
  ]);
  return readFileSync(path);
}

/** A text file that claims to be a film. */
export const TEXT_AS_FILM = new TextEncoder().encode('Not a film at all, only words.\n'.repeat(40));

export const FR_VTT = `WEBVTT

00:00.000 --> 00:01.000
Bonjour

00:01.000 --> 00:02.000
Au revoir
`;

export const EN_SRT = `1
00:00:00,000 --> 00:00:01,000
Hello

2
00:00:01,000 --> 00:00:02,000
Goodbye
`;

/** Line 4: a cue that ends before it starts. */
export const BAD_VTT = `WEBVTT

00:00:02.000 --> 00:00:01.000
Backwards
`;
