import './springboard.css';

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { Link } from 'react-router';

import { homePath } from '#contract/pages.ts';
import { storyListOptions } from '#src/api/stories.ts';
import { themeListOptions } from '#src/api/themes.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { StoryGrid } from './story-grid.tsx';
import { ThemeChips } from './theme-chips.tsx';

interface Props {
  /** Only the stories of this theme (the page's `?theme=`); every story when undefined. */
  theme: string | undefined;
  /** Slug of the story open above the springboard, if any. */
  openSlug: string | null;
  /** Called when the visitor shows intent to open a story (hover, touch). */
  onStoryIntent: () => void;
  /**
   * Drawn at the end of the heading row (the "continue" tile). The row keeps room for
   * it, so its coming and going never moves the grid under the visitor.
   */
  aside?: React.ReactNode;
}

/**
 * Memoised, and told its theme rather than reading the URL: a story open above it
 * changes the address on every card (after each landing), which must not re-render
 * the grid behind (its tiles' links do not follow the address either, story-tile.tsx).
 */
export const Springboard = memo(function Springboard({
  theme,
  openSlug,
  onStoryIntent,
  aside,
}: Props) {
  const { t } = useI18n();

  const themesQuery = useQuery(themeListOptions());
  // The same query as the grid's (shared in the cache): the head only counts.
  const storiesQuery = useInfiniteQuery(storyListOptions({ theme }));
  const count = storiesQuery.data?.pages.reduce((sum, page) => sum + page.items.length, 0) ?? 0;

  const unknownTheme =
    theme !== undefined &&
    themesQuery.isSuccess &&
    !themesQuery.data.items.some((item) => item.slug === theme);

  return (
    <section className="springboard" aria-labelledby="springboard-title">
      <div className="springboard__head">
        <h1 id="springboard-title" className="springboard__title">
          {t('springboard.title')}
        </h1>
        {storiesQuery.isSuccess && !unknownTheme ? (
          <p className="springboard__count" aria-live="polite">
            {t('springboard.count', { count })}
          </p>
        ) : null}
        {aside ? <div className="springboard__aside">{aside}</div> : null}
      </div>
      {themesQuery.data ? (
        <ThemeChips themes={themesQuery.data.items} selected={theme ?? null} />
      ) : null}

      {unknownTheme ? (
        <div className="empty-state" role="status">
          <p>{t('springboard.unknownTheme')}</p>
          <Link to={homePath()} className="button button--primary">
            {t('springboard.showAll')}
          </Link>
        </div>
      ) : (
        <StoryGrid theme={theme} openSlug={openSlug} onStoryIntent={onStoryIntent} />
      )}
    </section>
  );
});
