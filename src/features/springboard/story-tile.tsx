import { useQueryClient } from '@tanstack/react-query';
import { m } from 'framer-motion';
import { memo, type KeyboardEvent, type Ref } from 'react';
import { Link } from 'react-router';
import type { StorySummary, Theme } from '#contract/schemas.ts';
import { storyOptions } from '#src/api/stories.ts';
import { KindBadge } from '#src/components/ui/kind-badge.tsx';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { sharedCoverId } from '#src/components/ui/shared-cover.ts';
import { useI18n } from '#src/lib/i18n.tsx';

/** Where a story was opened from: the viewer's close goes back there through history. */
export interface StoryLinkState {
  from: string;
}

const SIZES = {
  regular: '(min-width: 1200px) 20vw, (min-width: 900px) 25vw, (min-width: 600px) 33vw, 50vw',
  wide: '(min-width: 1200px) 40vw, (min-width: 900px) 50vw, (min-width: 600px) 66vw, 100vw',
  large: '(min-width: 1200px) 40vw, (min-width: 900px) 50vw, (min-width: 600px) 66vw, 100vw',
} as const;

interface Props {
  story: StorySummary;
  theme: Theme | undefined;
  priority: boolean;
  /** The open story's tile hides its cover: the viewer has taken it over. */
  open: boolean;
  linkState: StoryLinkState;
  tabIndex: number;
  linkRef: Ref<HTMLAnchorElement>;
  /** Stable across renders (they take the slug), so the memoised tile can skip work. */
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>, slug: string) => void;
  onFocus: (slug: string) => void;
  onIntent: () => void;
}

/**
 * Memoised: with 2,000 stories, a new page of them must not re-render every tile
 * already on screen; every prop is a primitive or a stable reference.
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
      <Link
        ref={linkRef}
        to={`/stories/${story.slug}`}
        state={linkState}
        preventScrollReset
        className="tile__link"
        data-slug={story.slug}
        tabIndex={tabIndex}
        onKeyDown={(event) => onKeyDown(event, story.slug)}
        onFocus={() => onFocus(story.slug)}
        onPointerEnter={prefetch}
        onTouchStart={prefetch}
        style={{ '--theme-color': theme?.color ?? '#444' } as React.CSSProperties}
      >
        <m.div
          className="tile__cover"
          layoutId={sharedCoverId(story.slug)}
          style={{ visibility: open ? 'hidden' : 'visible', backgroundColor: story.cover.color }}
        >
          <ResponsiveImage
            image={story.cover}
            sizes={SIZES[story.tile]}
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
      </Link>
    </li>
  );
});
