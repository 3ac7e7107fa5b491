import { Link } from 'react-router';

import { homePath } from '#contract/pages.ts';
import { useI18n } from '#src/lib/i18n.tsx';

export function NotFoundRoute() {
  const { t } = useI18n();
  return (
    <div className="page-message" role="alert">
      <h1>{t('notFound.title')}</h1>
      <Link to={homePath()} className="button button--primary">
        {t('notFound.back')}
      </Link>
    </div>
  );
}
