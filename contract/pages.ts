/**
 * The URL of a story's card, which the client links to and the server reads (its
 * page boot data, contract/boot.ts). Every card has one address of one shape, the
 * first included: `/stories/<slug>/<card>`, 1-based (decision 009). The bare
 * `/stories/<slug>` still opens a story, and the client replaces it by the first
 * card's address.
 */

/** The canonical path of a story's card (1-based; the first by default). */
export function storyPath(slug: string, card = 1): string {
  return `/stories/${encodeURIComponent(slug)}/${card}`;
}

/** A story page's path: the slug (still encoded) and the card segment if any. */
export const STORY_PAGE = /^\/stories\/([^/]+)(?:\/(\d{1,4}))?\/?$/;
