import './search.css';
import './search-results.css';
import './search-suggestions.css';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useRef } from 'react';

import { SEARCH_LIMIT_MAX, SEARCH_QUERY_MAX } from '#contract/schemas.ts';
import { searchOptions } from '#src/api/search.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { CloseIcon, SearchIcon } from '#src/components/ui/icons.tsx';
import { useI18n } from '#src/lib/i18n.tsx';

import { SearchHit } from './search-hit.tsx';
import { SearchSuggestions } from './search-suggestions.tsx';
import { useSearchTerm } from './use-search-term.ts';

/**
 * `/search?q=`: one ranked search over stories, people and themes. The field and the
 * count line stay put while results change below, so focus never leaves the field
 * and screen readers hear each new count.
 */
export function SearchPage() {
  const { t, locale } = useI18n();
  const { draft, setDraft, term, commit } = useSearchTerm();
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();
  const hintId = `${ids}-hint`;

  const draftLength = draft.trim().length;
  // Judged on the field, not the URL, so the message comes and goes as the visitor types.
  const tooLong = draftLength > SEARCH_QUERY_MAX;
  const searching = term !== '' && term.length <= SEARCH_QUERY_MAX && !tooLong;

  const query = useQuery({
    ...searchOptions({ q: term, locale, limit: SEARCH_LIMIT_MAX }),
    enabled: searching,
    // While the next answer comes, the last one stays (dimmed) instead of a blank.
    placeholderData: keepPreviousData,
  });
  const result = searching ? query.data : undefined;
  const stale = searching && query.isPlaceholderData;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    commit(draft);
  };
  const clear = () => {
    setDraft('');
    commit('');
    input.current?.focus();
  };

  const status =
    tooLong || !result
      ? ''
      : result.total === 0
        ? t('search.none')
        : t('search.count', { count: result.total });

  return (
    <div className="search-page">
      <h1 id={`${ids}-title`} className="search-page__title">
        {t('search.title')}
      </h1>
      <form
        role="search"
        aria-labelledby={`${ids}-title`}
        className="search-form"
        onSubmit={onSubmit}
      >
        <label htmlFor={`${ids}-input`} className="visually-hidden">
          {t('search.label')}
        </label>
        <span className="search-form__icon" aria-hidden="true">
          <SearchIcon />
        </span>
        <input
          ref={input}
          id={`${ids}-input`}
          className="search-form__input"
          type="search"
          name="q"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-invalid={tooLong || undefined}
          aria-describedby={tooLong ? hintId : undefined}
        />
        {draft !== '' ? (
          <button
            type="button"
            className="search-form__clear"
            aria-label={t('search.clear')}
            onClick={clear}
          >
            <CloseIcon />
          </button>
        ) : null}
      </form>

      {tooLong ? (
        <p id={hintId} className="search-page__hint" role="alert">
          {t('search.tooLong', { max: SEARCH_QUERY_MAX, length: draftLength })}
        </p>
      ) : null}

      <p
        className={`search-page__count${result?.total === 0 ? ' search-page__count--none' : ''}`}
        role="status"
      >
        {status}
      </p>

      {tooLong ? null : !searching ? (
        <>
          <p className="search-page__prompt">{t('search.prompt')}</p>
          <SearchSuggestions />
        </>
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !result ? (
        <p className="search-page__loading">
          <span className="spinner spinner--small" aria-hidden="true" />
          {t('search.loading')}
        </p>
      ) : result.total === 0 ? (
        <SearchSuggestions />
      ) : (
        <section aria-labelledby={`${ids}-results`} aria-busy={stale || undefined}>
          <h2 id={`${ids}-results`} className="visually-hidden">
            {t('search.results')}
          </h2>
          <ol className={`search-results${stale ? ' search-results--stale' : ''}`}>
            {result.items.map((hit) => (
              <SearchHit key={`${hit.kind}:${hit.slug}`} hit={hit} />
            ))}
          </ol>
          {result.total > result.items.length ? (
            <p className="search-page__more">{t('search.more', { shown: result.items.length })}</p>
          ) : null}
        </section>
      )}
    </div>
  );
}
