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

/**
 * The block's one key that is not an API URL (those start with `/`): the router's
 * state after the server ran the page's loaders, which the browser's router starts
 * from instead of running them again (react-router's `hydrationData`).
 */
export const ROUTER_STATE_KEY = '#router';

/**
 * The cookie that tells the server the visitor's language, so the page it renders
 * is already in it; the client writes it whenever the language is set or detected.
 */
export const LOCALE_COOKIE = 'parcours.locale';

/** What the server asks of its renderer (the SSR build of src/entry-server.tsx). */
export interface ServerRenderInput {
  /** The page's address (absolute). */
  url: string;
  /** The carried answers (URL → API JSON), the very ones the page's JSON block holds. */
  answers: Record<string, unknown>;
  locale: 'fr' | 'en';
}

/** The first screen's markup for `#root` and the router state the browser starts from. */
export interface ServerRenderOutput {
  html: string;
  routerState: unknown;
  /** The tab's title the page asked for as it was drawn (none: the shell's own). */
  title?: string;
  /**
   * Source modules (from the project root) of the lazily loaded code the markup
   * draws: their styles must be in the page before it paints, not after their chunk.
   */
  modules: string[];
  /** Those modules' stylesheets in the client build, filled in by the server. */
  stylesheets?: string[];
  /**
   * Those modules' scripts (their chunks and the chunks they import) that the shell
   * does not load already, filled in by the server: preloaded beside the app's own.
   */
  scripts?: string[];
}

/** The code and styles a page the browser draws alone will load first. */
export interface ShellPreloads {
  /** Source modules (from the project root), as the SSR build names them. */
  modules: string[];
  /** Their chunks not loaded by the entry already, filled in by the server. */
  scripts?: string[];
  /** Their stylesheets, filled in by the server. */
  stylesheets?: string[];
}

/** The SSR build's module: null for a page it does not render (the shell serves it). */
export interface ServerRenderer {
  renderPage(input: ServerRenderInput): Promise<ServerRenderOutput | null>;
  /**
   * For a page it does not render: what the browser will load first to draw it, so the
   * shell preloads it beside the entry (none: an older build, or nothing to load).
   */
  shellPreloads?(input: { url: string; locale: 'fr' | 'en' }): ShellPreloads;
}
