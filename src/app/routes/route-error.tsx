import { useI18n } from '#src/lib/i18n.tsx';

/** Last line of defence: a render error shows a way out, never a stack trace. */
export function RouteError() {
  const { t } = useI18n();
  return (
    <div className="page-message" role="alert">
      <h1>{t('error.unexpected')}</h1>
      <p>
        <a href="/" className="button button--primary">
          {t('error.reload')}
        </a>
      </p>
    </div>
  );
}
