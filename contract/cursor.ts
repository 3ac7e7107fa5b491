/**
 * The opaque list cursor both implementations hand out and read: base64url (no
 * padding) of `publishedAt|slug`, the position of the last story of a page. Anything
 * but a real calendar date is refused, so a crafted cursor (`9999-99-99|zz`,
 * `2024-02-30|a`) is a 400 on every implementation and never reaches the database
 * as a date it would reject. btoa/atob: cursors are ASCII, and both run everywhere.
 */

export interface CursorPosition {
  publishedAt: string;
  slug: string;
}

const CURSOR_TEXT = /^(\d{4})-(\d{2})-(\d{2})\|([a-z0-9-]{1,80})$/;

/** Null for anything that is not a cursor an implementation could have handed out. */
function parseCursorText(text: string): CursorPosition | null {
  const match = CURSOR_TEXT.exec(text);
  if (!match) return null;
  const [, year, month, day, slug] = match as unknown as [string, string, string, string, string];
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  // Year 0 does not exist in PostgreSQL's calendar; Date.UTC rolls invalid days over.
  if (y < 1 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return { publishedAt: `${year}-${month}-${day}`, slug };
}

export function encodeCursor({ publishedAt, slug }: CursorPosition): string {
  return btoa(`${publishedAt}|${slug}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Returns null for anything that is not a cursor this API handed out. */
export function decodeCursor(cursor: string): CursorPosition | null {
  // The contract's schema already limits cursors to the base64url alphabet; a length
  // of 4n + 1 is no base64 at all.
  if (!/^[A-Za-z0-9_-]*$/.test(cursor) || cursor.length % 4 === 1) return null;
  return parseCursorText(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
}

/** Thrown by a list read given a cursor no implementation handed out: a 400 (failures.ts). */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

/** Where a list page starts: null without a cursor; throws InvalidCursorError for a bad one. */
export function cursorPosition(cursor: string | undefined): CursorPosition | null {
  if (cursor === undefined || cursor === '') return null;
  const position = decodeCursor(cursor);
  if (!position) throw new InvalidCursorError('cursor');
  return position;
}
