/**
 * The opaque list cursor: base64url of `publishedAt|slug`, the position of the last
 * story of a page. Byte-for-byte the encoding the mocks hand out (mocks/data.ts),
 * which a parity test checks, so a cursor from either implementation works on both.
 */

import { parseCursorText, type CursorPosition } from '../../contract/cursor.ts';

export type { CursorPosition };

export function encodeCursor({ publishedAt, slug }: CursorPosition): string {
  return Buffer.from(`${publishedAt}|${slug}`, 'latin1').toString('base64url');
}

/** Returns null for anything that is not a cursor this API handed out. */
export function decodeCursor(cursor: string): CursorPosition | null {
  // The contract's schema already limits cursors to the base64url alphabet.
  if (!/^[A-Za-z0-9_-]*$/.test(cursor) || cursor.length % 4 === 1) return null;
  return parseCursorText(Buffer.from(cursor, 'base64url').toString('latin1'));
}
