// @vitest-environment node
/** The server and the mocks hand out the same cursors and read each other's. */
import { describe, expect, it } from 'vitest';
import { decodeCursor as mockDecode, encodeCursor as mockEncode } from '#mocks/data.ts';
import { decodeCursor, encodeCursor } from '#server/queries/cursor.ts';

const positions = [
  { publishedAt: '2024-03-01', slug: 'a' },
  { publishedAt: '2019-12-31', slug: 'la-soufflerie-a-240-km-h' },
  { publishedAt: '2025-06-15', slug: 'x'.repeat(80) },
  { publishedAt: '2025-06-15', slug: 'ab' }, // lengths that pad differently in base64
  { publishedAt: '2025-06-15', slug: 'abc' },
];

describe('list cursors', () => {
  it.each(positions)('encode $slug identically', (position) => {
    expect(encodeCursor(position)).toBe(mockEncode(position));
    expect(decodeCursor(mockEncode(position))).toEqual(position);
    expect(mockDecode(encodeCursor(position))).toEqual(position);
  });

  it.each(['', 'A', 'bm90LWEtY3Vyc29y', 'MjAyNC0wMy0wMXxB', '!!!', 'MjAyNC0wMy0wMXw'])(
    'reject %j alike',
    (cursor) => {
      expect(decodeCursor(cursor)).toEqual(mockDecode(cursor));
    },
  );
});
