/** The layoutId that ties a story's tile cover to its open viewer (shared element). */
export const sharedCoverId = (slug: string) => `story-cover-${slug}`;
