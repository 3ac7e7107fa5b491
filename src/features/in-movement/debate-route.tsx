import type { QueryClient } from '@tanstack/react-query';
import {
  Link,
  type LoaderFunctionArgs,
  useParams,
  useRevalidator,
  useRouteError,
} from 'react-router';

import { inMovementPath } from '#contract/pages.ts';
import { slugSchema } from '#contract/schemas.ts';
import { contributionListOptions, debateOptions } from '#src/api/in-movement.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { isNotFoundError, notFound } from '#src/lib/route-errors.ts';

import { DebatePage } from './debate-page.tsx';
import { useImTitle } from './use-im-title.ts';

/**
 * The debate's loader (src/app/route-loaders.ts calls it): a debate is awaited (it may
 * not exist); its contributions start beside it. It lives in the page's own chunk,
 * with In Movement's API, which the first load does not carry (decision 026).
 */
export async function loadDebate(
  queryClient: QueryClient,
  { params, request }: LoaderFunctionArgs,
): Promise<null> {
  const slug = params.slug ?? '';
  if (!slugSchema.safeParse(slug).success) notFound();
  const sort = new URL(request.url).searchParams.get('sort') === 'replies' ? 'replies' : 'recent';
  void queryClient.prefetchInfiniteQuery(contributionListOptions(slug, sort));
  await queryClient.ensureQueryData(debateOptions(slug));
  return null;
}

export function DebateRoute() {
  const { slug = '' } = useParams();
  // A fresh page per debate: no composer or dialog state carries over to the next.
  return <DebatePage key={slug} slug={slug} />;
}

/** The debate's loader failed: "no such debate" plainly, or what went wrong with a retry. */
export function DebateError() {
  const { t } = useI18n();
  const error = useRouteError();
  const revalidator = useRevalidator();
  const missing = isNotFoundError(error);
  useImTitle(missing ? t('im.debate.notFoundTitle') : null);
  if (missing) {
    return (
      <div className="im-message" role="alert">
        <h1>{t('im.debate.notFoundTitle')}</h1>
        <p>{t('im.debate.notFound')}</p>
        <Link to={inMovementPath()} className="im-button im-button--primary">
          {t('im.notFound.back')}
        </Link>
      </div>
    );
  }
  return (
    <div className="im-message">
      <ErrorState error={error} onRetry={() => void revalidator.revalidate()} />
    </div>
  );
}
