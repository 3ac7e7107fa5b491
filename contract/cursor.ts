/**
 * The text inside a list cursor, `publishedAt|slug`, read the same way by the server
 * and the mocks. Anything but a real calendar date is refused here, so a crafted
 * cursor (`9999-99-99|zz`, `2024-02-30|a`) is a 400 on every implementation and
 * never reaches the database as a date it would reject.
 */

export interface CursorPosition {
  publishedAt: string;
  slug: string;
}

const CURSOR_TEXT = /^(\d{4})-(\d{2})-(\d{2})\|([a-z0-9-]{1,80})$/;

/** Returns null for anything that is not a cursor an implementation could have handed out. */
export function parseCursorText(text: string): CursorPosition | null {
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
