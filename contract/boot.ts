/**
 * What a page's HTML may carry so its first screen needs no API round trip: the
 * server writes, in a `<script type="application/json">` of this id, the very JSON
 * bodies its API would answer to the requests the page makes first, keyed by the
 * URL the client builds (path and query). The client takes each answer once and
 * parses it with the route's schema like any other response; a missing, stale or
 * malformed one only means a normal request.
 *
 * The sizes the covers and cards are drawn at live here too: the server's image
 * preloads must name the sizes the `<img>` will, or the browser fetches twice.
 */
import { z } from 'zod/mini';

export const BOOT_ELEMENT_ID = 'parcours-boot';

export const bootDataSchema = z.record(z.string(), z.unknown());

/** A springboard tile's `sizes`, by tile shape (see the grid's column breakpoints). */
export const TILE_SIZES = {
  regular: '(min-width: 1200px) 20vw, (min-width: 900px) 25vw, (min-width: 600px) 33vw, 50vw',
  wide: '(min-width: 1200px) 40vw, (min-width: 900px) 50vw, (min-width: 600px) 66vw, 100vw',
  large: '(min-width: 1200px) 40vw, (min-width: 900px) 50vw, (min-width: 600px) 66vw, 100vw',
} as const;

/** A story card's picture fills the viewer. */
export const CARD_SIZES = '100vw';

/**
 * JSON made safe inside a `<script>` element: `<` can neither close it (`</script>`)
 * nor open a comment (`<!--`); U+2028/2029 are escaped for old parsers. Still JSON.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
