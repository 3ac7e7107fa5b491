import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import { storyPath, themePath } from '#contract/pages.ts';
import type { StorySummary } from '#contract/schemas.ts';
import { storyListOptions } from '#src/api/stories.ts';
import { themeListOptions } from '#src/api/themes.ts';
import { KindBadge } from '#src/components/ui/kind-badge.tsx';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { ThemeChip } from '#src/components/ui/theme-chip.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { navState } from '#src/lib/nav-state.ts';

const STORY_SUGGESTIONS = 4;

/**
 * Stories the editors gave a bigger tile on the springboard, newest first: the
 * content they chose to put forward, hence "worth a look" (not "popular": there is
 * no audience data to say so).
 */
function featured(stories: StorySummary[]): StorySummary[] {
  const highlighted = stories.filter((s) => s.tile !== 'regular');
  const rest = stories.filter((s) => s.tile === 'regular');
  return [...highlighted, ...rest].slice(0, STORY_SUGGESTIONS);
}

/** Ways to go on when there is nothing (yet) to show: themes and a few stories. */
export function SearchSuggestions() {
  const { t, text } = useI18n();
  const themesQuery = useQuery(themeListOptions());
  // The springboard's own first page: shared cache, no extra request once it was seen.
  const storiesQuery = useInfiniteQuery(storyListOptions());
  const themes = themesQuery.data?.items ?? [];
  const stories = featured(storiesQuery.data?.pages[0]?.items ?? []);

  if (themes.length === 0 && stories.length === 0) return null;
  return (
    <section className="search-suggestions" aria-labelledby="search-suggestions-title">
      <h2 id="search-suggestions-title" className="search-suggestions__title">
        {t('search.suggestions')}
      </h2>
      {themes.length > 0 ? (
        <>
          <h3 className="search-suggestions__subtitle">{t('search.suggestedThemes')}</h3>
          <ul className="search-suggestions__themes">
            {themes.map((theme) => (
              <li key={theme.slug}>
                <ThemeChip theme={theme} to={themePath(theme.slug)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {stories.length > 0 ? (
        <>
          <h3 className="search-suggestions__subtitle">{t('search.suggestedStories')}</h3>
          <ul className="search-suggestions__stories">
            {stories.map((story) => (
              <li key={story.slug} className="search-suggestion">
                <Link
                  to={storyPath(story.slug)}
                  state={navState('search')}
                  className="search-suggestion__link"
                >
                  <span className="search-suggestion__cover" aria-hidden="true">
                    <ResponsiveImage
                      image={story.cover}
                      sizes="(min-width: 900px) 25vw, 50vw"
                      decorative
                    />
                  </span>
                  <span className="search-suggestion__meta">
                    <KindBadge kind={story.kind} />
                  </span>
                  <span className="search-suggestion__title">{text(story.title)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
