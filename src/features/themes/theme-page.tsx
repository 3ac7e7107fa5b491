import './themes.css';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useId, type ReactNode } from 'react';
import type { Theme } from '#contract/schemas.ts';
import { storyListOptions } from '#src/api/stories.ts';
import { themeListOptions } from '#src/api/themes.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';
import { useScrollToTopOnArrival } from '#src/lib/use-scroll-to-top.ts';
import { recordDetour } from '#src/lib/visitor-path.ts';
import { DetourBackLink } from '#src/components/ui/detour-back-link.tsx';
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

/** `/themes/:slug`: a springboard for one theme, under a band in the theme's colour. */
export function ThemePage({ slug, renderStories }: Props) {
  const { t, text } = useI18n();
  const ids = useId();
  const themes = useQuery(themeListOptions());
  const theme = themes.data?.items.find((item) => item.slug === slug);
  const notFound = themes.isSuccess && !theme;
  useScrollToTopOnArrival(slug);
  useDocumentTitle(theme ? text(theme.name) : notFound ? t('theme.notFoundTitle') : null);

  // A detour on the visitor's path, once we know the theme exists.
  useEffect(() => {
    if (theme) recordDetour('theme', theme.slug, { title: theme.name, color: theme.color });
  }, [theme]);

  if (notFound) {
    return (
      <div className="page-message" role="alert">
        <h1>{t('theme.notFoundTitle')}</h1>
        <p>{t('theme.notFound')}</p>
        <DetourBackLink className="button button--primary" />
      </div>
    );
  }
  if (themes.isError) {
    return (
      <div className="detour-page">
        <div className="detour-page__bar">
          <DetourBackLink />
        </div>
        <ErrorState error={themes.error} onRetry={() => void themes.refetch()} />
      </div>
    );
  }
  if (!theme) {
    return (
      <p className="page-message" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('theme.loading')}
      </p>
    );
  }

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
      <ThemeNav themes={themes.data?.items ?? []} current={theme.slug} />
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
