import './path.css';

import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';

import { sharedParcoursPath } from '#contract/pages.ts';
import { homePath } from '#contract/pages.ts';
import { sharePathOptions } from '#src/api/paths.ts';
import { storyListOptions } from '#src/api/stories.ts';
import { themeListOptions } from '#src/api/themes.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { SharePanel } from '#src/components/ui/share-panel.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { navState } from '#src/lib/nav-state.ts';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';
import {
  acknowledgeReset,
  clearPath,
  type PathStep,
  removeStep,
  restoreSteps,
  toPathInput,
  usePath,
} from '#src/lib/visitor-path.ts';

import { type MapStoryInfo, PathMap } from './path-map.tsx';
import { PathTrail } from './path-trail.tsx';
import { toMapStops, toTrailItems } from './steps.ts';

const LINK_STATE = navState('path');

type Undo = { message: string; steps: readonly PathStep[] } | null;

/** `/parcours`: the visitor's own path, as a trail and as a map, to resume, prune or share. */
export function PathPage() {
  const { t, text } = useI18n();
  const { steps, wasReset } = usePath();
  useDocumentTitle(t('path.title'));
  const themes = useQuery(themeListOptions());
  const stories = useInfiniteQuery(storyListOptions());
  const share = useMutation(sharePathOptions());
  const [confirming, setConfirming] = useState(false);
  const [undo, setUndo] = useState<Undo>(null);

  // A shared link shows the path as it was when shared: a new step asks for a new link.
  const { reset } = share;
  useEffect(() => reset(), [steps.length, reset]);

  const storySteps = steps.filter((s) => s.kind === 'story');
  const mapStories = useMemo<MapStoryInfo[]>(() => {
    const bySlug = new Map<string, MapStoryInfo>();
    for (const page of stories.data?.pages ?? []) for (const s of page.items) bySlug.set(s.slug, s);
    // Stories on the path are on the map even beyond the pages loaded.
    for (const step of steps) {
      if (step.kind === 'story' && !bySlug.has(step.slug) && step.snapshot.themes) {
        bySlug.set(step.slug, {
          slug: step.slug,
          title: step.snapshot.title,
          themes: step.snapshot.themes,
        });
      }
    }
    return [...bySlug.values()];
  }, [stories.data, steps]);
  // The whole list's size, not the first page's (an answer cached by an older version
  // may lack it: then the pages loaded are all that is known).
  const firstPage = stories.data?.pages[0];
  const totalStories =
    firstPage?.total ?? stories.data?.pages.reduce((sum, page) => sum + page.items.length, 0) ?? 0;

  function remove(kind: PathStep['kind'], slug: string, title: string) {
    setUndo({ message: t('path.removed', { title }), steps });
    removeStep(kind, slug);
  }

  function startAfresh() {
    setUndo({ message: t('path.cleared'), steps });
    setConfirming(false);
    clearPath();
  }

  const url = share.data
    ? new URL(sharedParcoursPath(share.data.id), window.location.origin).href
    : '';

  return (
    <div className="path-page">
      <header className="path-page__head">
        <h1 className="path-page__title">{t('path.title')}</h1>
        <p className="path-page__summary">
          {steps.length === 0
            ? t('path.emptyIntro')
            : t('path.summary', {
                steps: steps.length,
                stories: storySteps.length,
                total: Math.max(totalStories, storySteps.length),
              })}
        </p>
        {steps.length > 0 ? (
          <div className="path-page__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => share.mutate({ steps: toPathInput(steps) })}
              disabled={share.isPending}
            >
              {share.isPending ? t('path.sharing') : t('path.share')}
            </button>
            {confirming ? (
              <span className="path-page__confirm" role="group" aria-label={t('path.confirmClear')}>
                <span>{t('path.confirmClear')}</span>
                <button type="button" className="button button--danger" onClick={startAfresh}>
                  {t('path.clearYes')}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(false)}>
                  {t('path.clearNo')}
                </button>
              </span>
            ) : (
              <button type="button" className="button" onClick={() => setConfirming(true)}>
                {t('path.clear')}
              </button>
            )}
          </div>
        ) : null}
      </header>

      {wasReset ? (
        <div className="notice" role="alert">
          <p>{t('path.resetNotice')}</p>
          <button type="button" className="button" onClick={acknowledgeReset}>
            {t('path.dismiss')}
          </button>
        </div>
      ) : null}
      {undo ? (
        <div className="notice" role="status">
          <p>{undo.message}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              restoreSteps(undo.steps);
              setUndo(null);
            }}
          >
            {t('path.undo')}
          </button>
        </div>
      ) : null}
      {share.isError ? (
        <ErrorState
          error={share.error}
          onRetry={() => share.mutate({ steps: toPathInput(steps) })}
          className="path-page__share-error"
        />
      ) : null}
      {share.isSuccess ? (
        <section className="path-page__share" aria-labelledby="share-title">
          <h2 id="share-title">{t('path.sharedTitle')}</h2>
          <p>{t('path.sharedIntro')}</p>
          <SharePanel url={url} title={t('path.shareText')} />
        </section>
      ) : null}

      {steps.length === 0 ? (
        <div className="path-page__empty">
          <Link to={homePath()} className="button button--primary">
            {t('path.browse')}
          </Link>
        </div>
      ) : (
        <section className="path-page__section" aria-labelledby="trail-title">
          <h2 id="trail-title" className="path-page__h2">
            {t('path.trailTitle')}
          </h2>
          <PathTrail
            items={toTrailItems(steps)}
            label={t('path.trailTitle')}
            linkState={LINK_STATE}
            onRemove={(item) => remove(item.kind, item.slug, text(item.title))}
          />
        </section>
      )}

      <section className="path-page__section" aria-labelledby="map-title">
        <h2 id="map-title" className="path-page__h2">
          {t('path.mapTitle')}
        </h2>
        {themes.isError || stories.isError ? (
          <ErrorState
            error={themes.error ?? stories.error}
            onRetry={() => {
              void themes.refetch();
              void stories.refetch();
            }}
          />
        ) : themes.data && stories.data ? (
          <>
            <p className="path-page__map-intro">
              {t('path.mapIntro', {
                left: Math.max(0, mapStories.length - storySteps.length),
              })}
            </p>
            <PathMap
              themes={themes.data.items}
              stories={mapStories}
              path={toMapStops(steps)}
              linkState={LINK_STATE}
              label={t('path.mapLabel')}
            />
          </>
        ) : (
          <p role="status" className="path-page__loading">
            {t('path.mapLoading')}
          </p>
        )}
      </section>
    </div>
  );
}
