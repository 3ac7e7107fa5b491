// @vitest-environment node
/** Captions for films: WebVTT checked cue by cue, SubRip converted, anything else refused. */
import { describe, expect, it } from 'vitest';

import { readCaptions } from './captions.ts';

const VTT =
  'WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.500\nBonjour.\n\n00:04.000 --> 00:06.000 line:90%\nAu revoir.\n';

describe('captions', () => {
  it('take a sound WebVTT file as it is, line endings made plain', () => {
    expect(readCaptions(VTT)).toEqual({ ok: true, vtt: VTT, cues: 2 });
    expect(readCaptions(`\uFEFF${VTT.replaceAll('\n', '\r\n')}`)).toMatchObject({
      ok: true,
      vtt: VTT,
    });
    expect(readCaptions(`WEBVTT - Film\n\nNOTE made by hand\n\n${VTT.slice(8)}`)).toMatchObject({
      ok: true,
      cues: 2,
    });
  });

  it('convert a SubRip file to WebVTT', () => {
    const srt =
      '1\r\n00:00:01,000 --> 00:00:03,500\r\nBonjour.\r\n\r\n2\r\n00:00:04,000 --> 00:00:06,000\r\nAu revoir.\r\nÀ demain.\r\n';
    expect(readCaptions(srt)).toEqual({
      ok: true,
      vtt: 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.500\nBonjour.\n\n2\n00:00:04.000 --> 00:00:06.000\nAu revoir.\nÀ demain.\n',
      cues: 2,
    });
  });

  it('refuse a broken file, naming the line', () => {
    const message = (text: string) => {
      const read = readCaptions(text);
      return read.ok ? 'accepted' : read.message;
    };
    expect(message('Bonjour')).toBe(
      'Invalid captions, line 1: captions are WebVTT (.vtt) or SubRip (.srt) files.',
    );
    expect(message('WEBVTT\n\n00:00:03.000 --> 00:00:01.000\nÀ l’envers.\n')).toBe(
      'Invalid captions, line 3: a cue ends after it starts.',
    );
    expect(
      message('WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nB\n\n00:00:01.000 --> 00:00:02.000\nA\n'),
    ).toBe('Invalid captions, line 6: cues are in the order of their start.');
    expect(message('WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nA\n')).toBe(
      'Invalid captions, line 3: times are written 00:01.000 or 00:00:01.000.',
    );
    expect(message('WEBVTT\n\nintro\n00:00:01.000 --> 00:00:02.000\n')).toBe(
      'Invalid captions, line 4: the cue has no text.',
    );
    expect(message('WEBVTT\n')).toBe('Invalid captions, line 2: the file has no cue.');
    expect(message(`WEBVTT\n\n${'00:00:01.000 --> 00:00:02.000\nA\n\n'.repeat(20_000)}`)).toMatch(
      /over 512 KB/,
    );
  });
});
