import { useCallback, useEffect, useId, useRef, useState } from 'react';

import { CloseIcon, PathIcon } from '#src/components/ui/icons.tsx';
import { useI18n } from '#src/lib/i18n.tsx';
import { useEscapeKey } from '#src/lib/use-escape-key.ts';

import { DockContents, DockTitle } from './dock-contents.tsx';
import { useDrawnOnce } from './use-drawn-once.ts';

/** The dock on a desktop: a toggle in the corner and a panel at the side. */
export function SidePanel() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  // Hidden, the panel draws no steps until it is first opened (as the sheet).
  const drawn = useDrawnOnce(open);
  const close = useCallback(() => {
    setOpen(false);
    toggle.current?.focus();
  }, []);
  // Opening moves focus into the panel, so a keyboard or screen reader user lands
  // there; Escape closes it from anywhere.
  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);
  useEscapeKey(close, { enabled: open });
  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="button dock-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <PathIcon className="dock__icon" />
        <DockTitle id={`${titleId}-toggle`} />
      </button>
      <aside
        ref={panel}
        tabIndex={-1}
        id={panelId}
        className="side-panel"
        aria-labelledby={titleId}
        data-open={open || undefined}
        hidden={!open}
      >
        <div className="side-panel__head">
          <h2 className="side-panel__title">
            <DockTitle id={titleId} />
          </h2>
          <button
            type="button"
            className="icon-button"
            onClick={close}
            aria-label={t('path.dockClose')}
          >
            <CloseIcon />
          </button>
        </div>
        {drawn ? <DockContents onNavigate={() => setOpen(false)} /> : null}
      </aside>
    </>
  );
}
