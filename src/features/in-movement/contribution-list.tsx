import './contributions.css';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';

import type { Debate } from '#contract/in-movement.ts';
import { contributionListOptions, type ContributionSort } from '#src/api/in-movement.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { useI18n } from '#src/lib/i18n.tsx';

import { ContributionItem } from './contribution-item.tsx';

export const sortOf = (params: URLSearchParams): ContributionSort =>
  params.get('sort') === 'replies' ? 'replies' : 'recent';

/** A debate's contributions, sorted by recent or most replied (`?sort=`), page by page. */
export function ContributionList({ debate }: { debate: Debate }) {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const sort = sortOf(searchParams);
  const query = useInfiniteQuery(contributionListOptions(debate.slug, sort));
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const sortLink = (value: ContributionSort) => {
    const next = new URLSearchParams(searchParams);
    if (value === 'recent') next.delete('sort');
    else next.set('sort', value);
    const search = next.toString();
    return search ? `?${search}` : '.';
  };

  return (
    <section className="im-debate__section" aria-labelledby="im-contributions-title">
      <div className="im-contributions__head">
        <h2 id="im-contributions-title">
          {t('im.debate.contributions')}{' '}
          <span className="im-contributions__count">({debate.contributionCount})</span>
        </h2>
        <nav className="im-sort" aria-label={t('im.debate.sort')}>
          {(['recent', 'replies'] as const).map((value) => (
            <Link
              key={value}
              to={sortLink(value)}
              replace
              preventScrollReset
              className="chip"
              aria-current={sort === value ? 'true' : undefined}
            >
              {t(value === 'recent' ? 'im.debate.sortRecent' : 'im.debate.sortReplies')}
            </Link>
          ))}
        </nav>
      </div>
      {query.isPending ? (
        <p role="status" className="im-contributions__status">
          {t('im.debate.loading')}
        </p>
      ) : query.isError && !query.isFetchNextPageError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <p className="im-contributions__status">{t('im.debate.empty')}</p>
      ) : (
        <ol className="im-contributions" aria-label={t('im.contribution.list')}>
          {items.map((item) => (
            <li key={item.id}>
              <ContributionItem
                item={item}
                debate={debate.slug}
                open={debate.state === 'open'}
                lang={debate.lang}
              />
            </li>
          ))}
        </ol>
      )}
      {query.hasNextPage ? (
        <p className="im-more">
          <button
            type="button"
            className="im-button"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {t('im.debate.more')}
          </button>
        </p>
      ) : null}
      {query.isFetchNextPageError ? (
        <ErrorState error={query.error} onRetry={() => void query.fetchNextPage()} />
      ) : null}
    </section>
  );
}
