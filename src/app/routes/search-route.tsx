import { lazy, Suspense } from 'react';

// Its own chunk: the springboard's first load does not pay for search.
const SearchPage = lazy(() =>
  import('#src/features/search/search-page.tsx').then((mod) => ({ default: mod.SearchPage })),
);

/**
 * Loaded through React.lazy rather than the route's `lazy`: a deep link to /search
 * then draws the header at once instead of a blank page until the chunk arrives.
 */
export function SearchRoute() {
  return (
    <Suspense fallback={<div className="search-page" aria-busy="true" />}>
      <SearchPage />
    </Suspense>
  );
}
