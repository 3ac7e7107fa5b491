import './app-status.css';

import { useState } from 'react';
import { createPortal } from 'react-dom';

import { useI18n } from '#src/lib/i18n.tsx';
import { reloadToUpdate, useUpdateReady } from '#src/lib/pwa.ts';
import { useHydrated } from '#src/lib/use-hydrated.ts';
import { useOnline } from '#src/lib/use-online.ts';

/**
 * Quiet notices about the app itself: offline, or a new version waiting. Drawn above
 * everything (an open story included, whose backdrop makes the page inert), and the
 * offline note lets touches through to the cards beneath it.
 */
export function AppStatus() {
  // Nothing to say before the page runs (and the server cannot render into the body).
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return createPortal(
    <div className="app-status">
      <OfflineNotice />
      <UpdatePrompt />
    </div>,
    document.body,
  );
}

function OfflineNotice() {
  const { t } = useI18n();
  const online = useOnline();
  if (online) return null;
  return (
    <p role="status" className="app-status__note">
      {t('offline.banner')}
    </p>
  );
}

function UpdatePrompt() {
  const { t } = useI18n();
  const ready = useUpdateReady();
  const [reloading, setReloading] = useState(false);
  if (!ready) return null;
  return (
    <div role="status" className="app-status__note app-status__note--update">
      <span>{t('update.available')}</span>
      <button
        type="button"
        className="button button--primary app-status__reload"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          void reloadToUpdate();
        }}
      >
        {t('update.reload')}
      </button>
    </div>
  );
}
