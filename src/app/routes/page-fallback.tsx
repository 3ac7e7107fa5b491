/**
 * Drawn in the layout while a lazy route's code arrives on a deep link, so the header
 * shows at once instead of a blank page (the router renders nothing without it).
 */
export function PageFallback() {
  return <div className="detour-page" aria-busy="true" />;
}
