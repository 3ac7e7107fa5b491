import { useEffect, useId, useRef, useState } from 'react';
import { SharePanel } from '#src/components/ui/share-panel.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { CloseIcon, ShareIcon } from '#src/components/ui/icons.tsx';

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

  // Escape closes this panel only, not the story under it: caught before React's
  // own listener (at the app's root) can hand it to the viewer.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

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
