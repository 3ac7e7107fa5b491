/**
 * A curated link's preview, built the same way by both API implementations from
 * what the curator typed, never from the linked page: the host, its first letter,
 * on the theme's colour (no foreign image reaches a visitor).
 */
import type { CuratedItem } from './in-movement.ts';

export function linkPreview(url: string, color: string): CuratedItem['preview'] {
  const host = new URL(url).hostname.replace(/^www\./, '');
  const initial = (Array.from(host)[0] ?? '?').toUpperCase();
  return { host, initial, color };
}
