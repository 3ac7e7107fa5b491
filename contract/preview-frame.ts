/**
 * The designers' flow board (mock builds only, decision 031): how a framed app tells
 * the mocks which world it lives in. The frame's world travels as base64url JSON, in
 * the frame's window name (so it survives the frame's reloads) and in one request
 * header the mocks decode per request. Lives in contract/ because the client and the
 * mocks share it; production code never imports it (a test on the real build checks
 * that neither the header's name nor this code is in `dist/`).
 */

/** The request header that carries a frame's world to the mocks. */
export const FRAME_HEADER = 'x-parcours-frame';

/**
 * The longest header the mocks read, in characters: well under Node's 16 KiB limit on
 * all headers together, and enough for a content patch of a few titles and rules.
 */
export const FRAME_HEADER_MAX_CHARS = 8192;

/** A framed app's window name starts with this, then carries its world. */
export const FRAME_NAME_PREFIX = 'parcours-frame:';

/** A frame's id: short, and safe inside storage keys. */
export const FRAME_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Any JSON value as base64url of its UTF-8 text (no padding). */
export function encodeFrameValue(value: unknown): string {
  return toBase64(new TextEncoder().encode(JSON.stringify(value)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The JSON value a base64url text carries, or undefined when it carries none. */
export function decodeFrameValue(text: string): unknown {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}
