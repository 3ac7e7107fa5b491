import './themes.css';

import { useInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useId } from 'react';

import type { Theme } from '#contract/schemas.ts';
import { storyListOptions } from '#src/api/stories.ts';
import { themeListOptions } from '#src/api/themes.ts';
import { DetourBackLink } from '#src/components/ui/detour-back-link.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { notFound } from '#src/lib/route-errors.ts';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';
import { useScrollToTopOnArrival } from '#src/lib/use-scroll-to-top.ts';
import { recordDetour } from '#src/lib/visitor-path.ts';

import { inkOn } from './contrast.ts';
import { ThemeNav } from './theme-nav.tsx';

interface Props {
  slug: string;
  /**
   * Draws the theme's stories. The grid belongs to the springboard feature, which
   * this one may not import: the app layer passes it in.
   */
  renderStories: (grid: { theme: string; label: string }) => ReactNode;
}

/**
 * `/themes/:slug`: a springboard for one theme, under a band in the theme's colour.
 * The route's loader has fetched the themes and checked this one exists; its error
 * element says "not found" or what failed.
 */
export function ThemePage({ slug, renderStories }: Props) {
  const { t, text } = useI18n();
  const ids = useId();
  const { data: themes } = useSuspenseQuery(themeListOptions());
  const theme = themes.items.find((item) => item.slug === slug);
  useScrollToTopOnArrival(slug);
  useDocumentTitle(theme ? text(theme.name) : null);

  // A detour on the visitor's path: the theme exists.
  useEffect(() => {
    if (theme) recordDetour('theme', theme.slug, { title: theme.name, color: theme.color });
  }, [theme]);

  // Gone from a fresher list since the loader checked: the route's "not found".
  if (!theme) notFound();

  const name = text(theme.name);
  const label = t('theme.stories', { name });
  return (
    <div
      className="detour-page theme-page"
      style={
        {
          '--theme-color': theme.color,
          '--theme-ink': inkOn(theme.color),
        } as React.CSSProperties
      }
    >
      <header className="theme-band">
        <DetourBackLink className="button theme-band__back" />
        <p className="theme-band__kicker">{t('theme.kicker')}</p>
        <h1 className="theme-band__title">{name}</h1>
        <p className="theme-band__intro">{text(theme.intro)}</p>
        <StoryCount theme={theme} />
      </header>
      <ThemeNav themes={themes.items} current={theme.slug} />
      <section className="theme-page__stories" aria-labelledby={`${ids}-stories`}>
        <h2 id={`${ids}-stories`} className="visually-hidden">
          {label}
        </h2>
        {renderStories({ theme: theme.slug, label })}
      </section>
    </div>
  );
}

/** Shares the grid's query (same key), so counting costs no extra request. */
function StoryCount({ theme }: { theme: Theme }) {
  const { t } = useI18n();
  const stories = useInfiniteQuery(storyListOptions({ theme: theme.slug }));
  if (!stories.data) return null;
  const count = stories.data.pages.reduce((sum, page) => sum + page.items.length, 0);
  // "60 stories" when more pages exist would undercount; say nothing rather than lie.
  if (stories.hasNextPage) return null;
  return <p className="theme-band__count">{t('springboard.count', { count })}</p>;
}
