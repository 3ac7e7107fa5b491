import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';

import { storyListOptions } from '#src/api/stories.ts';
import { themeListOptions } from '#src/api/themes.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { useI18n } from '#src/lib/i18n.tsx';

import { type StoryLinkState, StoryTile } from './story-tile.tsx';

// One object for every tile and render: the memoised tiles compare it by reference.
const SPRINGBOARD_LINK: StoryLinkState = navState('springboard');
import { homePath } from '#contract/pages.ts';
import { navState } from '#src/lib/nav-state.ts';

import { useRovingGrid } from './use-roving-grid.ts';

interface Props {
  /** Only the stories of this theme; every story when undefined. */
  theme?: string | undefined;
  /** Slug of the story open above the grid, if any. */
  openSlug?: string | null;
  /** Called when the visitor shows intent to open a story (hover, touch). */
  onStoryIntent?: () => void;
  /** Router state the tiles' links carry: where the story viewer returns to. */
  linkState?: StoryLinkState;
  /** Accessible name of the list; "Stories" by default. */
  label?: string;
}

const noop = () => {};

/**
 * The springboard's grid of story tiles with its loading, error and empty states,
 * roving focus and infinite scroll. Exported so a theme page (composed in the app
 * layer) draws the very same grid instead of a copy.
 */
export function StoryGrid({
  theme,
  openSlug = null,
  onStoryIntent = noop,
  linkState = SPRINGBOARD_LINK,
  label,
}: Props) {
  const { t } = useI18n();
  const themesQuery = useQuery(themeListOptions());
  const storiesQuery = useInfiniteQuery(storyListOptions({ theme }));
  const stories = useMemo(
    () => storiesQuery.data?.pages.flatMap((page) => page.items) ?? [],
    [storiesQuery.data],
  );
  const themesBySlug = useMemo(
    () => new Map((themesQuery.data?.items ?? []).map((item) => [item.slug, item])),
    [themesQuery.data],
  );
  const slugs = useMemo(() => stories.map((s) => s.slug), [stories]);
  const grid = useRovingGrid(slugs);

  // Returning from a story: focus goes back to the tile the visitor left from.
  const previousOpen = useRef<string | null>(openSlug);
  useEffect(() => {
    const closed = previousOpen.current;
    previousOpen.current = openSlug;
    if (closed && !openSlug) {
      const tile = document.querySelector<HTMLElement>(
        `.tile__link[data-slug="${CSS.escape(closed)}"]`,
      );
      if (tile) {
        grid.onFocus(closed);
        tile.focus({ preventScroll: false });
      }
    }
  }, [openSlug, grid]);

  // Next page when the end of the grid comes near.
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = storiesQuery;
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasNextPage) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
      },
      { rootMargin: '800px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (storiesQuery.isPending) {
    return (
      <div
        className="tile-grid tile-grid--loading"
        role="status"
        aria-label={t('springboard.loading')}
      >
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className={`tile tile--skeleton ${i === 0 ? 'tile--large' : ''}`} />
        ))}
      </div>
    );
  }
  if (storiesQuery.isError && !storiesQuery.isFetchNextPageError) {
    return <ErrorState error={storiesQuery.error} onRetry={() => void storiesQuery.refetch()} />;
  }
  if (stories.length === 0) {
    return (
      <div className="empty-state" role="status">
        <p>{theme ? t('springboard.emptyTheme') : t('springboard.empty')}</p>
        {theme ? (
          <Link to={homePath()} className="button button--primary">
            {t('springboard.showAll')}
          </Link>
        ) : null}
      </div>
    );
  }
  return (
    <>
      <ul className="tile-grid" aria-label={label ?? t('springboard.grid')}>
        {stories.map((story, index) => (
          <StoryTile
            key={story.slug}
            story={story}
            theme={themesBySlug.get(story.themes[0] ?? '')}
            priority={index < 2}
            open={story.slug === openSlug}
            linkState={linkState}
            tabIndex={grid.tabIndexOf(story.slug)}
            linkRef={grid.register(story.slug)}
            onKeyDown={grid.onKeyDown}
            onFocus={grid.onFocus}
            onIntent={onStoryIntent}
          />
        ))}
      </ul>
      <div ref={sentinel} className="springboard__sentinel">
        {isFetchingNextPage ? <p role="status">{t('springboard.loadingMore')}</p> : null}
      </div>
      {storiesQuery.isFetchNextPageError ? (
        <ErrorState error={storiesQuery.error} onRetry={() => void fetchNextPage()} />
      ) : null}
    </>
  );
}
