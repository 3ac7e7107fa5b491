/**
 * The tile's cover and the debate's are one picture to the browser's view transition
 * (react-router's `viewTransition` links), so opening a debate grows its tile into the
 * page, as a story opens from its tile. Engines without view transitions (Firefox ESR
 * today) simply navigate.
 */
export function coverTransition(slug: string): React.CSSProperties {
  return { viewTransitionName: `im-cover-${slug}` };
}
