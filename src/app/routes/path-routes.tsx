import { lazy, Suspense } from 'react';

// Their own chunk: the springboard's first load does not pay for the path pages.
const PathPage = lazy(() =>
  import('#src/features/path/path-page.tsx').then((mod) => ({ default: mod.PathPage })),
);
const SharedPathPage = lazy(() =>
  import('#src/features/path/shared-path-page.tsx').then((mod) => ({
    default: mod.SharedPathPage,
  })),
);

/** React.lazy rather than the route's `lazy`: the header draws at once on a deep link. */
export function PathRoute() {
  return (
    <Suspense fallback={<div className="path-page" aria-busy="true" />}>
      <PathPage />
    </Suspense>
  );
}

export function SharedPathRoute() {
  return (
    <Suspense fallback={<div className="path-page" aria-busy="true" />}>
      <SharedPathPage />
    </Suspense>
  );
}
