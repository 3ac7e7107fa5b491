import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import { personPath, themePath } from '#contract/pages.ts';
import type { Story } from '#contract/schemas.ts';
import { themeListOptions } from '#src/api/themes.ts';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { navState } from '#src/lib/nav-state.ts';

/**
 * The detours a story offers from any card: its themes and the people in it. Each
 * link pushes a history entry, so Back (or the page's own "back to the story")
 * returns to the very card the visitor left.
 */
export function StoryLinks({ story }: { story: Pick<Story, 'themes' | 'people'> }) {
  const { t, text } = useI18n();
  const themes = useQuery(themeListOptions());
  const named = story.themes
    .map((slug) => themes.data?.items.find((theme) => theme.slug === slug))
    .filter((theme) => theme !== undefined);
  if (named.length === 0 && story.people.length === 0) return null;
  return (
    <nav className="story-links" aria-label={t('viewer.links')}>
      <ul className="story-links__list">
        {named.map((theme) => (
          <li key={theme.slug}>
            <Link
              to={themePath(theme.slug)}
              state={navState('story')}
              className="story-links__chip"
              style={{ '--chip-color': theme.color } as React.CSSProperties}
              aria-label={`${t('viewer.themeLink')} ${text(theme.name)}`}
            >
              <span className="story-links__dot" aria-hidden="true" />
              {text(theme.name)}
            </Link>
          </li>
        ))}
        {story.people.map((person) => (
          <li key={person.slug}>
            <Link
              to={personPath(person.slug)}
              state={navState('story')}
              className="story-links__chip"
              aria-label={`${t('viewer.personLink')} ${person.name}`}
            >
              <ResponsiveImage
                image={person.portrait}
                sizes="32px"
                className="story-links__face"
                decorative
              />
              {person.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
