import './notice.css';

import { useEffect } from 'react';
import { createPortal } from 'react-dom';

import { useI18n } from '#src/lib/i18n.tsx';
import { dismissNotice, useNotice } from '#src/lib/notice.ts';

/** How long a notice stays before it goes by itself. */
const NOTICE_MS = 8_000;

/**
 * The app's one notice (lib/notice.ts), as a status that appears with its message (an
 * empty live region always in the page would be one more "status" on every screen);
 * it goes after a few seconds or on demand.
 */
export function Notice() {
  const { t } = useI18n();
  const message = useNotice();
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(dismissNotice, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [message]);
  if (!message) return null;
  return createPortal(
    <div className="notice" role="status">
      <p className="notice__text">
        <span>{message}</span>
        <button
          type="button"
          className="notice__close"
          aria-label={t('notice.dismiss')}
          onClick={dismissNotice}
        >
          ×
        </button>
      </p>
    </div>,
    document.body,
  );
}
