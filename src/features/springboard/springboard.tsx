import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { storyListOptions } from '#src/api/stories.ts';
import { themeListOptions } from '#src/api/themes.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { StoryTile } from './story-tile.tsx';
import { ThemeChips } from './theme-chips.tsx';
import { useRovingGrid } from './use-roving-grid.ts';

interface Props {
  /** Slug of the story open above the springboard, if any. */
  openSlug: string | null;
  /** Called when the visitor shows intent to open a story (hover, touch). */
  onStoryIntent: () => void;
}

export function Springboard({ openSlug, onStoryIntent }: Props) {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const theme = searchParams.get('theme') || undefined;

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

  const unknownTheme = theme !== undefined && themesQuery.isSuccess && !themesBySlug.has(theme);

  return (
    <section className="springboard" aria-labelledby="springboard-title">
      <div className="springboard__head">
        <h1 id="springboard-title" className="springboard__title">
          {t('springboard.title')}
        </h1>
        {storiesQuery.isSuccess && !unknownTheme ? (
          <p className="springboard__count" aria-live="polite">
            {t('springboard.count', { count: stories.length })}
          </p>
        ) : null}
      </div>
      {themesQuery.data ? (
        <ThemeChips themes={themesQuery.data.items} selected={theme ?? null} />
      ) : null}

      {unknownTheme ? (
        <div className="empty-state" role="status">
          <p>{t('springboard.unknownTheme')}</p>
          <Link to="/" className="button button--primary">
            {t('springboard.showAll')}
          </Link>
        </div>
      ) : storiesQuery.isPending ? (
        <div
          className="tile-grid tile-grid--loading"
          role="status"
          aria-label={t('springboard.loading')}
        >
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className={`tile tile--skeleton ${i === 0 ? 'tile--large' : ''}`} />
          ))}
        </div>
      ) : storiesQuery.isError && !storiesQuery.isFetchNextPageError ? (
        <ErrorState error={storiesQuery.error} onRetry={() => void storiesQuery.refetch()} />
      ) : stories.length === 0 ? (
        <div className="empty-state" role="status">
          <p>{theme ? t('springboard.emptyTheme') : t('springboard.empty')}</p>
          {theme ? (
            <Link to="/" className="button button--primary">
              {t('springboard.showAll')}
            </Link>
          ) : null}
        </div>
      ) : (
        <>
          <ul className="tile-grid" aria-label={t('springboard.grid')}>
            {stories.map((story, index) => (
              <StoryTile
                key={story.slug}
                story={story}
                theme={themesBySlug.get(story.themes[0] ?? '')}
                priority={index < 2}
                open={story.slug === openSlug}
                tabIndex={grid.tabIndexOf(story.slug)}
                linkRef={grid.register(story.slug)}
                onKeyDown={(event) => grid.onKeyDown(event, story.slug)}
                onFocus={() => grid.onFocus(story.slug)}
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
      )}
    </section>
  );
}
