import { Link, useParams, useRevalidator, useRouteError } from 'react-router';

import { inMovementPath } from '#contract/pages.ts';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { isNotFoundError } from '#src/lib/route-errors.ts';

import { DebatePage } from './debate-page.tsx';
import { useImTitle } from './use-im-title.ts';

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
