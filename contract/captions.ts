/**
 * Film captions as the studio takes them (decision 036): WebVTT checked cue by cue,
 * or SubRip (.srt) converted to WebVTT first, so the viewer's `<track>` only ever
 * gets a file every browser reads. Both implementations use it: the checks are text
 * rules, with no decoder needed.
 */
import type { ApiFailure } from './failures.ts';

/** Largest captions file, in bytes: a feature film's subtitles are ~100 KB. */
export const CAPTIONS_MAX_BYTES = 512 * 1024;

/** `HH:MM:SS.mmm` (hours optional in WebVTT) in seconds, or null. */
function seconds(text: string, separator: '.' | ','): number | null {
  const pattern =
    separator === '.'
      ? /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/
      : /^(\d{2,}):([0-5]\d):([0-5]\d),(\d{3})$/;
  const match = pattern.exec(text);
  if (!match) return null;
  const [, h = '0', m, s, ms] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000;
}

export function invalidCaptions(line: number, what: string): ApiFailure {
  return {
    ok: false,
    status: 400,
    code: 'bad_request',
    message: `Invalid captions, line ${line}: ${what}`,
    field: 'captions',
  };
}

const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+(.*))?$/;

/** The file's lines, without a byte-order mark, whatever its line endings. */
const linesOf = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

/**
 * A WebVTT file checked: the signature, then each block — a cue (an optional
 * identifier, a timing line whose end follows its start, starts in order, some text)
 * or a NOTE, STYLE or REGION block. Answers the file with `\n` line endings.
 */
export function checkWebVtt(text: string): { ok: true; vtt: string; cues: number } | ApiFailure {
  if (new TextEncoder().encode(text).length > CAPTIONS_MAX_BYTES)
    return invalidCaptions(1, `the file is over ${CAPTIONS_MAX_BYTES / 1024} KB.`);
  const lines = linesOf(text);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? ''))
    return invalidCaptions(1, 'a WebVTT file starts with “WEBVTT”.');
  let at = 1;
  // The header's own lines run to the first blank line.
  while (at < lines.length && lines[at] !== '') at++;
  let cues = 0;
  let previousStart = 0;
  while (at < lines.length) {
    if (lines[at] === '') {
      at++;
      continue;
    }
    const first = at;
    const block: string[] = [];
    while (at < lines.length && lines[at] !== '') block.push(lines[at++]!);
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block[0]!)) {
      if (cues > 0 && !block[0]!.startsWith('NOTE'))
        return invalidCaptions(first + 1, 'STYLE and REGION blocks come before the cues.');
      continue;
    }
    const timingIndex = block[0]!.includes('-->') ? 0 : 1;
    const timing = TIMING.exec(block[timingIndex] ?? '');
    const line = first + timingIndex + 1;
    if (!timing)
      return invalidCaptions(line, 'a cue needs a timing line “00:00:01.000 --> 00:00:04.000”.');
    const start = seconds(timing[1]!, '.');
    const end = seconds(timing[2]!, '.');
    if (start === null || end === null)
      return invalidCaptions(line, 'times are written 00:01.000 or 00:00:01.000.');
    if (end <= start) return invalidCaptions(line, 'a cue ends after it starts.');
    if (start < previousStart)
      return invalidCaptions(line, 'cues are in the order of their start.');
    if (block.length <= timingIndex + 1) return invalidCaptions(line, 'the cue has no text.');
    previousStart = start;
    cues++;
  }
  if (cues === 0) return invalidCaptions(lines.length, 'the file has no cue.');
  return { ok: true, vtt: lines.join('\n').replace(/\n*$/, '\n'), cues };
}

/** A SubRip file as WebVTT: its numbers become cue identifiers, its commas dots. */
export function srtToWebVtt(text: string): { ok: true; vtt: string; cues: number } | ApiFailure {
  const lines = linesOf(text);
  const out = ['WEBVTT', ''];
  for (const [index, line] of lines.entries()) {
    const timing = TIMING.exec(line);
    if (timing && line.includes(',')) {
      const start = seconds(timing[1]!, ',');
      const end = seconds(timing[2]!, ',');
      if (start === null || end === null)
        return invalidCaptions(index + 1, 'SubRip times are written 00:00:01,000.');
      out.push(`${timing[1]!.replace(',', '.')} --> ${timing[2]!.replace(',', '.')}`);
    } else {
      out.push(line);
    }
  }
  return checkWebVtt(out.join('\n'));
}

/** Captions as sent: WebVTT checked, SubRip converted then checked, anything else refused. */
export function readCaptions(text: string): { ok: true; vtt: string; cues: number } | ApiFailure {
  const body = text.replace(/^\uFEFF/, '');
  if (body.startsWith('WEBVTT')) return checkWebVtt(body);
  const [firstLine = '', secondLine = ''] = body.split(/\r\n|\r|\n/).filter((l) => l !== '');
  if (/^\d+$/.test(firstLine.trim()) && secondLine.includes('-->')) return srtToWebVtt(body);
  return invalidCaptions(1, 'captions are WebVTT (.vtt) or SubRip (.srt) files.');
}
