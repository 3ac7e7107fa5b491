import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';

import { STORY_STATES, type StoryState, type StudioListQuery } from '#contract/studio.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { ApiError } from '#src/lib/api-client.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';

import { studioListOptions } from '../api/studio-api.ts';
import { NotAllowed } from '../studio-layout.tsx';
import { studioStoryPath } from '../studio-paths.ts';
import { formatWhen, KIND_WORDS, STATE_WORDS } from '../studio-words.ts';
import { NewStoryForm } from './new-story-form.tsx';

/** The list's filters, read from the address (so a filtered list can be shared or reloaded). */
function filtersFrom(params: URLSearchParams): StudioListQuery {
  const state = params.get('state');
  const incomplete = params.get('incomplete');
  return {
    q: params.get('q')?.trim() || undefined,
    state: STORY_STATES.includes(state as StoryState) ? (state as StoryState) : undefined,
    incomplete: incomplete === 'fr' || incomplete === 'en' ? incomplete : undefined,
    limit: 200,
  };
}

export function StoryListPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('studio.listTitle'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const list = useQuery(studioListOptions(filters));
  const searchId = useId();
  const stateId = useId();
  const incompleteId = useId();

  /** One filter changed: the address says so, replacing the entry (no history per key). */
  const setFilter = (name: 'q' | 'state' | 'incomplete', value: string) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  if (list.error instanceof ApiError && list.error.status === 403) return <NotAllowed />;

  return (
    <>
      <div className="studio-heading">
        <h1>{t('studio.listTitle')}</h1>
        <NewStoryForm />
      </div>
      <form
        role="search"
        className="studio-filters"
        aria-label={t('studio.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="studio-field">
          <label htmlFor={searchId}>{t('studio.search')}</label>
          <input
            id={searchId}
            type="search"
            value={params.get('q') ?? ''}
            onChange={(event) => setFilter('q', event.target.value)}
          />
        </div>
        <div className="studio-field">
          <label htmlFor={stateId}>{t('studio.filterState')}</label>
          <select
            id={stateId}
            value={filters.state ?? ''}
            onChange={(event) => setFilter('state', event.target.value)}
          >
            <option value="">{t('studio.allStates')}</option>
            {STORY_STATES.map((state) => (
              <option key={state} value={state}>
                {t(STATE_WORDS[state])}
              </option>
            ))}
          </select>
        </div>
        <div className="studio-field">
          <label htmlFor={incompleteId}>{t('studio.filterIncomplete')}</label>
          <select
            id={incompleteId}
            value={filters.incomplete ?? ''}
            onChange={(event) => setFilter('incomplete', event.target.value)}
          >
            <option value="">{t('studio.anyLanguage')}</option>
            <option value="fr">{t('studio.missingFr')}</option>
            <option value="en">{t('studio.missingEn')}</option>
          </select>
        </div>
      </form>

      {list.isPending ? (
        <p role="status" className="studio-muted">
          {t('studio.loading')}
        </p>
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <p role="status" className="studio-muted">
            {t('studio.count', { count: list.data.total })}
          </p>
          <ul className="studio-list" aria-label={t('studio.stories')}>
            {list.data.items.map((story) => (
              <li key={story.slug} className="studio-row">
                <Link to={studioStoryPath(story.slug)} className="studio-row__title">
                  {story.title[locale] || story.title.fr || story.title.en || story.slug}
                </Link>
                <span className={`studio-state studio-state--${story.state}`}>
                  {t(STATE_WORDS[story.state])}
                  {story.unpublishedChanges ? ` · ${t('studio.changesPending')}` : ''}
                </span>
                <span className="studio-row__meta">
                  {t(KIND_WORDS[story.kind])} · <Completeness label="FR" done={story.complete.fr} />{' '}
                  · <Completeness label="EN" done={story.complete.en} />
                </span>
                <span className="studio-row__meta">
                  {story.updatedBy
                    ? t('studio.updatedBy', {
                        name: story.updatedBy.name,
                        when: formatWhen(story.updatedAt, locale),
                      })
                    : t('studio.updated', { when: formatWhen(story.updatedAt, locale) })}
                  {story.scheduledAt
                    ? ` · ${t('studio.scheduledFor', { when: formatWhen(story.scheduledAt, locale) })}`
                    : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Completeness({ label, done }: { label: string; done: boolean }) {
  const { t } = useI18n();
  return (
    <span className={done ? 'studio-complete' : 'studio-incomplete'}>
      {done ? t('studio.complete', { lang: label }) : t('studio.incomplete', { lang: label })}
    </span>
  );
}
