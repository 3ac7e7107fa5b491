import { useQueryClient } from '@tanstack/react-query';
import { m } from 'framer-motion';
import { type KeyboardEvent, memo, type Ref, useState } from 'react';

import { TILE_SIZES } from '#contract/boot.ts';
import { storyPath } from '#contract/pages.ts';
import type { StorySummary, Theme } from '#contract/schemas.ts';
import { storyOptions } from '#src/api/stories.ts';
import { KindBadge } from '#src/components/ui/kind-badge.tsx';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { sharedCoverId } from '#src/components/ui/shared-cover.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import type { NavState } from '#src/lib/nav-state.ts';

import { QuietLink } from './quiet-link.tsx';

/** Where a story was opened from: the viewer's close goes back there through history. */
export type StoryLinkState = NavState;

interface Props {
  story: StorySummary;
  theme: Theme | undefined;
  priority: boolean;
  /** The open story's tile hides its cover: the viewer has taken it over. */
  open: boolean;
  /**
   * The cover may grow into the viewer (a framer-motion `layoutId`). Only the tile
   * about to open (touched, hovered, focused) or open has one: every shared-layout
   * node is measured on each layout update, and with a grid of them a story's every
   * card change would measure the whole grid.
   */
  shared: boolean;
  linkState: StoryLinkState;
  tabIndex: number;
  linkRef: Ref<HTMLAnchorElement>;
  /** Stable across renders (they take the slug), so the memoised tile can skip work. */
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>, slug: string) => void;
  onFocus: (slug: string) => void;
  onIntent: (slug: string) => void;
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
  shared,
  linkState,
  tabIndex,
  linkRef,
  onKeyDown,
  onFocus,
  onIntent,
}: Props) {
  const { t, text } = useI18n();
  const queryClient = useQueryClient();
  // Drawn while its story is already open (the springboard drawn behind a story entered
  // by link or by Back): the tile keeps out of the cover's shared layout until the
  // story closes. A node that joins takes the lead, and the viewer's cover was then
  // hidden and moved onto the tile, or not, by timing: one flow run twice with motion
  // on gave two pictures (decision 031). It joins as the story closes, so the cover
  // still shrinks into it when the visitor had shown intent.
  const [drawnOpen, setDrawnOpen] = useState(open);
  if (drawnOpen && !open) setDrawnOpen(false);
  const joins = open ? !drawnOpen : shared;
  const prefetch = () => {
    onIntent(story.slug);
    void queryClient.prefetchQuery(storyOptions(story.slug));
  };
  return (
    <li className={`tile tile--${story.tile}`}>
      <QuietLink
        ref={linkRef}
        to={storyPath(story.slug)}
        state={linkState}
        preventScrollReset
        className="tile__link"
        data-slug={story.slug}
        tabIndex={tabIndex}
        onKeyDown={(event) => onKeyDown(event, story.slug)}
        onFocus={() => {
          onFocus(story.slug);
          onIntent(story.slug);
        }}
        onPointerEnter={prefetch}
        onTouchStart={prefetch}
        style={{ '--theme-color': theme?.color ?? '#444' } as React.CSSProperties}
      >
        <m.div
          className="tile__cover"
          layoutId={joins ? sharedCoverId(story.slug) : undefined}
          // Says whether the cover is in the shared layout (its tests read it).
          data-shared-cover={joins ? '' : undefined}
          style={{ visibility: open ? 'hidden' : 'visible', backgroundColor: story.cover.color }}
        >
          <ResponsiveImage
            image={story.cover}
            sizes={TILE_SIZES[story.tile]}
            priority={priority}
            decorative
          />
        </m.div>
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
