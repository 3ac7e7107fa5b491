import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, memo, type Ref } from 'react';

import { TILE_SIZES } from '#contract/boot.ts';
import { storyPath } from '#contract/pages.ts';
import type { StorySummary, Theme } from '#contract/schemas.ts';
import { storyOptions } from '#src/api/stories.ts';
import { KindBadge } from '#src/components/ui/kind-badge.tsx';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import type { NavState } from '#src/lib/nav-state.ts';

import { QuietLink } from './quiet-link.tsx';

/** Where a story was opened from: the viewer's close goes back there through history. */
export type StoryLinkState = NavState;

interface Props {
  story: StorySummary;
  theme: Theme | undefined;
  priority: boolean;
  /**
   * The open story's tile hides its cover: the viewer has taken it over, grown out of
   * it (story-viewer/cover-flight.ts finds it by its mark).
   */
  open: boolean;
  linkState: StoryLinkState;
  tabIndex: number;
  linkRef: Ref<HTMLAnchorElement>;
  /** Stable across renders (they take the slug), so the memoised tile can skip work. */
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>, slug: string) => void;
  onFocus: (slug: string) => void;
  /** The visitor shows intent to open it (touch, hover, focus): the viewer's code loads. */
  onIntent: () => void;
}

/**
 * Memoised: with 2,000 stories, a new page of them must not re-render every tile
 * already on screen; every prop is a primitive or a stable reference. Its link does
 * not follow the address (quiet-link.tsx), so a story's card changes above the grid
 * re-render no tile either.
 */
export const StoryTile = memo(function StoryTile({
  story,
  theme,
  priority,
  open,
  linkState,
  tabIndex,
  linkRef,
  onKeyDown,
  onFocus,
  onIntent,
}: Props) {
  const { t, text } = useI18n();
  const queryClient = useQueryClient();
  const prefetch = () => {
    onIntent();
    void queryClient.prefetchQuery(storyOptions(story.slug));
  };
  return (
    <li className={`tile tile--${story.tile}`}>
      <QuietLink
        ref={linkRef}
        to={storyPath(story.slug)}
        state={linkState}
        preventScrollReset
        sync
        className="tile__link"
        data-slug={story.slug}
        tabIndex={tabIndex}
        onKeyDown={(event) => onKeyDown(event, story.slug)}
        onFocus={() => {
          onFocus(story.slug);
          onIntent();
        }}
        onPointerEnter={prefetch}
        onTouchStart={prefetch}
        style={{ '--theme-color': theme?.color ?? '#444' } as React.CSSProperties}
      >
        <div
          className="tile__cover"
          // Its mark (shared-cover.ts): the viewer grows its own cover out of this one.
          data-cover-of={story.slug}
          style={{ visibility: open ? 'hidden' : 'visible', backgroundColor: story.cover.color }}
        >
          <ResponsiveImage
            image={story.cover}
            sizes={TILE_SIZES[story.tile]}
            priority={priority}
            decorative
          />
        </div>
        <span className="tile__shade" aria-hidden="true" />
        <span className="tile__meta">
          <KindBadge kind={story.kind} />
          {theme ? <span className="tile__theme">{text(theme.name)}</span> : null}
        </span>
        <span className="tile__text">
          <span className="tile__title">{text(story.title)}</span>
          {story.tile !== 'regular' ? (
            <span className="tile__summary">{text(story.summary)}</span>
          ) : null}
          <span className="tile__count">{t('springboard.cards', { count: story.cardCount })}</span>
        </span>
      </QuietLink>
    </li>
  );
});
