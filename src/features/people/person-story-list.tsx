import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';

import { storyPath } from '#contract/pages.ts';
import type { StorySummary } from '#contract/schemas.ts';
import { storyOptions } from '#src/api/stories.ts';
import { KindBadge } from '#src/components/ui/kind-badge.tsx';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { navState } from '#src/lib/nav-state.ts';

const SIZES = '(min-width: 1300px) 20vw, (min-width: 900px) 25vw, (min-width: 600px) 33vw, 50vw';
/** Closing a story opened here comes back to this page (the viewer goes back in history). */
const LINK_STATE = navState('person');

/**
 * The stories a person appears in, drawn like the springboard's tiles (same CSS) but
 * all one size: a handful of stories reads better as an even row than as a mosaic.
 */
export function PersonStoryList({ stories, label }: { stories: StorySummary[]; label: string }) {
  const { t, text } = useI18n();
  const queryClient = useQueryClient();
  return (
    <ul className="tile-grid person-stories__grid" aria-label={label}>
      {stories.map((story) => {
        const prefetch = () => void queryClient.prefetchQuery(storyOptions(story.slug));
        return (
          <li key={story.slug} className="tile tile--regular">
            <Link
              to={storyPath(story.slug)}
              state={LINK_STATE}
              className="tile__link"
              onPointerEnter={prefetch}
              onTouchStart={prefetch}
            >
              <div className="tile__cover" style={{ backgroundColor: story.cover.color }}>
                <ResponsiveImage image={story.cover} sizes={SIZES} decorative />
              </div>
              <span className="tile__shade" aria-hidden="true" />
              <span className="tile__meta">
                <KindBadge kind={story.kind} />
              </span>
              <span className="tile__text">
                <span className="tile__title">{text(story.title)}</span>
                <span className="tile__count">
                  {t('springboard.cards', { count: story.cardCount })}
                </span>
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
