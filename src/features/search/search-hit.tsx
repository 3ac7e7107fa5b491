import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';

import { personPath, storyPath, themePath } from '#contract/pages.ts';
import type { SearchHit as Hit } from '#contract/schemas.ts';
import { storyOptions } from '#src/api/stories.ts';
import { KindBadge } from '#src/components/ui/kind-badge.tsx';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { navState } from '#src/lib/nav-state.ts';

import { hasText, HighlightedText, plain } from './highlighted-text.tsx';

const THUMB_SIZES = '(min-width: 900px) 168px, 128px';

/**
 * One ranked hit. Only the title is the link, so its accessible name stays short;
 * its hit area is stretched over the whole row (CSS) for fingers.
 */
export function SearchHit({ hit }: { hit: Hit }) {
  const { t, text } = useI18n();
  const queryClient = useQueryClient();

  switch (hit.kind) {
    case 'story': {
      const prefetch = () => void queryClient.prefetchQuery(storyOptions(hit.slug));
      return (
        <li className="search-hit search-hit--story">
          <div className="search-hit__media" style={{ backgroundColor: hit.story.cover.color }}>
            <ResponsiveImage image={hit.story.cover} sizes={THUMB_SIZES} decorative />
          </div>
          <div className="search-hit__body">
            <p className="search-hit__meta">
              <KindBadge kind={hit.story.kind} />
            </p>
            <h3 className="search-hit__title">
              <Link
                to={storyPath(hit.slug)}
                // The story opens over the springboard; closing it comes back here.
                state={navState('search')}
                className="search-hit__link"
                onPointerEnter={prefetch}
                onTouchStart={prefetch}
              >
                <HighlightedText runs={hit.title} />
              </Link>
            </h3>
            <p className="search-hit__excerpt">
              {hasText(hit.excerpt) ? (
                <HighlightedText runs={hit.excerpt} />
              ) : (
                text(hit.story.summary)
              )}
            </p>
          </div>
        </li>
      );
    }
    case 'person':
      return (
        <li className="search-hit search-hit--person">
          <div className="search-hit__media search-hit__media--round">
            <ResponsiveImage image={hit.person.portrait} sizes="96px" decorative />
          </div>
          <div className="search-hit__body">
            <p className="search-hit__meta">
              <span className="search-hit__tag">{t('search.kind.person')}</span>
            </p>
            <h3 className="search-hit__title">
              <Link to={personPath(hit.slug)} className="search-hit__link">
                <HighlightedText runs={hit.title} />
              </Link>
            </h3>
            {plain(hit.excerpt) === text(hit.person.role) ? (
              // The match is in the role itself: draw the role highlighted, once.
              <p className="search-hit__role">
                <HighlightedText runs={hit.excerpt} />
              </p>
            ) : (
              <>
                <p className="search-hit__role">{text(hit.person.role)}</p>
                {hasText(hit.excerpt) ? (
                  <p className="search-hit__excerpt">
                    <HighlightedText runs={hit.excerpt} />
                  </p>
                ) : null}
              </>
            )}
          </div>
        </li>
      );
    case 'theme':
      return (
        <li
          className="search-hit search-hit--theme"
          style={{ '--theme-color': hit.theme.color } as React.CSSProperties}
        >
          <div className="search-hit__media search-hit__swatch" aria-hidden="true" />
          <div className="search-hit__body">
            <p className="search-hit__meta">
              <span className="search-hit__tag">{t('search.kind.theme')}</span>
            </p>
            <h3 className="search-hit__title">
              <Link to={themePath(hit.slug)} className="search-hit__link">
                <HighlightedText runs={hit.title} />
              </Link>
            </h3>
            <p className="search-hit__excerpt">
              {hasText(hit.excerpt) ? (
                <HighlightedText runs={hit.excerpt} />
              ) : (
                text(hit.theme.intro)
              )}
            </p>
          </div>
        </li>
      );
  }
}
