import { useI18n } from '#src/lib/i18n.tsx';

/**
 * Drawn in the layout while a deep-linked page's code and data arrive (a lazy route,
 * a loader awaiting its answer, retries included), so the header shows at once and
 * the page says it is coming instead of staying blank. The message fades in after a
 * moment (states.css), so a quick answer does not flash it.
 */
export function PageFallback() {
  const { t } = useI18n();
  return (
    <div className="detour-page" aria-busy="true">
      <p className="page-pending" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('page.loading')}
      </p>
    </div>
  );
}
