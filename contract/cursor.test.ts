// @vitest-environment node
/** List cursors read back what they encode, and nothing an implementation never handed out. */
import { describe, expect, it } from 'vitest';

import { decodeCursor, encodeCursor } from './cursor.ts';

const positions = [
  { publishedAt: '2024-03-01', slug: 'a' },
  { publishedAt: '2019-12-31', slug: 'la-soufflerie-a-240-km-h' },
  { publishedAt: '2025-06-15', slug: 'x'.repeat(80) },
  { publishedAt: '2025-06-15', slug: 'ab' }, // lengths that pad differently in base64
  { publishedAt: '2025-06-15', slug: 'abc' },
];

describe('list cursors', () => {
  it.each(positions)('encode $slug as unpadded base64url and read it back', (position) => {
    const cursor = encodeCursor(position);
    // The encoding the server has always handed out, so earlier cursors still work.
    const text = `${position.publishedAt}|${position.slug}`;
    expect(cursor).toBe(Buffer.from(text, 'latin1').toString('base64url'));
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    '',
    'A',
    'bm90LWEtY3Vyc29y', // "not-a-cursor"
    'MjAyNC0wMy0wMXxB', // an upper-case slug
    '!!!',
    'MjAyNC0wMy0wMXw', // no slug
    'OTk5OS05OS05OXx6eg', // 9999-99-99|zz
    'MjAyNC0wMi0zMHxh', // 2024-02-30|a
    'MDAwMC0wMS0wMXxh', // 0000-01-01|a
  ])('reject %j', (cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});
