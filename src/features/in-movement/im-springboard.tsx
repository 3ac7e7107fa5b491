import './im-springboard.css';

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';

import { inMovementPath } from '#contract/pages.ts';
import { debateListOptions, debateThemeListOptions } from '#src/api/in-movement.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { ThemeChip } from '#src/components/ui/theme-chip.tsx';
import { useI18n } from '#src/lib/i18n.tsx';

import { byPlace } from './debate-order.ts';
import { DebateTile } from './debate-tile.tsx';
import { useImTitle } from './use-im-title.ts';

/**
 * What the springboard reads first, for a theme (none: every theme): the server draws
 * its first screen from these, seeded from the answers the page carries
 * (src/app/first-queries.ts).
 */
export function springboardQueries(theme: string | undefined) {
  return { themes: debateThemeListOptions(), list: debateListOptions({ theme }) };
}

/** The platform's springboard: its debates as tiles, filtered by theme (`?theme=`). */
export function ImSpringboard() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const theme = searchParams.get('theme') || undefined;
  useImTitle(t('im.springboard.title'));
  const themesQuery = useQuery(debateThemeListOptions());
  const themes = themesQuery.data?.items ?? [];
  const unknownTheme =
    theme !== undefined && themesQuery.isSuccess && !themes.some((item) => item.slug === theme);

  return (
    <section className="im-springboard" aria-labelledby="im-springboard-title">
      <div className="im-springboard__head">
        <h1 id="im-springboard-title">{t('im.springboard.title')}</h1>
        <p className="im-springboard__intro">{t('im.springboard.intro')}</p>
      </div>
      {themes.length > 0 ? (
        <nav aria-label={t('im.springboard.themes')} className="theme-chips im-chips">
          <ul>
            <li>
              <Link
                to={inMovementPath()}
                replace
                preventScrollReset
                className="chip"
                aria-current={theme === undefined ? 'page' : undefined}
              >
                {t('im.springboard.allThemes')}
              </Link>
            </li>
            {themes.map((item) => (
              <li key={item.slug}>
                <ThemeChip
                  theme={item}
                  to={inMovementPath(item.slug)}
                  replace
                  preventScrollReset
                  current={theme === item.slug}
                />
              </li>
            ))}
          </ul>
        </nav>
      ) : themesQuery.isPending ? (
        // The chips' row, kept while they load: the grid below does not jump when they come.
        <div className="theme-chips im-chips" aria-hidden="true">
          <ul>
            <li className="chip im-chips__placeholder">&nbsp;</li>
          </ul>
        </div>
      ) : null}
      {unknownTheme ? (
        <div className="im-message" role="status">
          <p>{t('im.springboard.unknownTheme')}</p>
          <Link to={inMovementPath()} className="im-button im-button--primary">
            {t('im.springboard.showAll')}
          </Link>
        </div>
      ) : (
        <DebateGrid theme={theme} />
      )}
    </section>
  );
}

function DebateGrid({ theme }: { theme: string | undefined }) {
  const { t } = useI18n();
  const themesQuery = useQuery(debateThemeListOptions());
  const debatesQuery = useInfiniteQuery(debateListOptions({ theme }));
  const debates = useMemo(
    () => byPlace(debatesQuery.data?.pages.flatMap((page) => page.items) ?? []),
    [debatesQuery.data],
  );
  const themesBySlug = useMemo(
    () => new Map((themesQuery.data?.items ?? []).map((item) => [item.slug, item])),
    [themesQuery.data],
  );

  if (debatesQuery.isPending) {
    return (
      <>
        {/* The count's line, kept while the debates load (the grid does not move). */}
        <p className="im-springboard__count" aria-hidden="true">
          &nbsp;
        </p>
        <div className="im-grid" role="status" aria-label={t('im.springboard.loading')}>
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="im-tile im-tile--skeleton" />
          ))}
        </div>
      </>
    );
  }
  if (debatesQuery.isError && !debatesQuery.isFetchNextPageError) {
    return <ErrorState error={debatesQuery.error} onRetry={() => void debatesQuery.refetch()} />;
  }
  if (debates.length === 0) {
    return (
      <div className="im-message" role="status">
        <p>{theme ? t('im.springboard.emptyTheme') : t('im.springboard.empty')}</p>
        {theme ? (
          <Link to={inMovementPath()} className="im-button im-button--primary">
            {t('im.springboard.showAll')}
          </Link>
        ) : null}
      </div>
    );
  }
  return (
    <>
      <p className="im-springboard__count" aria-live="polite">
        {t('im.springboard.count', { count: debates.length })}
      </p>
      <ul className="im-grid" aria-label={t('im.springboard.grid')}>
        {debates.map((debate, index) => (
          <DebateTile
            key={debate.slug}
            debate={debate}
            theme={themesBySlug.get(debate.theme)}
            priority={index < 2}
          />
        ))}
      </ul>
      {debatesQuery.hasNextPage ? (
        <p className="im-more">
          <button
            type="button"
            className="im-button"
            disabled={debatesQuery.isFetchingNextPage}
            onClick={() => void debatesQuery.fetchNextPage()}
          >
            {debatesQuery.isFetchingNextPage
              ? t('im.springboard.loadingMore')
              : t('im.springboard.more')}
          </button>
        </p>
      ) : null}
      {debatesQuery.isFetchNextPageError ? (
        <ErrorState error={debatesQuery.error} onRetry={() => void debatesQuery.fetchNextPage()} />
      ) : null}
    </>
  );
}
