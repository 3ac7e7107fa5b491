import { useRevalidator, useRouteError } from 'react-router';

import { DetourBackLink } from '#src/components/ui/detour-back-link.tsx';
import { ErrorState } from '#src/components/ui/error-state.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import type { MessageKey } from '#src/lib/messages-fr.ts';
import { isNotFoundError } from '#src/lib/route-errors.ts';
import { useDocumentTitle } from '#src/lib/use-document-title.ts';

interface NotFoundText {
  title: MessageKey;
  text: MessageKey;
}

/**
 * A page's error element, drawn by the router when its loader (or its render) fails:
 * "no such page" in the page's own words, or what went wrong with a retry that runs
 * the page's loaders again. One place for the states every page used to write.
 */
export function RouteDataError({ notFound }: { notFound: NotFoundText }) {
  const { t } = useI18n();
  const error = useRouteError();
  const revalidator = useRevalidator();
  const missing = isNotFoundError(error);
  useDocumentTitle(missing ? t(notFound.title) : null);

  if (missing) {
    return (
      <div className="page-message" role="alert">
        <h1>{t(notFound.title)}</h1>
        <p>{t(notFound.text)}</p>
        <DetourBackLink className="button button--primary" />
      </div>
    );
  }
  return (
    <div className="detour-page">
      <div className="detour-page__bar">
        <DetourBackLink />
      </div>
      <ErrorState error={error} onRetry={() => void revalidator.revalidate()} />
    </div>
  );
}

/** The error element of a page whose "not found" says `title` and `text`. */
export function dataErrorBoundary(notFound: NotFoundText) {
  return function PageDataError() {
    return <RouteDataError notFound={notFound} />;
  };
}
