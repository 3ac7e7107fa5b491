/**
 * The mark a story's tile cover carries, so the open viewer can find it and grow its
 * own cover out of it (story-viewer/cover-flight.ts). Read in the browser only;
 * `CSS.escape`: a slug is the server's text.
 */
export const tileCoverSelector = (slug: string) => `[data-cover-of="${CSS.escape(slug)}"]`;
