import { ApiError } from '#src/lib/api-client.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import type { MessageKey } from '#src/lib/messages-fr.ts';
import { useOnline } from '#src/lib/use-online.ts';

function messageFor(error: unknown, online: boolean): MessageKey {
  if (error instanceof ApiError) {
    // Offline, what was read before comes from the service worker's cache: a network
    // error then means this was never opened on this device.
    if (error.kind === 'network') return online ? 'error.network' : 'offline.unavailable';
    if (error.kind === 'contract') return 'error.contract';
    // Retrying at once would only be refused again: say to wait.
    if (error.code === 'rate_limited') return 'error.rateLimited';
    return 'error.server';
  }
  return 'error.unexpected';
}

/** A clear, recoverable error: what happened in plain words and a retry. */
export function ErrorState({
  error,
  onRetry,
  className,
}: {
  error: unknown;
  onRetry?: () => void;
  className?: string;
}) {
  const { t } = useI18n();
  const online = useOnline();
  return (
    <div role="alert" className={`error-state ${className ?? ''}`}>
      <h2 className="error-state__title">{t('error.title')}</h2>
      <p>{t(messageFor(error, online))}</p>
      {onRetry ? (
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      ) : null}
    </div>
  );
}
