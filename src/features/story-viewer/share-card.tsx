import { useEffect, useId, useRef, useState } from 'react';

import { CloseIcon, ShareIcon } from '#src/components/ui/icons.tsx';
import { SharePanel } from '#src/components/ui/share-panel.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { useEscapeKey } from '#src/lib/use-escape-key.ts';

/**
 * Shares the card on screen: its URL names the story and the card, so whoever
 * opens the link lands on the same card. The viewer keys it by card, so moving to
 * another card closes it rather than sharing a card no longer shown.
 */
export function ShareCardButton({ title, path }: { title: string; path: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  // Escape closes this panel only, not the story under it: it takes the key before
  // the viewer's own listener can.
  useEscapeKey(close, { enabled: open, over: true });

  return (
    <>
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <ShareIcon />
        <span className="visually-hidden">{t('share.card')}</span>
      </button>
      {open ? (
        <div
          ref={panel}
          id={panelId}
          className="share-popover"
          role="dialog"
          aria-label={t('share.cardTitle')}
          tabIndex={-1}
        >
          <div className="share-popover__head">
            <h3>{t('share.cardTitle')}</h3>
            <button
              type="button"
              className="icon-button"
              onClick={close}
              aria-label={t('share.close')}
            >
              <CloseIcon />
            </button>
          </div>
          <SharePanel url={new URL(path, window.location.origin).href} title={title} />
        </div>
      ) : null}
    </>
  );
}
