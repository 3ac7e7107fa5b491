import './path.css';

import { useInfiniteQuery, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';

import type { SharedPathStep } from '#contract/path-schemas.ts';
import { sharedPathOptions } from '#src/api/paths.ts';
import { storyListOptions } from '#src/api/stories.ts';
import { themeListOptions } from '#src/api/themes.ts';
import { ResponsiveImage } from '#src/components/ui/responsive-image.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { navState } from '#src/lib/nav-state.ts';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';

import { type MapStoryInfo, PathMap } from './path-map.tsx';
import { PathTrail } from './path-trail.tsx';
import { sharedTrailItems, toMapStop } from './steps.ts';

/**
 * `/parcours/:id`: a path someone shared, for anyone to see and walk step by step.
 * The step being walked is in the URL (`?step=3`), so Back, reload and a story
 * opened from here all come back to the same step. The route's loader has fetched
 * the path (or refused a malformed id); its error element says "not found" or what
 * failed.
 */
export function SharedPathPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { data } = useSuspenseQuery(sharedPathOptions(id));
  useDocumentTitle(t('shared.title'));
  return <SharedPath steps={data.steps} createdAt={data.createdAt} />;
}

function SharedPath({ steps, createdAt }: { steps: SharedPathStep[]; createdAt: string }) {
  const { t, text, locale } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const items = useMemo(() => sharedTrailItems(steps), [steps]);
  const themes = useQuery(themeListOptions());
  const stories = useInfiniteQuery(storyListOptions());
  const raw = Number(searchParams.get('step'));
  const walking = searchParams.has('step') && Number.isInteger(raw);
  const index = walking ? Math.min(Math.max(raw, 1), items.length) - 1 : -1;
  const current = index >= 0 ? items[index] : undefined;
  const linkState = navState('shared-path');

  const mapStories = useMemo<MapStoryInfo[]>(() => {
    const bySlug = new Map<string, MapStoryInfo>();
    for (const page of stories.data?.pages ?? []) for (const s of page.items) bySlug.set(s.slug, s);
    for (const step of steps) if (step.kind === 'story') bySlug.set(step.slug, step.story);
    return [...bySlug.values()];
  }, [stories.data, steps]);

  const goTo = (n: number) =>
    setSearchParams(n > 0 ? { step: String(n) } : {}, { preventScrollReset: true });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(createdAt));

  return (
    <div className="path-page path-page--shared">
      <header className="path-page__head">
        <h1 className="path-page__title">{t('shared.title')}</h1>
        <p className="path-page__summary">{t('shared.summary', { steps: items.length, date })}</p>
        {items.length > 0 && !current ? (
          <div className="path-page__actions">
            <button type="button" className="button button--primary" onClick={() => goTo(1)}>
              {t('shared.walk')}
            </button>
          </div>
        ) : null}
      </header>

      {items.length === 0 ? <p className="notice">{t('shared.empty')}</p> : null}

      {current ? (
        <section className="walk" aria-labelledby="walk-title">
          <p className="walk__position">
            {t('shared.position', { current: index + 1, total: items.length })}
          </p>
          <Link to={current.href} state={linkState} className="walk__card">
            <span className="walk__cover" style={{ backgroundColor: current.color }}>
              {current.image ? (
                <ResponsiveImage
                  image={current.image}
                  sizes="(min-width: 900px) 40vw, 90vw"
                  decorative
                />
              ) : null}
            </span>
            <span id="walk-title" className="walk__title">
              {text(current.title)}
            </span>
            <span className="button button--primary walk__open">{t('shared.openStep')}</span>
          </Link>
          <div className="walk__nav">
            <button
              type="button"
              className="button"
              onClick={() => goTo(index)}
              disabled={index === 0}
            >
              {t('shared.previous')}
            </button>
            {index + 1 < items.length ? (
              <button
                type="button"
                className="button button--primary"
                onClick={() => goTo(index + 2)}
              >
                {t('shared.next')}
              </button>
            ) : (
              <button type="button" className="button" onClick={() => goTo(0)}>
                {t('shared.done')}
              </button>
            )}
          </div>
        </section>
      ) : null}

      <section className="path-page__section" aria-labelledby="shared-trail-title">
        <h2 id="shared-trail-title" className="path-page__h2">
          {t('path.trailTitle')}
        </h2>
        <PathTrail
          items={items}
          label={t('path.trailTitle')}
          linkState={linkState}
          currentIndex={index >= 0 ? index : undefined}
          shared
        />
      </section>

      {themes.data && stories.data ? (
        <section className="path-page__section" aria-labelledby="shared-map-title">
          <h2 id="shared-map-title" className="path-page__h2">
            {t('path.mapTitle')}
          </h2>
          <PathMap
            themes={themes.data.items}
            stories={mapStories}
            path={items.map(toMapStop)}
            linkState={linkState}
            label={t('shared.mapLabel')}
          />
        </section>
      ) : null}
    </div>
  );
}
